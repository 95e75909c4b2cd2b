import { useCallback, useMemo, useState } from 'react';
import type { ArticleView, CardView, RateResult, TodayView } from '../../../main/api/contract';
import { useCardCommands } from '../hooks/useCardCommands';
import { useWindowTitle } from '../hooks/useWindowTitle';
import { ArticlePane } from './ArticlePane';
import { QuizPane } from './QuizPane';

interface Props {
  view: ArticleView;
  today: TodayView;
  report: (error: unknown) => void;
  onRated: (itemId: string, result: RateResult) => void;
  applyCard: (itemId: string, result: { card: CardView; today: TodayView }) => void;
  onStale: () => void;
  onEdit: (itemId: string) => void;
}

interface Selection {
  itemId: string;
  token: number;
}

/** The two panes: the article on the left, the quiz on the right. */
export function StudyScreen({ view, today, report, onRated, applyCard, onStale, onEdit }: Props) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const commands = useCardCommands({ applyCard, report });
  useWindowTitle(today);
  const { setMessage } = commands;
  const rated = useCallback(
    (itemId: string, result: RateResult) => {
      onRated(itemId, result);
      setMessage(
        result.leech
          ? `That card has been forgotten ${result.card.lapses} times: it is tagged as a leech and suspended. Edit it or unsuspend it from the list.`
          : null,
      );
    },
    [onRated, setMessage],
  );

  const itemsById = useMemo(() => new Map(view.items.map((item) => [item.id, item])), [view.items]);
  const currentId = today.queue.find((id) => itemsById.has(id));
  const current = (currentId && itemsById.get(currentId)) || null;
  const selected = selection ? itemsById.get(selection.itemId) : undefined;
  const highlightedIds = useMemo(() => selected?.sourceSentenceIds ?? [], [selected]);

  const select = useCallback((itemId: string) => {
    setSelection((previous) => ({ itemId, token: (previous?.token ?? 0) + 1 }));
  }, []);

  return (
    <main className="panes">
      <ArticlePane view={view} highlightedIds={highlightedIds} scrollToken={selection?.token ?? 0} />
      <QuizPane
        items={view.items}
        today={today}
        current={current}
        selectedId={selected?.id ?? null}
        onSelect={select}
        report={report}
        onRated={rated}
        onStale={onStale}
        commands={commands}
        onEdit={onEdit}
      />
    </main>
  );
}
