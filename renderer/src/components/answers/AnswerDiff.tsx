import { diffChars } from 'diff';

/** Where a typed answer differs from the expected one: missing letters marked in, extra ones struck out. */
export function AnswerDiff({ expected, given }: { expected: string; given: string }) {
  const parts = diffChars(given, expected, { ignoreCase: true });
  return (
    <span
      className="answer-diff"
      data-testid="answer-diff"
      aria-label={`Difference: you typed ${given}, expected ${expected}`}
    >
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}
