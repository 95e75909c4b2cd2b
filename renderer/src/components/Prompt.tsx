import type { ItemView } from '../../../main/api/contract';
import { CLOZE_BLANK, splitCloze } from '../lib/format';

/** The question; in a cloze the blank is set off visually. */
export function Prompt({ item }: { item: ItemView }) {
  if (item.kind !== 'cloze') {
    return (
      <p className="prompt" data-testid="prompt">
        {item.prompt}
      </p>
    );
  }
  const parts = splitCloze(item.prompt);
  return (
    <p className="prompt" data-testid="prompt">
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 && (
            <span className="blank" role="img" aria-label="blank">
              {CLOZE_BLANK}
            </span>
          )}
        </span>
      ))}
    </p>
  );
}
