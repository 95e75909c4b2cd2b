import type { AnswerCheck, ItemView } from '../../../main/api/contract';
import { isSelfGraded } from './AnswerInput';
import { AnswerDiff } from './answers/AnswerDiff';

/** A typed answer (not an option, a list or a self-graded text): worth showing where it differs. */
function isTyped(item: ItemView): boolean {
  return !item.options?.length && !item.pairs && !item.sequence && !isSelfGraded(item);
}

/** "Correct" or "Not quite" with the expected answer; for open recall the model answer to grade against. */
export function AnswerResult({
  item,
  check,
  response,
}: {
  item: ItemView;
  check: AnswerCheck;
  response: string;
}) {
  if (isSelfGraded(item)) {
    return (
      <div className="answer-result is-model" data-testid="answer-result" data-correct="self" role="status">
        <strong className="verdict">Model answer</strong>
        <span className="expected-text">{check.expected}</span>
        {response !== '' && <span className="given">You wrote: {response}</span>}
        <span className="hint">Compare, then rate how well you recalled it.</span>
      </div>
    );
  }
  return (
    <div
      className={`answer-result ${check.correct ? 'is-correct' : 'is-wrong'}`}
      data-testid="answer-result"
      data-correct={check.correct ? 'true' : 'false'}
      role="status"
    >
      <strong className="verdict">{check.correct ? 'Correct' : 'Not quite'}</strong>
      <span className="expected">
        Answer: <span className="expected-text">{check.expected}</span>
      </span>
      {isTyped(item) && response !== '' && response.trim().toLowerCase() !== check.expected.toLowerCase() && (
        <span className="given">
          You typed: <AnswerDiff expected={check.expected} given={response.trim()} />
        </span>
      )}
      {item.explanation && <span className="explanation">{item.explanation}</span>}
    </div>
  );
}
