import type { Sentence } from '../model';
import type { Analysed } from '../sentences';
import { overlaps } from '../text';
import type { FactCandidate, Found } from './model';
import { findNames } from './names';
import { findTerms } from './terms';
import { findValues } from './values';

export type { FactCandidate } from './model';

/**
 * The fact candidates of every sentence, in document order: money, dates and numbers first, then names, then
 * key terms; a span already claimed by a stronger kind of fact is not claimed again.
 */
export function extractFacts(analysed: readonly Analysed[]): FactCandidate[][] {
  const names = findNames(analysed);
  return analysed.map((a, i) => {
    if (a.heading) return [];
    const claimed: Found[] = [];
    for (const f of [...findValues(a), ...(names[i] ?? []), ...findTerms(a)]) {
      if (!claimed.some((c) => overlaps(c, f))) claimed.push(f);
    }
    return claimed
      .sort((x, y) => x.start - y.start)
      .flatMap((f) => {
        const c = toCandidate(a.sentence, f);
        return c ? [c] : [];
      });
  });
}

/** Turns a local span into a candidate, refusing spans that would cut a word or a hyphenated compound. */
function toCandidate(sentence: Sentence, f: Found): FactCandidate | undefined {
  const text = sentence.text;
  let { start, end } = f;
  while (start < end && /[\s"“‘'(]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:!?)"”’'.]/u.test(text[end - 1] ?? '') && !isAbbreviationEnd(text, end)) end--;
  if (start >= end || cutsWord(text, start, end)) return undefined;
  return {
    text: text.slice(start, end),
    type: f.type,
    start: sentence.start + start,
    end: sentence.start + end,
    sentenceId: sentence.id,
    subtype: f.subtype,
  };
}

/** "U.S." keeps its final full stop. */
function isAbbreviationEnd(text: string, end: number): boolean {
  return text[end - 1] === '.' && /(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u.test(text.slice(0, end));
}

function cutsWord(text: string, start: number, end: number): boolean {
  const attached = /[\p{L}\p{N}-]/u;
  return attached.test(text[start - 1] ?? '') || attached.test(text[end] ?? '');
}
