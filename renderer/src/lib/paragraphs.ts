import type { Sentence } from '../../../main/quiz/model';

/** A piece of a paragraph: a sentence (with its ID) or the plain text between two sentences. */
export type Segment =
  { kind: 'sentence'; id: string; text: string } | { kind: 'gap'; key: string; text: string };

export interface Paragraph {
  index: number;
  segments: Segment[];
}

/** Groups the sentences by paragraph, slicing each from the text by its offsets. */
export function buildParagraphs(text: string, sentences: readonly Sentence[]): Paragraph[] {
  if (sentences.length === 0) {
    return text
      .split(/\n+/)
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
      .map((part, index) => ({ index, segments: [{ kind: 'gap', key: `p${index}`, text: part }] }));
  }
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of [...sentences].sort((a, b) => a.start - b.start)) {
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(sentence);
    byParagraph.set(sentence.paragraph, list);
  }
  return [...byParagraph.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, list]) => {
      const segments: Segment[] = [];
      list.forEach((sentence, i) => {
        const previous = list[i - 1];
        if (previous && sentence.start > previous.end) {
          const gap = text.slice(previous.end, sentence.start).replace(/\s+/g, ' ');
          segments.push({ kind: 'gap', key: `${sentence.id}-gap`, text: gap });
        }
        segments.push({ kind: 'sentence', id: sentence.id, text: text.slice(sentence.start, sentence.end) });
      });
      return { index, segments };
    });
}
