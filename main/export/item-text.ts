/**
 * Plain-text renderings of a quiz item for exports: the question with what it offers to choose from, the
 * answer with its structure (pairs, order), and the source sentences it was made from.
 */
import type { ArticleRecord, QuizItemRecord } from '../store/schema';

export const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Code-unit order, so the rendering never depends on the machine's locale. */
function sorted(values: readonly string[]): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The item's source sentences, exactly as the article has them (character spans into its text). */
export function sourceText(
  article: Pick<ArticleRecord, 'text'>,
  item: Pick<QuizItemRecord, 'sources'>,
): string {
  return item.sources
    .map(({ start, end }) => article.text.slice(start, end).trim())
    .filter(Boolean)
    .join(' ');
}

/** What the learner must choose from, as lines; empty when the item is answered freely. */
export function choiceLines(item: QuizItemRecord): string[] {
  if (item.pairs?.length) {
    const lefts = item.pairs.map((pair) => pair.left);
    const rights = sorted(item.pairs.map((pair) => pair.right));
    return [`Match: ${lefts.join('; ')}`, `with: ${rights.join('; ')}`];
  }
  // The correct order is the answer, so the elements are offered sorted.
  if (item.sequence?.length) return sorted(item.sequence).map((element) => `- ${element}`);
  if (item.options?.length) return item.options.map((option, i) => `${LETTERS[i] ?? i + 1}) ${option}`);
  return [];
}

/** The question as the learner would see it, choices included, one per line. */
export function questionText(item: QuizItemRecord): string {
  return [item.prompt, ...choiceLines(item)].join('\n');
}

/** The answer lines: the pairs matched, the elements in order, or the answer itself. */
export function answerLines(item: QuizItemRecord): string[] {
  if (item.pairs?.length) return item.pairs.map((pair) => `${pair.left} → ${pair.right}`);
  if (item.sequence?.length) return item.sequence.map((element, i) => `${i + 1}. ${element}`);
  return [item.answer];
}

export function answerText(item: QuizItemRecord): string {
  return answerLines(item).join('\n');
}
