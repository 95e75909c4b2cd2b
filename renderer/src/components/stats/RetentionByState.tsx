import type { RetentionCell, RetentionStats, StateName } from '../../../../main/stats/types';
import { percent } from '../../lib/stats-format';

const ROWS: { key: StateName | 'young' | 'mature'; label: string }[] = [
  { key: 'new', label: 'New' },
  { key: 'learning', label: 'Learning' },
  { key: 'review', label: 'Review' },
  { key: 'relearning', label: 'Relearning' },
  { key: 'young', label: 'Young (interval < 21 days)' },
  { key: 'mature', label: 'Mature (21 days or more)' },
];

function cellOf(retention: RetentionStats, key: (typeof ROWS)[number]['key']): RetentionCell {
  if (key === 'young' || key === 'mature') return retention[key];
  return retention.byState[key];
}

/** Pass rate (answers above Again) by the card's state before the answer, all time. */
export function RetentionByState({ retention }: { retention: RetentionStats }) {
  return (
    <table className="stats-table" data-testid="retention-by-state">
      <caption>Answers recalled by card state, all time</caption>
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">Answers</th>
          <th scope="col">Recalled</th>
          <th scope="col">Rate</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(({ key, label }) => {
          const cell = cellOf(retention, key);
          return (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{cell.reviews}</td>
              <td>{cell.passed}</td>
              <td>{cell.reviews ? percent(cell.rate) : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
