/**
 * Brings card files up to date with the log in the background. Answers are committed by the log alone;
 * a checkpoint writes the card files that changed, then records how far into the log they now reach.
 */
export interface CheckpointerOptions {
  /** Write after this long without a new change... */
  quietMs: number;
  /** ...but never later than this after the first unwritten change. */
  maxDelayMs: number;
  write: () => Promise<void>;
  onError: (error: unknown) => void;
}

export interface Checkpointer {
  changed(): void;
  /** Writes now (and waits for a write already running). */
  flush(): Promise<void>;
  stop(): void;
}

export function createCheckpointer({
  quietMs,
  maxDelayMs,
  write,
  onError,
}: CheckpointerOptions): Checkpointer {
  let timer: NodeJS.Timeout | undefined;
  let firstPendingAt: number | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    firstPendingAt = undefined;
    running = running.then(write).catch(onError);
    return running;
  };

  return {
    changed() {
      const now = Date.now();
      firstPendingAt ??= now;
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(quietMs, firstPendingAt + maxDelayMs - now));
      timer = setTimeout(() => void run(), wait);
      timer.unref?.();
    },
    flush: run,
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
