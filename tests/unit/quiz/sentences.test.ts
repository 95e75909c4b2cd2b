import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../main/quiz';
import type { Sentence } from '../../../main/quiz';

const article = readFileSync('content/hanoi-summit/article.txt', 'utf8');

/** Every sentence is exactly the text at its offsets, trimmed, and the ids and indices count up. */
function expectExactOffsets(text: string, sentences: Sentence[]): void {
  sentences.forEach((s, i) => {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.id).toBe(`s${i}`);
    expect(s.index).toBe(i);
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual((sentences[i - 1] as Sentence).end);
  });
}

describe('splitSentences', () => {
  it('gives every sentence of the bundled article exact offsets into the text', () => {
    const sentences = splitSentences(article);
    expect(sentences.length).toBeGreaterThan(40);
    expectExactOffsets(article, sentences);
  });

  it('loses no character of the bundled article between sentences', () => {
    const covered = new Array<boolean>(article.length).fill(false);
    for (const s of splitSentences(article)) covered.fill(true, s.start, s.end);
    const lost = [...article].filter((ch, i) => !covered[i] && /\S/.test(ch));
    expect(lost).toEqual([]);
  });

  it('numbers the paragraphs of the bundled article by line, the standfirst being paragraph 0', () => {
    const lines = article.split('\n').filter((line) => line.trim());
    const sentences = splitSentences(article);
    expect(sentences[0]?.paragraph).toBe(0);
    expect(sentences[0]?.text).toMatch(/^The breakdown of the second round of talks/);
    expect(new Set(sentences.map((s) => s.paragraph))).toEqual(new Set(lines.map((_, i) => i)));
    for (const s of sentences) expect(lines[s.paragraph]).toContain(s.text);
  });

  it('ends a sentence after a full stop inside closing curly quotes', () => {
    const text = 'He is described as “a great person born of heaven.” The United States has long experience.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'He is described as “a great person born of heaven.”',
      'The United States has long experience.',
    ]);
  });

  it('keeps abbreviations such as Mr. and U.S. inside their sentence', () => {
    const text = 'Mr. Smith met U.S. officials in Washington. They talked at 5 p.m. on Jan. 3 about trade.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Smith met U.S. officials in Washington.',
      'They talked at 5 p.m. on Jan. 3 about trade.',
    ]);
    expectExactOffsets(text, sentences);
  });

  it('maps repeated sentences to their own positions', () => {
    const text = 'She left. She left. She left.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.start)).toEqual([0, 10, 20]);
    expectExactOffsets(text, sentences);
  });

  it('treats any run of blank lines as one paragraph break and ignores surrounding whitespace', () => {
    const text =
      '  First paragraph here.  \n\n\n\r\n   Second one, with “curly quotes.” And more.\r\n\nThird.\n';
    const sentences = splitSentences(text);
    expectExactOffsets(text, sentences);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['First paragraph here.', 0],
      ['Second one, with “curly quotes.”', 1],
      ['And more.', 1],
      ['Third.', 2],
    ]);
  });

  it('keeps exact offsets in text with accents, dashes and other non-ASCII characters', () => {
    const text =
      'Nguyễn Phú Trọng met Kim — in Hà Nội — on 27–28 February. “It’s over,” he said… Café résumé naïve!';
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expectExactOffsets(text, sentences);
    expect(sentences[0]?.text).toBe('Nguyễn Phú Trọng met Kim — in Hà Nội — on 27–28 February.');
  });

  it('returns no sentences for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
  });
});
