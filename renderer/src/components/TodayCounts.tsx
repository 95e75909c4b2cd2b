import type { TodayView } from '../../../main/api/contract';

/** Today's counts: new, learning and review cards. */
export function TodayCounts({ today }: { today: TodayView }) {
  const counts = [
    { key: 'new', label: 'New', value: today.counts.new },
    { key: 'learning', label: 'Learning', value: today.counts.learning },
    { key: 'review', label: 'Review', value: today.counts.review },
  ];
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
      <p className="reviewed" data-testid="reviewed-today">
        Reviewed today: {today.reviewedToday}
      </p>
    </section>
  );
}
