import type { Analysed } from '../sentences';
import type { Found } from './model';

/**
 * Money, dates and numbers of one sentence. wink-nlp finds them (DATE, CARDINAL, ORDINAL, MONEY, PERCENT);
 * its spans are then cleaned: widened to whole words, since wink splits "$US15.7" and keeps only "7 billion",
 * and widened over a day range before a month ("27-28 February"), which it leaves out.
 */
export function findValues(a: Analysed): Found[] {
  const text = a.sentence.text;
  const base = a.sentence.start;
  const found: Found[] = [];
  for (const entity of a.entities) {
    if (!VALUE_TYPES.has(entity.type)) continue;
    const widened = widen(text, entity.start - base, entity.end - base);
    const end = widened.end;
    let start = widened.start;
    start = withoutLeadingQualifier(text, start, end);
    if (entity.type === 'DATE') start = withDayRange(text, start);
    if (/\p{L}-\p{L}|\d-\p{L}/u.test(text.slice(start, end))) continue; // "two-way", "24-hour": modifiers
    const typed = classify(text.slice(start, end), entity.type);
    if (!typed || !usableNumberWord(a, text.slice(start, end), end)) continue;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ start, end, ...typed, strength: 3 });
  }
  return found;
}

const VALUE_TYPES = new Set(['DATE', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT']);
const CURRENCY = /[$€£¥]|\b(?:dollars?|euros?|pounds|yen|yuan)\b/i;
const MONTHS = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/;

/** Extends a span to the whole words it touches, without the punctuation that closes them. */
function widen(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && /[^\s(“"‘]/u.test(text[s - 1] ?? ' ')) s--;
  while (e < text.length && /\S/.test(text[e] ?? ' ')) e++;
  while (e > s && /[,;:!?)"”’.]/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

const QUALIFIER =
  /^(?:about|around|nearly|almost|over|under|more|than|less|some|at|least|most|by|in|on|since|until|from|only|just|roughly|approximately|up|to|the|of)\s+/i;

/** "about 152,000" asks for "152,000"; "By 2017" for "2017". */
function withoutLeadingQualifier(text: string, start: number, end: number): number {
  let s = start;
  for (let m = QUALIFIER.exec(text.slice(s, end)); m; m = QUALIFIER.exec(text.slice(s, end)))
    s += m[0].length;
  return s;
}

/** "27-28 February": wink tags the month; the day (range) before it belongs to the date. */
function withDayRange(text: string, start: number): number {
  const before = text.slice(0, start);
  const m = /(\d{1,2}(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)?)?)\s+$/.exec(before);
  return m ? start - m[0].length : start;
}

function classify(span: string, type: string): Pick<Found, 'type' | 'subtype'> | undefined {
  if (!/[\p{L}\p{N}]/u.test(span)) return undefined;
  if (type === 'MONEY' || CURRENCY.test(span)) return { type: 'money', subtype: 'money' };
  if (type === 'PERCENT' || /%|per ?cent/.test(span)) return { type: 'number', subtype: 'percent' };
  if (/^(?:1[5-9]|20)\d{2}$/.test(span)) return { type: 'date', subtype: 'year' };
  if (type === 'DATE') return dateSubtype(span);
  if (type === 'ORDINAL') return { type: 'number', subtype: 'ordinal' };
  return { type: 'number', subtype: 'cardinal' };
}

/** Dates worth asking about name a point in time: "last year" and "today" do not. */
function dateSubtype(span: string): Pick<Found, 'type' | 'subtype'> | undefined {
  if (/^\d{4}s$|^(?:1\d|20)\d0s$/.test(span)) return { type: 'date', subtype: 'decade' };
  if (/\d/.test(span) && MONTHS.test(span)) {
    return { type: 'date', subtype: /^\p{L}+\.?\s+\d{4}$/u.test(span) ? 'month-year' : 'day-month' };
  }
  if (/\b(?:1[5-9]|20)\d{2}\b/.test(span)) return { type: 'date', subtype: 'year' };
  return undefined;
}

/** Spelled-out numbers count only when they count something ("two days"), never "one would ...". */
function usableNumberWord(a: Analysed, span: string, end: number): boolean {
  if (/\d/.test(span)) return true;
  if (/^(?:one|zero)$/i.test(span) || /^\p{Lu}/u.test(span)) return false;
  const next = a.tokens.find((t) => t.start - a.sentence.start >= end);
  return !!next && (next.pos === 'NOUN' || next.pos === 'ADJ');
}
