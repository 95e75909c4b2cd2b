import { useEffect, useLayoutEffect, useRef } from 'react';
import { isTyping } from '../lib/shortcuts';

/** A key binding: when `test` matches and it is enabled, `perform` runs and the key goes no further. */
export interface KeyBinding {
  test: (event: KeyboardEvent) => boolean;
  enabled?: boolean;
  /** Runs even while the focus is in a text field (e.g. Ctrl+Z is still undo of the answer, not of typing). */
  whileTyping?: boolean;
  perform: (event: KeyboardEvent) => void;
}

/**
 * Installs window-level key bindings; the latest bindings are used without re-subscribing. `first` bindings
 * listen in the capture phase, ahead of the others: the current card's keys win over the screen's.
 */
export function useKeyboard(bindings: readonly KeyBinding[], { first = false } = {}): void {
  const current = useRef(bindings);
  // Before paint, not after: a key pressed as soon as a button shows enabled must find the new bindings.
  useLayoutEffect(() => {
    current.current = bindings;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const typing = isTyping(event.target);
      const binding = current.current.find(
        (candidate) =>
          candidate.enabled !== false && (!typing || candidate.whileTyping) && candidate.test(event),
      );
      if (!binding) return;
      event.preventDefault();
      binding.perform(event);
    };
    window.addEventListener('keydown', onKeyDown, { capture: first });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: first });
  }, [first]);
}

export const plainKey = (key: string) => (event: KeyboardEvent) =>
  event.key === key && !event.ctrlKey && !event.metaKey && !event.altKey;
