import type { AnswerCheck } from '../../../main/api/contract';

/** "Correct" or "Not quite", with the expected answer. */
export function AnswerResult({ check, response }: { check: AnswerCheck; response: string }) {
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
      {!check.correct && response !== '' && (
        <span className="given">
          You answered: <span className="given-text">{response}</span>
        </span>
      )}
    </div>
  );
}
