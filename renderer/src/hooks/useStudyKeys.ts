import { plainKey, useKeyboard } from './useKeyboard';

interface Options {
  currentId: string | null;
  undo: () => void;
  bury: (itemId: string) => void;
  suspend: (itemId: string) => void;
  edit: (itemId: string) => void;
  showHelp: () => void;
}

/** The study screen's keys: undo, bury, suspend, edit and the shortcut list. */
export function useStudyKeys({ currentId, undo, bury, suspend, edit, showHelp }: Options): void {
  const onCurrent = (run: (itemId: string) => void) => () => {
    if (currentId) run(currentId);
  };
  useKeyboard([
    { test: (e) => (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z', perform: undo },
    { test: plainKey('u'), perform: undo },
    { test: plainKey('-'), enabled: currentId !== null, perform: onCurrent(bury) },
    {
      test: (e) => e.key === '@' && !e.ctrlKey && !e.metaKey,
      enabled: currentId !== null,
      perform: onCurrent(suspend),
    },
    { test: plainKey('e'), enabled: currentId !== null, perform: onCurrent(edit) },
    { test: (e) => e.key === '?' && !e.ctrlKey && !e.metaKey, perform: showHelp },
  ]);
}
