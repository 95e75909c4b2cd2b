import type { ItemView } from '../../../main/api/contract';
import { useNow } from '../hooks/useNow';
import { describeCard, kindLabel } from '../lib/format';

interface Props {
  items: readonly ItemView[];
  selectedId: string | null;
  currentId: string | null;
  onSelect: (itemId: string) => void;
}

/** Every item of the article; selecting one highlights its source in the article. */
export function ItemList({ items, selectedId, currentId, onSelect }: Props) {
  const now = useNow();
  return (
    <section className="items" aria-labelledby="items-heading">
      <h2 id="items-heading">All items ({items.length})</h2>
      {items.length === 0 ? (
        <p className="hint">This article has no quiz items yet.</p>
      ) : (
        <ol className="item-list" data-testid="item-list">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={`item${item.id === selectedId ? ' is-selected' : ''}`}
                data-testid="item"
                data-item-id={item.id}
                data-state={item.card.state}
                aria-pressed={item.id === selectedId}
                onClick={() => onSelect(item.id)}
              >
                <span className="item-meta">
                  <span className="kind">{kindLabel(item.kind)}</span>
                  {item.id === currentId && <span className="badge">Current</span>}
                </span>
                <span className="item-prompt">{item.prompt}</span>
                <span className="item-card" data-testid="item-card">
                  {describeCard(item.card, now)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
