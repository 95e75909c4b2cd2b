import type { FactCandidate } from '../facts';
import type { FactType } from '../model';
import { compareStrings } from '../ids';
import { containsWhole, contentWords, fnv1a, mix, phraseKey, sharesWord, wordCount } from '../text';

/** A distinct fact of the article, as a possible distractor. */
export interface PoolEntry {
  key: string;
  text: string;
  type: FactType;
  subtype: string;
  words: Set<string>;
  wordCount: number;
  hash: number;
}

export type Pool = Map<FactType, PoolEntry[]>;

/** Every distinct fact of the article by type, keyed case-insensitively; two-letter acronyms are left out. */
export function distractorPool(facts: readonly FactCandidate[][]): Pool {
  const entries = new Map<string, PoolEntry>();
  for (const list of facts) {
    for (const f of list) {
      const key = phraseKey(f.text);
      if (f.text.length <= 2 || entries.has(key)) continue;
      entries.set(key, entry(f));
    }
  }
  const pool: Pool = new Map();
  for (const e of entries.values()) pool.set(e.type, [...(pool.get(e.type) ?? []), e]);
  return pool;
}

function entry(f: FactCandidate): PoolEntry {
  const key = phraseKey(f.text);
  return {
    key,
    text: f.text,
    type: f.type,
    subtype: f.subtype,
    words: contentWords(f.text),
    wordCount: wordCount(f.text),
    hash: fnv1a(key),
  };
}

/**
 * Up to `count` facts of the answer's type that cannot also be right: none shares a word with the answer or with
 * each other, or appears in the sentence itself. Look-alikes (same subtype, similar length) come first; ties
 * are broken by a hash, so adding an unrelated fact to the article rarely changes an item's distractors.
 */
export function pickDistractors(fact: FactCandidate, sentenceText: string, pool: Pool, count = 3): string[] {
  const answer = entry(fact);
  const ranked = (pool.get(fact.type) ?? [])
    .filter((p) => p.key !== answer.key && sameFamily(answer, p))
    .filter((p) => !sharesWord(p.words, answer.words) && !containsWhole(sentenceText, p.text))
    .map((p) => ({ p, rank: lookAlike(answer, p), tie: mix(answer.hash, p.hash) }))
    .sort((a, b) => b.rank - a.rank || a.tie - b.tie || compareStrings(a.p.key, b.p.key));
  const picked: PoolEntry[] = [];
  for (const { p } of ranked) {
    if (picked.length === count) break;
    if (picked.some((q) => sharesWord(q.words, p.words))) continue;
    picked.push(p);
  }
  return picked.map((p) => matchCase(p, fact));
}

/** Ordinals stand in for ordinals, years for years, phrases for phrases: anything else is an obvious misfit. */
function sameFamily(answer: PoolEntry, p: PoolEntry): boolean {
  if (answer.type === 'number' || answer.type === 'date') return p.subtype === answer.subtype;
  if (answer.type === 'term') return p.subtype === answer.subtype && p.wordCount > 1 === answer.wordCount > 1;
  return true;
}

function lookAlike(answer: PoolEntry, p: PoolEntry): number {
  return (p.subtype === answer.subtype ? 2 : 0) - 0.5 * Math.abs(p.wordCount - answer.wordCount);
}

/** A common term at the start of a sentence is capitalised; its distractors must be too, or it stands out. */
function matchCase(p: PoolEntry, fact: FactCandidate): string {
  if (p.type !== 'term' || p.subtype !== 'common') return p.text;
  const upper = /^\p{Lu}/u.test(fact.text);
  const first = p.text.charAt(0);
  return (upper ? first.toUpperCase() : first.toLowerCase()) + p.text.slice(1);
}
