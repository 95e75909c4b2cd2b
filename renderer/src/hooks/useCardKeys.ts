import type { ItemView, Rating } from '../../../main/api/contract';
import { optionIndexOfKey } from '../lib/shortcuts';
import { useKeyboard } from './useKeyboard';
import type { Phase } from './useStudySession';

interface Options {
  item: ItemView;
  phase: Phase;
  canRate: boolean;
  suggested: Rating | undefined;
  submit: (response: string) => void;
  rate: (rating: Rating) => void;
}

const isRatingKey = (event: KeyboardEvent) =>
  /^[1-4]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey;
const isConfirmKey = (event: KeyboardEvent) =>
  (event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.altKey;

/**
 * The current card's keys: before the answer, letters or digits pick an option and Space reveals an open
 * recall item; after it, 1-4 rate and Enter/Space confirm the suggested rating.
 */
export function useCardKeys({ item, phase, canRate, suggested, submit, rate }: Options): void {
  const options = item.kind === 'matching' || item.kind === 'ordering' ? [] : (item.options ?? []);
  const question = phase.step === 'question';
  const selfGraded = item.kind === 'open-recall' || item.selfGraded === true;
  useKeyboard(
    [
      {
        enabled: question && options.length > 0,
        test: (event) =>
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey &&
          optionIndexOfKey(event.key, options.length) !== undefined,
        perform: (event) => submit(options[optionIndexOfKey(event.key, options.length)!]!),
      },
      { enabled: question && selfGraded, test: (event) => isConfirmKey(event), perform: () => submit('') },
      { enabled: canRate, test: isRatingKey, perform: (event) => rate(Number(event.key) as Rating) },
      {
        enabled: canRate && suggested !== undefined,
        test: (event) => isConfirmKey(event) && !(event.target instanceof HTMLButtonElement),
        perform: () => rate(suggested!),
      },
    ],
    { first: true },
  );
}
