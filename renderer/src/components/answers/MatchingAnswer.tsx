import { useMemo, useState } from 'react';
import type { MatchPair } from '../../../../main/quiz/model';
import { seededShuffle } from '../../lib/shuffle';

interface Props {
  itemId: string;
  pairs: readonly MatchPair[];
  open: boolean;
  /** Once checked: the learner's choices, to mark right and wrong rows. */
  given?: readonly string[];
  onSubmit: (response: string) => void;
}

/**
 * Matching: each left-hand entry gets a list of the right-hand entries (shuffled). The response is the
 * JSON array of chosen right-hand entries in the order of `pairs`, as the answer check expects.
 */
export function MatchingAnswer({ itemId, pairs, open, given, onSubmit }: Props) {
  const rights = useMemo(
    () =>
      seededShuffle(
        pairs.map((pair) => pair.right),
        itemId,
      ),
    [pairs, itemId],
  );
  const [choices, setChoices] = useState<string[]>(() => pairs.map(() => ''));
  const complete = choices.every((choice) => choice !== '');
  const shown = given ?? choices;

  return (
    <form
      className="matching"
      data-testid="matching"
      onSubmit={(event) => {
        event.preventDefault();
        if (open && complete) onSubmit(JSON.stringify(choices));
      }}
    >
      <table>
        <tbody>
          {pairs.map((pair, index) => {
            const marked = given ? (given[index] === pair.right ? 'is-right' : 'is-wrong') : '';
            return (
              <tr key={pair.left} className={marked}>
                <th scope="row">
                  <label htmlFor={`match-${index}`}>{pair.left}</label>
                </th>
                <td>
                  <select
                    id={`match-${index}`}
                    data-testid="match-select"
                    value={shown[index] ?? ''}
                    disabled={!open}
                    autoFocus={open && index === 0}
                    onChange={(event) =>
                      setChoices((current) => current.map((c, i) => (i === index ? event.target.value : c)))
                    }
                  >
                    <option value="">Choose…</option>
                    {rights.map((right) => (
                      <option key={right} value={right}>
                        {right}
                      </option>
                    ))}
                  </select>
                  {given && given[index] !== pair.right && (
                    <span className="correction"> → {pair.right}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="submit"
        className="button primary"
        data-testid="check-answer"
        disabled={!open || !complete}
      >
        Check
      </button>
    </form>
  );
}
