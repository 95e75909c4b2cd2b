/** The quiz domain: sentences, the argument map, item generation, answer checking and content-derived IDs. */
import { generateQuiz } from './generator';
import type { QuizItem, Sentence } from './model';

export * from './model';
export { splitSentences } from './sentences';
export { generateQuiz, GENERATOR, type Quiz, type QuizInput } from './generator';
export { checkAnswer, type AnswerCheck } from './answer-check';
export { itemId, type ItemIdParts } from './ids';
export { qualityProblem } from './quality';

/** @deprecated The first generator's entry point, kept for the services until they call `generateQuiz`. */
export const SIMPLE_GENERATOR = 'argument@1';

/**
 * The first generator's signature, now answered by the argument generator: `{ sentences, items }` of
 * `generateQuiz({ articleId, text })`.
 */
export function generateSimpleItems(
  articleId: string,
  text: string,
): { sentences: Sentence[]; items: QuizItem[] } {
  const { sentences, items } = generateQuiz({ articleId, text });
  return { sentences, items };
}
