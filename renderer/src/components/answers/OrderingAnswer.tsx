import { useMemo, useState } from 'react';
import { seededShuffle } from '../../lib/shuffle';

interface Props {
  itemId: string;
  sequence: readonly string[];
  open: boolean;
  /** Once checked: the order the learner sent, to mark each place right or wrong. */
  given?: readonly string[];
  onSubmit: (response: string) => void;
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  next.splice(to, 0, entry!);
  return next;
}

/**
 * Ordering: the elements start shuffled; "Up"/"Down" buttons (or Alt+↑/↓ on a focused row) move them.
 * The response is the JSON array of the elements in the chosen order.
 */
export function OrderingAnswer({ itemId, sequence, open, given, onSubmit }: Props) {
  const start = useMemo(() => seededShuffle(sequence, itemId), [sequence, itemId]);
  const [order, setOrder] = useState<string[]>(start);
  const shown = given ?? order;
  const move = (from: number, to: number) => {
    if (open && to >= 0 && to < order.length) setOrder((current) => moved(current, from, to));
  };

  return (
    <div className="ordering" data-testid="ordering">
      <ol>
        {shown.map((entry, index) => (
          <li
            key={entry}
            className={given ? (sequence[index] === entry ? 'is-right' : 'is-wrong') : ''}
            data-testid="order-entry"
            tabIndex={open ? 0 : -1}
            onKeyDown={(event) => {
              if (!event.altKey) return;
              if (event.key === 'ArrowUp') move(index, index - 1);
              if (event.key === 'ArrowDown') move(index, index + 1);
            }}
          >
            <span className="order-text">{entry}</span>
            {open && (
              <span className="order-buttons">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Move up: ${entry}`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Move down: ${entry}`}
                  disabled={index === shown.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {given && given.some((entry, i) => sequence[i] !== entry) && (
        <p className="correction">Order in the article: {sequence.join(' → ')}</p>
      )}
      <button
        type="button"
        className="button primary"
        data-testid="check-answer"
        disabled={!open}
        onClick={() => onSubmit(JSON.stringify(order))}
      >
        Check order
      </button>
    </div>
  );
}
