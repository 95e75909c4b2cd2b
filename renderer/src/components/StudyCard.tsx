import type { MouseEvent } from 'react';
import type { ItemView } from '../../../main/api/contract';
import { useRatingKeys } from '../hooks/useRatingKeys';
import { useStudySession, type SessionOptions } from '../hooks/useStudySession';
import { kindLabel } from '../lib/format';
import { AnswerForm } from './AnswerForm';
import { AnswerResult } from './AnswerResult';
import { ChoiceOptions } from './ChoiceOptions';
import { Prompt } from './Prompt';
import { RatingButtons } from './RatingButtons';

interface Props extends SessionOptions {
  selected: boolean;
  onSelect: (itemId: string) => void;
}

function hasOptions(item: ItemView): item is ItemView & { options: string[] } {
  return Array.isArray(item.options) && item.options.length > 0;
}

/** The card being studied. Render it with `key` = item ID + card stamp so each card starts afresh. */
export function StudyCard({ item, selected, onSelect, ...session }: Props) {
  const { phase, submit, rate, canRate, retryPreview } = useStudySession({ item, ...session });
  useRatingKeys(canRate, rate);

  const answered = phase.step === 'answered' ? phase : null;
  const sent = phase.step === 'question' ? undefined : phase.response;

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
      {hasOptions(item) ? (
        <ChoiceOptions
          options={item.options}
          open={phase.step === 'question'}
          chosen={sent}
          expected={answered?.check.expected}
          onChoose={(option) => void submit(option)}
        />
      ) : (
        <AnswerForm
          open={phase.step === 'question'}
          checking={phase.step === 'checking'}
          onSubmit={(response) => void submit(response)}
        />
      )}
      {answered && <AnswerResult check={answered.check} response={answered.response} />}
      {answered &&
        (answered.preview ? (
          <RatingButtons
            preview={answered.preview}
            suggested={answered.check.correct ? 3 : 1}
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
