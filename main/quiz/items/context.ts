import type { Features } from '../argument/features';
import type { FactCandidate } from '../facts';
import { compareStrings, contentHash, itemId } from '../ids';
import type { ArgumentMap, ArgumentNode, ItemKind, QuizItem, Sentence } from '../model';
import { CLOZE_BLANK } from '../model';
import type { Analysed } from '../sentences';
import { fnv1a } from '../text';

/** Everything the item makers read: the analysed sentences, their facts and the argument map. */
export interface Context {
  articleId: string;
  generator: string;
  analysed: readonly Analysed[];
  facts: readonly FactCandidate[][];
  map: ArgumentMap;
  features: readonly Features[];
  nodes: ReadonlyMap<string, ArgumentNode>;
  /** Items per kind this article can carry, from its length. */
  budget: (kind: string) => number;
}

export function sentenceOf(ctx: Context, id: string): Sentence {
  return (ctx.analysed[Number(id.slice(1))] as Analysed).sentence;
}

/** What an item maker decides; `makeItem` adds the ID, the option order, the spans and the generator. */
export interface Draft {
  kind: ItemKind;
  prompt: string;
  answer: string;
  distractors?: string[];
  /** Keep the options in this order (true/false, roles) instead of shuffling them. */
  fixedOptions?: string[];
  sources: string[];
  extra?: Partial<QuizItem>;
}

export function makeItem(ctx: Context, draft: Draft): QuizItem {
  const sentences = draft.sources.map((id) => sentenceOf(ctx, id));
  const node = ctx.nodes.get(draft.sources[0] ?? '');
  const options = draft.fixedOptions ?? shuffledOptions(draft);
  const parts = { kind: draft.kind, prompt: draft.prompt, answer: draft.answer, options };
  const item: QuizItem = {
    id: itemId(parts),
    articleId: ctx.articleId,
    kind: draft.kind,
    prompt: draft.prompt,
    answer: draft.answer,
    sources: sentences.map((s) => ({ start: s.start, end: s.end })),
    sourceSentenceIds: sentences.map((s) => s.id),
    generator: ctx.generator,
    ...draft.extra,
  };
  if (options) item.options = options;
  if (node && !item.argumentNode) item.argumentNode = node.id;
  return item;
}

function shuffledOptions(draft: Draft): string[] | undefined {
  if (!draft.distractors) return undefined;
  const sorted = [draft.answer, ...draft.distractors].sort(compareStrings);
  const seed = contentHash({ kind: draft.kind, prompt: draft.prompt, answer: draft.answer, options: sorted });
  return seededShuffle(sorted, seed);
}

/** Fisher–Yates driven by a PRNG seeded from the item's content: stable across runs, no Math.random. */
export function seededShuffle<T>(items: readonly T[], seedHex: string): T[] {
  const out = [...items];
  let state = Number.parseInt(seedHex.slice(0, 8), 16) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0; // mulberry32
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The sentence with a span replaced by the blank. An "a"/"an" right before it becomes "a/an", so the article
 * does not give away whether the answer starts with a vowel.
 */
export function blankOut(sentence: Sentence, start: number, end: number): string {
  const before = sentence.text
    .slice(0, start - sentence.start)
    .replace(/(^|[^\p{L}])(a|an)(\s+)$/iu, (_, lead: string, article: string, space: string) => {
      return `${lead}${article.charAt(0) === 'A' ? 'A/an' : 'a/an'}${space}`;
    });
  return before + CLOZE_BLANK + sentence.text.slice(end - sentence.start);
}

/** A stable order for candidates of equal worth, so that unrelated edits rarely change a choice. */
export function byHash<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => fnv1a(key(a)) - fnv1a(key(b)) || compareStrings(key(a), key(b)));
}

export function quote(text: string): string {
  return `“${text}”`;
}
