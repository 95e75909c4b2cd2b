import { normalize } from '../../../main/quiz/answer-check';

export { generateQuiz, type Quiz, type QuizItem } from '../../../main/quiz';

/** Coverage compares wordings loosely: case, quotes, currency signs and punctuation aside. */
export function normalizeForCoverage(text: string): string {
  return normalize(text);
}
