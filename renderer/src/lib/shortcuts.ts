/** Every keyboard shortcut, as the help dialog lists it. */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Enter / Space', action: 'Check or reveal the answer; after it, confirm the suggested rating' },
  { keys: '1 2 3 4', action: 'Rate Again, Hard, Good or Easy (after the answer is shown)' },
  { keys: 'a b c d… or 1 2 3…', action: 'Pick an option (before the answer is shown)' },
  { keys: 'Ctrl+Z or u', action: 'Undo the last answer' },
  { keys: '-', action: 'Bury the card until tomorrow' },
  { keys: '@', action: 'Suspend the card' },
  { keys: 'e', action: 'Edit the card' },
  { keys: '?', action: 'Show these shortcuts' },
  { keys: 'Escape', action: 'Close a dialog' },
];

/** True when a key press is meant for a text field, not for the app. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return !target.disabled;
  if (target instanceof HTMLInputElement) {
    const nonText = ['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'];
    return !target.readOnly && !target.disabled && !nonText.includes(target.type);
  }
  return false;
}

/** The option a key picks: "a" or "1" the first, "b" or "2" the second... */
export function optionIndexOfKey(key: string, count: number): number | undefined {
  const letter = key.length === 1 ? key.toLowerCase().charCodeAt(0) - 97 : -1;
  const digit = /^[1-9]$/.test(key) ? Number(key) - 1 : -1;
  const index = letter >= 0 && letter < 26 ? letter : digit;
  return index >= 0 && index < count ? index : undefined;
}
