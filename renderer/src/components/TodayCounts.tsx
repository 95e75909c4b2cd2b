import type { TodayView } from '../../../main/api/contract';
import { useNow } from '../hooks/useNow';
import { shortDuration } from '../lib/format';

/** Today's counts (new, learning, review), what is done, the streak and the time the rest should take. */
export function TodayCounts({ today }: { today: TodayView }) {
  const now = useNow();
  const counts = [
    { key: 'new', label: 'New', value: today.counts.new },
    { key: 'learning', label: 'Learning', value: today.counts.learning },
    { key: 'review', label: 'Review', value: today.counts.review },
  ];
  const left = today.counts.new + today.counts.learning + today.counts.review;
  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      <dl className="counts">
        {counts.map(({ key, label, value }) => (
          <div key={key} className={`count count-${key}`}>
            <dt>{label}</dt>
            <dd data-testid={`count-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="reviewed">
        <span data-testid="reviewed-today">Reviewed today: {today.reviewedToday}</span>
        {' · '}
        <span data-testid="streak">
          Streak: {today.streak} {today.streak === 1 ? 'day' : 'days'}
        </span>
        {left > 0 && (
          <>
            {' · '}
            <span data-testid="time-left">About {today.estimateMinutes} min left</span>
          </>
        )}
      </p>
      {left === 0 && today.nextDue && (
        <p className="hint" data-testid="next-due">
          Next card in {shortDuration(Date.parse(today.nextDue) - now)}.
        </p>
      )}
    </section>
  );
}
