import type { Sentence } from './model';
import { annotate, type RawEntity, type RawToken } from './nlp';

/** A token of one sentence, with its position in that sentence. */
export interface Token extends RawToken {
  lower: string;
  index: number;
}

/** A sentence with its tokens and value entities, ready for the argument map and the item makers. */
export interface Analysed {
  sentence: Sentence;
  tokens: Token[];
  entities: RawEntity[];
  /** A short line without closing punctuation: a section heading, not a statement. */
  heading: boolean;
  question: boolean;
}

interface Range {
  start: number;
  end: number;
}

/**
 * Splits an article into sentences with exact character offsets into `text`
 * (`text.slice(s.start, s.end) === s.text` always holds).
 */
export function splitSentences(text: string): Sentence[] {
  return analyseText(text).map((a) => a.sentence);
}

/**
 * Splits and annotates an article. Paragraphs are the non-blank lines; wink-nlp finds the sentences inside
 * them, and its boundaries are then corrected where it errs: never across a paragraph, never inside a token
 * run ("$US15.|7 billion"), never after an abbreviation ("Gen.|George Pickett").
 */
export function analyseText(text: string): Analysed[] {
  const annotation = annotate(text);
  const paragraphs = paragraphRanges(text);
  const ranges = mergeFalseBreaks(text, splitAtParagraphs(annotation.sentences, paragraphs));
  const analysed: Analysed[] = [];
  let p = 0;
  let t = 0;
  let e = 0;
  ranges.forEach((range, index) => {
    while (p < paragraphs.length - 1 && (paragraphs[p] as Range).end <= range.start) p++;
    const tokens: Token[] = [];
    while (t < annotation.tokens.length && (annotation.tokens[t] as RawToken).start < range.end) {
      const raw = annotation.tokens[t++] as RawToken;
      if (raw.start >= range.start)
        tokens.push({
          text: raw.text,
          start: raw.start,
          end: raw.end,
          pos: raw.pos,
          lemma: raw.lemma,
          stop: raw.stop,
          negated: raw.negated,
          lower: raw.text.toLowerCase(),
          index: tokens.length,
        });
    }
    const entities: RawEntity[] = [];
    while (e < annotation.entities.length && (annotation.entities[e] as RawEntity).start < range.end) {
      const entity = annotation.entities[e++] as RawEntity;
      if (entity.start >= range.start && entity.end <= range.end) entities.push(entity);
    }
    const sentenceText = text.slice(range.start, range.end);
    const sentence = { id: `s${index}`, index, text: sentenceText, ...range, paragraph: p };
    const alone = paragraphs[p]?.start === range.start && paragraphs[p]?.end === range.end;
    analysed.push({
      sentence,
      tokens,
      entities,
      heading: alone && isHeading(sentenceText),
      question: /\?["”’)]*$/u.test(sentenceText),
    });
  });
  return analysed;
}

/** A line of a few words with no closing punctuation ("How an attack works"). */
function isHeading(text: string): boolean {
  const words = text.match(/\S+/g)?.length ?? 0;
  // "Stylometry to the rescue?": a short question on its own line heads a section too.
  return (!/[.!?:;"”’)]$/u.test(text) && words <= 14) || (/\?$/.test(text) && words <= 6);
}

/** Non-blank lines, trimmed. */
function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const range = trimRange(text, match.index, match.index + match[0].length);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** Cuts wink's sentences at paragraph ends (it reads a line break as a space). */
function splitAtParagraphs(sentences: Range[], paragraphs: Range[]): Range[] {
  const out: Range[] = [];
  let p = 0;
  for (const s of sentences) {
    while (p < paragraphs.length && (paragraphs[p] as Range).end <= s.start) p++;
    for (let q = p; q < paragraphs.length && (paragraphs[q] as Range).start < s.end; q++) {
      const para = paragraphs[q] as Range;
      const start = Math.max(s.start, para.start);
      const end = Math.min(s.end, para.end);
      if (start < end) out.push({ start, end });
    }
  }
  return out;
}

const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|Gen|Gov|Sen|Rep|Mr|Mrs|Ms|Dr|St|Lt|Col|Capt|Prof|Jr|Sr|No|vs|Inc|Corp|Co)\.$/u;

/** Joins pieces wink split wrongly: no space between them, an abbreviation, or a lower-case continuation. */
function mergeFalseBreaks(text: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    const prev = out[out.length - 1];
    if (prev && sameLine(text, prev.end, range.start) && isFalseBreak(text, prev, range)) {
      prev.end = range.end;
    } else {
      out.push({ ...range });
    }
  }
  return out;
}

function isFalseBreak(text: string, prev: Range, next: Range): boolean {
  if (prev.end === next.start) return true;
  const before = text.slice(prev.start, prev.end);
  const after = text.slice(next.start, next.end);
  if (ABBREVIATION.test(before) && /^\p{Lu}/u.test(after)) return true;
  return /^\p{Ll}/u.test(after) && !/[.!?]["”’)]*$/u.test(before);
}

function sameLine(text: string, from: number, to: number): boolean {
  return !/[\r\n]/.test(text.slice(from, to));
}

function trimRange(text: string, start: number, end: number): Range | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : undefined;
}
