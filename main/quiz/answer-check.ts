import type { QuizItem } from './model';

/** The verdict on a response, with the answer to show. */
export interface AnswerCheck {
  correct: boolean;
  expected: string;
}

/**
 * Checks a learner's response to an item. The response format depends on the kind:
 *
 * - multiple choice, central argument, evidence, role and true/false: the chosen option, exactly as shown
 *   (true/false options are "True" and "False");
 * - matching: a JSON array of the `right` strings, in the order of `pairs` (what the learner put against each
 *   left-hand item); correct when every pair matches;
 * - ordering: a JSON array of the `sequence` elements in the order the learner chose;
 * - open recall: anything; it is self-graded, so the verdict is always `correct: false` with the model answer
 *   as `expected`, for the learner to compare and rate;
 * - cloze and other typed answers: free text, compared forgivingly, since the point is recall, not typing:
 *   case, punctuation, diacritics, curly quotes, extra spaces and a leading "the"/"a"/"an" are ignored, and
 *   one small typo is allowed (two in long answers). Numbers are never forgiven: "110" and "100" differ.
 */
export function checkAnswer(item: QuizItem, response: string): AnswerCheck {
  const expected = item.answer;
  if (item.kind === 'open-recall' || item.selfGraded) return { correct: false, expected };
  if (item.kind === 'matching' && item.pairs) {
    return {
      correct: sameList(
        parseList(response),
        item.pairs.map((p) => p.right),
      ),
      expected,
    };
  }
  if (item.kind === 'ordering' && item.sequence) {
    return { correct: sameList(parseList(response), item.sequence), expected };
  }
  if (item.options) return { correct: response.trim() === expected, expected };
  return { correct: typedMatches(expected, response), expected };
}

/** A JSON array of strings, or undefined when the response is not one. */
function parseList(response: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(response);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function sameList(got: string[] | undefined, want: readonly string[]): boolean {
  return !!got && got.length === want.length && got.every((g, i) => g.trim() === want[i]);
}

function typedMatches(expected: string, response: string): boolean {
  const want = normalize(expected);
  const got = normalize(response);
  if (!got) return false;
  if (want === got) return true;
  // Numbers are compared as numbers, then the words around them may carry a typo like any other answer.
  if (!sameNumbers(numbersIn(want), numbersIn(got))) return false;
  const wantWords = withoutNumbers(want);
  const gotWords = withoutNumbers(got);
  if (wantWords === gotWords) return true;
  return damerauLevenshtein(wantWords, gotWords) <= typoAllowance(wantWords);
}

/** One typo from five characters on, two from ten: short answers must be exact to mean anything. */
function typoAllowance(answer: string): number {
  const length = answer.replace(/\s/g, '').length;
  return length >= 10 ? 2 : length >= 5 ? 1 : 0;
}

/** A currency sign with an optional country code, "$US" or "US$": "$15.7 billion" is the same amount. */
const CURRENCY = /(?<!\p{L})(?:us|au|nz|hk|a|c)?[$€£¥](?:us|au|nz|hk|a|c)?/gu;
/** Stands in for a decimal point while the other punctuation is removed. */
const DECIMAL_POINT = '\uE000';

const SMALL_NUMBERS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((w, i) => [w, String(i)]),
);

/**
 * Lower case without diacritics, quotes, currency signs or punctuation, with single spaces and no leading
 * article. Digits keep their decimal point and lose thousands separators, so "15.7" and "1,000" stay numbers;
 * small number words become digits, so "two" and "2" match.
 */
export function normalize(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(CURRENCY, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(\d)\.(?=\d)/g, `$1${DECIMAL_POINT}`)
    // Quotes and full stops vanish ("U.S." is "us"); other punctuation separates words ("Jong-Un").
    .replace(/['".]/g, '')
    .replace(/[^\p{L}\p{N}\uE000]+/gu, ' ')
    .replace(/\uE000/g, '.');
  const words = plain.split(/\s+/).filter(Boolean);
  if (words.length > 1 && /^(?:the|a|an)$/.test(words[0] ?? '')) words.shift();
  return words.map((w) => SMALL_NUMBERS.get(w) ?? w).join(' ');
}

function numbersIn(normalized: string): number[] {
  return (normalized.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

function sameNumbers(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function withoutNumbers(normalized: string): string {
  return normalized
    .replace(/\d+(?:\.\d+)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
 * characters each cost one, which is how people mistype.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
