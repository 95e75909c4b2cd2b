import { useState } from 'react';
import type { ItemView, TodayView } from '../../../main/api/contract';
import type { ArgumentMap } from '../../../main/quiz/model';
import type { useRegenerate } from '../hooks/useRegenerate';
import type { useCardCommands } from '../hooks/useCardCommands';
import { useStudyKeys } from '../hooks/useStudyKeys';
import type { SessionOptions } from '../hooks/useStudySession';
import { ItemList } from './ItemList';
import { ShortcutHelp } from './ShortcutHelp';
import { StudyCard } from './StudyCard';
import { TodayCounts } from './TodayCounts';

type Commands = ReturnType<typeof useCardCommands>;

interface Props extends Omit<SessionOptions, 'item'> {
  items: readonly ItemView[];
  today: TodayView;
  current: ItemView | null;
  selectedId: string | null;
  onSelect: (itemId: string) => void;
  commands: Commands;
  onEdit: (itemId: string) => void;
  argumentMap?: ArgumentMap;
  sentenceText: (sentenceId: string) => string;
  onSelectSentence: (sentenceId: string) => void;
  onToggleSuspend: (item: ItemView) => void;
  regenerate: ReturnType<typeof useRegenerate>;
}

/** Today's counts, the current card (with its commands) and the list of every item. */
export function QuizPane(props: Props) {
  const { items, today, current, selectedId, onSelect, commands, onEdit, argumentMap, sentenceText } = props;
  const { onSelectSentence, onToggleSuspend, regenerate } = props;
  const session = { report: props.report, onRated: props.onRated, onStale: props.onStale };
  const [helpOpen, setHelpOpen] = useState(false);
  useStudyKeys({
    currentId: current?.id ?? null,
    undo: () => void commands.undo(),
    bury: (id) => void commands.bury(id),
    suspend: (id) => void commands.suspend(id),
    edit: onEdit,
    showHelp: () => setHelpOpen(true),
  });

  return (
    <section className="pane quiz-pane" aria-label="Quiz">
      <TodayCounts today={today} />
      <section className="current" aria-labelledby="current-heading">
        <header className="current-header">
          <h2 id="current-heading">Study</h2>
          <div className="card-commands">
            <button
              type="button"
              className="link-button"
              data-testid="undo"
              onClick={() => void commands.undo()}
            >
              Undo
            </button>
            {current && (
              <>
                <button
                  type="button"
                  className="link-button"
                  data-testid="bury"
                  onClick={() => void commands.bury(current.id)}
                >
                  Bury
                </button>
                <button
                  type="button"
                  className="link-button"
                  data-testid="suspend"
                  onClick={() => void commands.suspend(current.id)}
                >
                  Suspend
                </button>
              </>
            )}
            <button
              type="button"
              className="link-button"
              data-testid="show-shortcuts"
              onClick={() => setHelpOpen(true)}
            >
              Shortcuts (?)
            </button>
          </div>
        </header>
        {commands.message && (
          <p className="flash" role="status" data-testid="flash">
            {commands.message}
          </p>
        )}
        {current ? (
          <StudyCard
            key={`${current.id}:${current.card.stamp}`}
            item={current}
            selected={current.id === selectedId}
            onSelect={onSelect}
            {...session}
          />
        ) : (
          <p className="queue-empty" data-testid="queue-empty">
            Nothing due right now
          </p>
        )}
      </section>
      <ItemList
        items={items}
        argumentMap={argumentMap}
        sentenceText={sentenceText}
        selectedId={selectedId}
        currentId={current?.id ?? null}
        onSelect={onSelect}
        onSelectSentence={onSelectSentence}
        onEdit={onEdit}
        onToggleSuspend={onToggleSuspend}
        onRegenerate={() => void regenerate.start()}
        job={regenerate.job}
      />
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
