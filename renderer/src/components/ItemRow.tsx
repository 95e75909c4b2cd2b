import type { ItemView } from '../../../main/api/contract';
import { useNow } from '../hooks/useNow';
import { describeCard, kindLabel } from '../lib/format';

interface Props {
  item: ItemView;
  selected: boolean;
  current: boolean;
  onSelect: (itemId: string) => void;
  onEdit: (itemId: string) => void;
  onToggleSuspend: (item: ItemView) => void;
}

/** One item: selecting it highlights its source; Edit and Suspend act on it. */
export function ItemRow({ item, selected, current, onSelect, onEdit, onToggleSuspend }: Props) {
  const now = useNow();
  return (
    <li className="item-row">
      <button
        type="button"
        className={`item${selected ? ' is-selected' : ''}`}
        data-testid="item"
        data-item-id={item.id}
        data-state={item.card.state}
        aria-pressed={selected}
        onClick={() => onSelect(item.id)}
      >
        <span className="item-meta">
          <span className="kind">{kindLabel(item.kind)}</span>
          {current && <span className="badge">Current</span>}
          {item.card.suspended && <span className="badge muted">Suspended</span>}
          {item.edited && <span className="badge muted">Edited</span>}
        </span>
        <span className="item-prompt">{item.prompt}</span>
        <span className="item-card" data-testid="item-card">
          {describeCard(item.card, now)}
        </span>
      </button>
      <span className="item-actions">
        <button type="button" className="link-button" data-testid="edit-item" onClick={() => onEdit(item.id)}>
          Edit
        </button>
        <button
          type="button"
          className="link-button"
          data-testid="toggle-suspend"
          onClick={() => onToggleSuspend(item)}
        >
          {item.card.suspended ? 'Unsuspend' : 'Suspend'}
        </button>
      </span>
    </li>
  );
}
