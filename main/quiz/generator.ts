import { buildArgumentMap } from './argument/map';
import { extractFacts } from './facts';
import { centralArgumentItems, evidenceItems, openRecallItems, roleItems } from './items/argument';
import type { Context } from './items/context';
import { distractorPool } from './items/distractors';
import { factItems, keyTermItems } from './items/facts';
import { matchingItems, orderingItems } from './items/structured';
import { trueFalseItems } from './items/true-false';
import type { ArgumentMap, QuizItem, Sentence } from './model';
import { applyQualityGates } from './quality';
import { analyseText } from './sentences';

/** Generator name and version, stored on every item it makes. */
export const GENERATOR = 'argument@1';

export interface QuizInput {
  articleId: string;
  text: string;
  title?: string;
  /** The first paragraph is a standfirst (the summary under the title): it counts with the title. */
  standfirst?: boolean;
  /** Told as each stage starts (0..1 of the work done), so a long article can show a progress bar. */
  onProgress?: (fraction: number, stage: string) => void;
}

export interface Quiz {
  generator: string;
  sentences: Sentence[];
  argumentMap: ArgumentMap;
  items: QuizItem[];
}

/** Items per kind for an article of `words` words: proportional, within sane bounds. */
function budgetFor(words: number): (kind: string) => number {
  const per: Record<string, [number, number, number]> = {
    // [words per item, minimum, maximum]
    'key-term': [22, 4, 120],
    fact: [45, 4, 60],
    role: [130, 3, 25],
    evidence: [160, 2, 20],
    'open-recall': [220, 2, 15],
    'true-false': [110, 3, 30],
  };
  return (kind) => {
    const [each, min, max] = per[kind] ?? [1, 1, 1];
    return Math.min(max, Math.max(min, Math.round(words / each)));
  };
}

/**
 * Generates the quiz of an article: its sentences, its argument map and items of every kind, each with a model
 * answer and source spans. Deterministic: the same text and generator version give the same items with the
 * same content-derived IDs, in a stable order (argument items first, then the rest in document order).
 */
export function generateQuiz(input: QuizInput): Quiz {
  const progress = input.onProgress ?? (() => undefined);
  progress(0, 'Reading the sentences');
  const analysed = analyseText(input.text);
  progress(0.45, 'Finding the facts');
  const sentences = analysed.map((a) => a.sentence);
  const facts = extractFacts(analysed);
  const standfirst = input.standfirst ? sentences.filter((s) => s.paragraph === 0).map((s) => s.text) : [];
  const title = [input.title ?? '', ...standfirst].join(' ');
  progress(0.6, 'Mapping the argument');
  const { map, features } = buildArgumentMap(analysed, facts, title.trim() || undefined);
  progress(0.75, 'Writing the questions');
  const words = input.text.match(/\S+/g)?.length ?? 0;
  const ctx: Context = {
    articleId: input.articleId,
    generator: GENERATOR,
    analysed,
    facts,
    map,
    features,
    nodes: new Map(map.nodes.map((n) => [n.sentence, n])),
    budget: budgetFor(words),
  };
  const pool = distractorPool(facts);
  const first = [
    ...centralArgumentItems(ctx),
    ...evidenceItems(ctx),
    ...roleItems(ctx),
    ...openRecallItems(ctx),
    ...keyTermItems(ctx),
    ...factItems(ctx, pool),
  ];
  const covered = new Set(first.flatMap((item) => item.sourceSentenceIds));
  const items = [
    ...first,
    ...trueFalseItems(ctx, pool, covered),
    ...matchingItems(ctx),
    ...orderingItems(ctx),
  ];
  progress(0.95, 'Checking the questions');
  return { generator: GENERATOR, sentences, argumentMap: map, items: applyQualityGates(items, sentences) };
}
