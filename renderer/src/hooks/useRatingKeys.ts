import { useEffect } from 'react';
import type { Rating } from '../../../main/api/contract';

/** True when a key press is meant for a text field, not for the app. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return !target.disabled;
  if (target instanceof HTMLInputElement) {
    const nonText = ['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'];
    return !target.readOnly && !target.disabled && !nonText.includes(target.type);
  }
  return false;
}

/** Keys 1–4 rate the card while rating is possible (ignored while typing in a field). */
export function useRatingKeys(enabled: boolean, rate: (rating: Rating) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      if (event.key === '1' || event.key === '2' || event.key === '3' || event.key === '4') {
        event.preventDefault();
        rate(Number(event.key) as Rating);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, rate]);
}
