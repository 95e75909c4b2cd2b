import type { Analysed, Token } from '../sentences';
import type { Found } from './model';

/** Nouns too general to be worth learning on their own. */
const GENERIC_NOUNS = new Set(
  (
    'time times way ways day days year years case sense hand side sides sort type kind part piece result ' +
    'course basis thing things lot fact point number matter level end means events event people person ' +
    'one ones other others something anything everything nothing someone anyone place home area areas ' +
    'question issue issues problem problems example instance reason reasons term terms idea life world ' +
    'while deal chance chances possibility possibilities detail details return words word couple'
  ).split(' '),
);
/** Modifiers that only weaken a key term ("such a deal", "other measures"). */
const WEAK_MODIFIERS = new Set(
  (
    'other such all own much more most same certain further last first long high very real different ' +
    'various main little many few several some any each every whole entire just only even new old big ' +
    'bigger small good bad great right left next previous full recent past'
  ).split(' '),
);

/**
 * The key-term candidates of one sentence: noun phrases that are not names, found from wink's part-of-speech
 * tags (adjectives and nouns ending in a noun, at most three words: "personal chemistry", "sanctions relief").
 */
export function findTerms(a: Analysed): Found[] {
  const found: Found[] = [];
  let chunk: Token[] = [];
  const flush = () => {
    const term = trimChunk(chunk, a.sentence.start);
    if (term) found.push(term);
    chunk = [];
  };
  for (const t of a.tokens) {
    const prev = chunk[chunk.length - 1];
    if (!isChunkWord(t) || (prev && t.start - prev.end !== 1)) flush();
    if (isChunkWord(t)) chunk.push(t);
  }
  flush();
  return found;
}

function isChunkWord(t: Token): boolean {
  if (!/^\p{Ll}[\p{L}-]*$/u.test(t.text)) return false;
  return t.pos === 'NOUN' || t.pos === 'ADJ';
}

/** Cuts a chunk down to a term: weak modifiers off the front, up to the last noun, at most three words. */
function trimChunk(chunk: Token[], base: number): Found | undefined {
  let end = chunk.length;
  while (end > 0 && (chunk[end - 1] as Token).pos !== 'NOUN') end--;
  let start = 0;
  while (start < end && WEAK_MODIFIERS.has((chunk[start] as Token).lower)) start++;
  start = Math.max(start, end - 3);
  const words = chunk.slice(start, end);
  const head = words[words.length - 1];
  if (!head || GENERIC_NOUNS.has(head.lower) || head.text.length < 4) return undefined;
  if (words.length === 1 && head.text.length < 6) return undefined;
  return {
    start: (words[0] as Token).start - base,
    end: head.end - base,
    type: 'term',
    subtype: 'common',
    strength: 1,
  };
}
