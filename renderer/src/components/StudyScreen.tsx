import { useCallback, useMemo, useState } from 'react';
import type { ArticleView, CardView, ItemView, RateResult, TodayView } from '../../../main/api/contract';
import { useCardCommands } from '../hooks/useCardCommands';
import { useRegenerate } from '../hooks/useRegenerate';
import { useWindowTitle } from '../hooks/useWindowTitle';
import { ArticlePane } from './ArticlePane';
import { ItemEditor } from './ItemEditor';
import { QuizPane } from './QuizPane';

interface Props {
  view: ArticleView;
  today: TodayView;
  report: (error: unknown) => void;
  onRated: (itemId: string, result: RateResult) => void;
  applyCard: (itemId: string, result: { card: CardView; today: TodayView }) => void;
  /** Reloads the article and today's queue (after an edit, a regeneration, a stale answer). */
  reload: () => void;
}

/** What is highlighted in the article: an item's sources or one node's sentence. */
interface Selection {
  itemId?: string;
  sentenceIds: string[];
  token: number;
}

function leechMessage(result: RateResult): string | null {
  if (!result.leech) return null;
  return `That card has been forgotten ${result.card.lapses} times: it is tagged as a leech and suspended. Edit it or unsuspend it from the list.`;
}

/** The two panes: the article on the left, the quiz and the argument outline on the right. */
export function StudyScreen({ view, today, report, onRated, applyCard, reload }: Props) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const commands = useCardCommands({ applyCard, report });
  const regenerate = useRegenerate(view.article.id, reload, report);
  useWindowTitle(today);
  const { setMessage } = commands;
  const rated = useCallback(
    (itemId: string, result: RateResult) => {
      onRated(itemId, result);
      setMessage(leechMessage(result));
    },
    [onRated, setMessage],
  );

  const itemsById = useMemo(() => new Map(view.items.map((item) => [item.id, item])), [view.items]);
  const sentencesById = useMemo(() => new Map(view.sentences.map((s) => [s.id, s.text])), [view.sentences]);
  const currentId = today.queue.find((id) => itemsById.has(id));
  const current = (currentId && itemsById.get(currentId)) || null;
  const editing = editingId ? itemsById.get(editingId) : undefined;

  const highlight = useCallback((sentenceIds: string[], itemId?: string) => {
    setSelection((previous) => ({ itemId, sentenceIds, token: (previous?.token ?? 0) + 1 }));
  }, []);
  const select = useCallback(
    (itemId: string) => highlight(itemsById.get(itemId)?.sourceSentenceIds ?? [], itemId),
    [highlight, itemsById],
  );
  const toggleSuspend = useCallback(
    (item: ItemView) => void (item.card.suspended ? commands.unsuspend(item.id) : commands.suspend(item.id)),
    [commands],
  );
  const afterEdit = useCallback(() => {
    setEditingId(null);
    reload();
  }, [reload]);

  return (
    <main className="panes">
      <ArticlePane
        view={view}
        highlightedIds={selection?.sentenceIds ?? []}
        scrollToken={selection?.token ?? 0}
      />
      <QuizPane
        items={view.items}
        argumentMap={view.argumentMap}
        sentenceText={(id) => sentencesById.get(id) ?? ''}
        today={today}
        current={current}
        selectedId={selection?.itemId ?? null}
        onSelect={select}
        onSelectSentence={(id) => highlight([id])}
        report={report}
        onRated={rated}
        onStale={reload}
        commands={commands}
        onEdit={setEditingId}
        onToggleSuspend={toggleSuspend}
        regenerate={regenerate}
      />
      {editing && (
        <ItemEditor
          item={editing}
          report={report}
          onSaved={afterEdit}
          onDeleted={afterEdit}
          onClose={() => setEditingId(null)}
        />
      )}
    </main>
  );
}
