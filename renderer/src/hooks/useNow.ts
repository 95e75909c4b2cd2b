import { useSyncExternalStore } from 'react';

const TICK_MS = 30_000;
/** The app's clock can differ from this machine's (the main process's clock is injected): follow it. */
let offsetMs = 0;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: number | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now() + offsetMs;
    timer = window.setInterval(() => {
      now = Date.now() + offsetMs;
      listeners.forEach((notify) => notify());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

const getSnapshot = (): number => now;

/** Aligns "now" with the main process's clock, as reported with today's queue. */
export function syncClock(appNowIso: string): void {
  offsetMs = Date.parse(appNowIso) - Date.now();
  now = Date.now() + offsetMs;
  listeners.forEach((notify) => notify());
}

/** The current time, refreshed every half minute (for "due in ..." labels). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
