import nlp from 'compromise';
import type { Sentence } from './model';

/** A half-open range of `text`, before it becomes a sentence. */
interface Range {
  start: number;
  end: number;
}

/**
 * Splits an article into sentences with exact character offsets into `text`.
 *
 * Paragraphs are the non-blank lines (any run of newlines separates them). Compromise finds the sentence
 * boundaries inside each paragraph (it knows "Mr.", "U.S." and friends); each sentence is then mapped back to
 * the original characters, so `text.slice(s.start, s.end) === s.text` always holds.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphRanges(text).forEach((paragraph, paragraphIndex) => {
    for (const range of sentenceRanges(text, paragraph)) {
      const index = sentences.length;
      sentences.push({
        id: `s${index}`,
        index,
        text: text.slice(range.start, range.end),
        start: range.start,
        end: range.end,
        paragraph: paragraphIndex,
      });
    }
  });
  return sentences;
}

/** Non-blank lines, trimmed; blank lines only separate paragraphs, they do not count as one. */
function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const range = trimRange(text, match.index, match.index + match[0].length);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** The sentences of one paragraph, as trimmed ranges of `text` that together cover the paragraph. */
function sentenceRanges(text: string, paragraph: Range): Range[] {
  const paragraphText = text.slice(paragraph.start, paragraph.end);
  const pieces = nlp.tokenize(paragraphText).out('array') as string[];
  const ranges: Range[] = [];
  let cursor = paragraph.start;
  pieces.forEach((piece, i) => {
    // The last piece takes the paragraph's remainder, so no character is ever lost between sentences.
    const end = i === pieces.length - 1 ? paragraph.end : alignEnd(text, cursor, paragraph.end, piece);
    const range = trimRange(text, cursor, end);
    if (range) ranges.push(...splitAfterClosingQuote(text, range));
    cursor = end;
  });
  return ranges;
}

/**
 * Where `piece` (compromise's copy of a sentence) ends in `text`, reading from `from`. Compromise normally
 * returns the original characters, so an exact match is tried first; otherwise the non-space characters are
 * counted off, which survives changed whitespace or normalised characters. Reading sequentially from a cursor
 * is also what keeps repeated sentences apart.
 */
function alignEnd(text: string, from: number, limit: number, piece: string): number {
  const trimmed = piece.trim();
  const start = skipSpace(text, from, limit);
  if (trimmed && text.startsWith(trimmed, start) && start + trimmed.length <= limit) {
    return start + trimmed.length;
  }
  let remaining = trimmed.replace(/\s+/g, '').length;
  let i = start;
  while (i < limit && remaining > 0) {
    if (!/\s/.test(text[i] ?? '')) remaining--;
    i++;
  }
  return i;
}

/**
 * Compromise does not end a sentence at a full stop followed by a closing quote (`…of heaven.” The United
 * States…`), so those boundaries are added here: terminal punctuation, closing quote(s), space, then a capital.
 */
function splitAfterClosingQuote(text: string, range: Range): Range[] {
  const slice = text.slice(range.start, range.end);
  const boundary = /[.!?]["”’')\]]+(?=\s+["“‘(]?\p{Lu})/gu;
  const ranges: Range[] = [];
  let start = range.start;
  for (const match of slice.matchAll(boundary)) {
    const end = range.start + match.index + match[0].length;
    const piece = trimRange(text, start, end);
    if (piece) ranges.push(piece);
    start = end;
  }
  const last = trimRange(text, start, range.end);
  if (last) ranges.push(last);
  return ranges;
}

function skipSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** The range without surrounding whitespace, or undefined when nothing else is left. */
function trimRange(text: string, start: number, end: number): Range | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : undefined;
}
