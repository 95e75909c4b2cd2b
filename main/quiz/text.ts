/** Small text helpers shared by the generator's modules. */

const STOP_WORDS = new Set(
  'the of and a an for on in to is are was were be been it its this that with as by at or from'.split(' '),
);

/** Lower-cased content words, crudely singularised: enough to compare wordings, not to analyse them. */
export function contentWords(text: string): Set<string> {
  return new Set(contentWordList(text));
}

/** The same words as a list, repeats kept. */
export function contentWordList(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !STOP_WORDS.has(w)).map((w) => w.replace(/s$/, ''));
}

export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Case-, quote- and possessive-insensitive identity of a phrase. */
export function phraseKey(text: string): string {
  return normalizeSpace(text.toLowerCase().replace(/[’‘]/g, "'").replace(/'s$/, ''));
}

export function sharesWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** Share of the smaller set found in the other one (0..1). */
export function overlapRatio(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** Jaccard similarity of two word sets (0..1). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** A cheap 32-bit string hash (FNV-1a) for tie-breaking: stable, not secure. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Combines two hashes into a well-spread tie-breaker (a murmur-style finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `needle` occurs in `haystack` as whole words (case-sensitive). */
export function containsWhole(haystack: string, needle: string): boolean {
  if (!needle) return false;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

/** The sentence without a trailing full stop, for quoting inside a question. */
export function withoutFinalStop(text: string): string {
  return text.replace(/[.!]+(["”’]?)$/u, '$1').trim();
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
