import { tintClass } from '../../lib/mastery';
import { percent } from '../../lib/stats-format';
import type { MasteryRow } from './MasteryTable';

/** The table body: one row per argument node (or item kind), tinted by its mastery once studied. */
export function MasteryRows({ rows }: { rows: readonly MasteryRow[] }) {
  return (
    <tbody>
      {rows.map(({ key, role, roleKey, text, group }) => (
        <tr key={key} data-testid="mastery-row" data-role={roleKey || undefined} data-node={group.node}>
          <th scope="row" className="mastery-role">
            {role}
          </th>
          <td>
            <span className="mastery-sentence">{text}</span>
          </td>
          <td>
            <span
              className={group.reviewed > 0 ? `mastery-figure ${tintClass(group.mastery)}` : 'mastery-figure'}
            >
              {percent(group.mastery)}
            </span>
          </td>
          <td>
            {group.reviewed} of {group.items}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
