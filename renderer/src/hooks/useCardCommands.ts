import { useCallback, useState } from 'react';
import type { CardView, TodayView } from '../../../main/api/contract';
import { call } from '../api/client';

interface Options {
  applyCard: (itemId: string, result: { card: CardView; today: TodayView }) => void;
  report: (error: unknown) => void;
}

/** The commands on cards outside of answering: undo the last answer, bury, suspend; each says what it did. */
export function useCardCommands({ applyCard, report }: Options) {
  const [message, setMessage] = useState<string | null>(null);

  const run = useCallback(
    async (command: () => Promise<{ itemId: string; card: CardView; today: TodayView }>, done: string) => {
      try {
        const result = await command();
        applyCard(result.itemId, result);
        setMessage(done);
      } catch (error) {
        report(error);
      }
    },
    [applyCard, report],
  );

  const undo = useCallback(() => run(() => call('undoLast'), 'The last answer was taken back.'), [run]);
  const bury = useCallback(
    (itemId: string) =>
      run(async () => ({ itemId, ...(await call('buryItem', { itemId })) }), 'Buried until tomorrow.'),
    [run],
  );
  const suspend = useCallback(
    (itemId: string) =>
      run(
        async () => ({ itemId, ...(await call('setSuspended', { itemId, suspended: true })) }),
        'Card suspended.',
      ),
    [run],
  );
  const unsuspend = useCallback(
    (itemId: string) =>
      run(
        async () => ({ itemId, ...(await call('setSuspended', { itemId, suspended: false })) }),
        'Card unsuspended.',
      ),
    [run],
  );

  return { undo, bury, suspend, unsuspend, message, setMessage };
}
