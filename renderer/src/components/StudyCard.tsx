import type { MouseEvent } from 'react';
import { useCardKeys } from '../hooks/useCardKeys';
import { useStudySession, type SessionOptions } from '../hooks/useStudySession';
import { kindLabel } from '../lib/format';
import { AnswerInput, isSelfGraded } from './AnswerInput';
import { AnswerResult } from './AnswerResult';
import { Prompt } from './Prompt';
import { RatingButtons } from './RatingButtons';

interface Props extends SessionOptions {
  selected: boolean;
  onSelect: (itemId: string) => void;
}

/** The card being studied. Render it with `key` = item ID + card stamp so each card starts afresh. */
export function StudyCard({ item, selected, onSelect, ...session }: Props) {
  const { phase, submit, rate, canRate, retryPreview } = useStudySession({ item, ...session });
  const answered = phase.step === 'answered' ? phase : null;
  const suggested = answered && !isSelfGraded(item) ? answered.check.suggestedRating : undefined;
  useCardKeys({ item, phase, canRate, suggested, submit: (r) => void submit(r), rate: (r) => void rate(r) });

  const showSource = (event: MouseEvent) => {
    event.stopPropagation();
    onSelect(item.id);
  };

  return (
    // Clicking anywhere on the card shows its source; the "Show in article" button does it by keyboard.
    <article
      className={`study-card${selected ? ' is-selected' : ''}`}
      data-testid="current-card"
      data-item-id={item.id}
      data-kind={item.kind}
      aria-label="Current card"
      onClick={() => onSelect(item.id)}
    >
      <header className="study-card-header">
        <span className="kind">{kindLabel(item.kind)}</span>
        <button type="button" className="link-button" onClick={showSource}>
          Show in article
        </button>
      </header>
      <Prompt item={item} />
      <AnswerInput item={item} phase={phase} onSubmit={(response) => void submit(response)} />
      {answered && <AnswerResult item={item} check={answered.check} response={answered.response} />}
      {answered &&
        (answered.preview ? (
          <RatingButtons
            preview={answered.preview}
            suggested={suggested}
            disabled={!canRate}
            onRate={(rating) => void rate(rating)}
          />
        ) : answered.previewFailed ? (
          <p className="hint">
            The intervals could not be worked out.{' '}
            <button type="button" className="link-button" onClick={() => void retryPreview()}>
              Try again
            </button>
          </p>
        ) : (
          <p className="hint" role="status">
            Working out the intervals…
          </p>
        ))}
    </article>
  );
}
