import type { ItemView, TodayView } from '../../../main/api/contract';
import type { SessionOptions } from '../hooks/useStudySession';
import { ItemList } from './ItemList';
import { StudyCard } from './StudyCard';
import { TodayCounts } from './TodayCounts';

interface Props extends Omit<SessionOptions, 'item'> {
  items: readonly ItemView[];
  today: TodayView;
  current: ItemView | null;
  selectedId: string | null;
  onSelect: (itemId: string) => void;
}

/** Today's counts, the current card and the list of every item. */
export function QuizPane({ items, today, current, selectedId, onSelect, ...session }: Props) {
  return (
    <section className="pane quiz-pane" aria-label="Quiz">
      <TodayCounts today={today} />
      <section className="current" aria-labelledby="current-heading">
        <h2 id="current-heading">Study</h2>
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
      <ItemList items={items} selectedId={selectedId} currentId={current?.id ?? null} onSelect={onSelect} />
    </section>
  );
}
