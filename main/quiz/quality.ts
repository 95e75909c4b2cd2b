import { normalize } from './answer-check';
import { CLOZE_BLANK, type QuizItem, type Sentence } from './model';
import { contentWords, jaccard } from './text';

/** Why an item fails a quality gate, or undefined when it passes them all. */
export function qualityProblem(item: QuizItem, sentences: readonly Sentence[]): string | undefined {
  const source = item.sourceSentenceIds.map((id) => sentences[Number(id.slice(1))]?.text ?? '').join(' ');
  if (!answerInSource(item, source)) return 'answer missing from its source';
  if (item.options && !optionsSound(item)) return 'options not distinct, or answer not exactly once';
  if (item.prompt.includes(CLOZE_BLANK) && !blankSound(item.prompt)) return 'blank cuts a word or dangles';
  if (!readsAsQuestion(item.prompt)) return 'prompt does not read as a question';
  return undefined;
}

/** Each kind's answer must come from the sentences it cites (role and true/false answers are labels). */
function answerInSource(item: QuizItem, source: string): boolean {
  switch (item.kind) {
    case 'role':
      return !!item.role && source.length > 0;
    case 'true-false':
      return item.answer === 'True' ? item.prompt.includes(source) : !!item.explanation?.includes(source);
    case 'matching':
      return (
        !!item.pairs?.length && item.pairs.every((p) => source.includes(p.left) && source.includes(p.right))
      );
    case 'ordering':
      return !!item.sequence?.length && item.sequence.every((s) => source.includes(s));
    case 'open-recall':
      return item.answer.length > 0 && source.includes(item.answer.split(' ').slice(0, 6).join(' '));
    default:
      return item.answer.length > 0 && source.includes(item.answer);
  }
}

function optionsSound(item: QuizItem): boolean {
  const options = item.options ?? [];
  const keys = options.map(normalize);
  if (new Set(keys).size !== keys.length) return false;
  return options.filter((o) => o === item.answer).length === 1;
}

/** The blank sits between words, and no "a"/"an" before it gives the answer away. */
function blankSound(prompt: string): boolean {
  const at = prompt.indexOf(CLOZE_BLANK);
  const before = prompt[at - 1] ?? ' ';
  const after = prompt[at + CLOZE_BLANK.length] ?? ' ';
  if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) return false;
  return !/\b(?:a|an)\s+$/i.test(prompt.slice(0, at));
}

/** A question mark or a blank to fill: either tells the learner what to do. */
function readsAsQuestion(prompt: string): boolean {
  return prompt.includes('?') || prompt.includes(CLOZE_BLANK);
}

/**
 * Drops items that fail a gate and items that duplicate an earlier one: the same ID, or the same kind with a
 * nearly identical prompt (word overlap of 0.8 or more) and the same answer, or a second item on the same fact
 * of the same sentence.
 */
export function applyQualityGates(items: readonly QuizItem[], sentences: readonly Sentence[]): QuizItem[] {
  const kept: QuizItem[] = [];
  const ids = new Set<string>();
  const facts = new Set<string>();
  const promptWords = new Map<QuizItem, Set<string>>();
  for (const item of items) {
    if (ids.has(item.id) || qualityProblem(item, sentences)) continue;
    const factKey = item.factType ? `${item.sourceSentenceIds[0]}|${normalize(item.answer)}` : '';
    if (factKey && facts.has(factKey)) continue;
    const words = contentWords(item.prompt);
    const nearDuplicate = kept.some(
      (k) =>
        k.kind === item.kind &&
        k.answer === item.answer &&
        jaccard(promptWords.get(k) ?? new Set(), words) >= 0.8,
    );
    if (nearDuplicate) continue;
    kept.push(item);
    ids.add(item.id);
    if (factKey) facts.add(factKey);
    promptWords.set(item, words);
  }
  return kept;
}
