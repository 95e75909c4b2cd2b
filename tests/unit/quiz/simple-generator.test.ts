import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOZE_BLANK, SIMPLE_GENERATOR, generateSimpleItems, splitSentences } from '../../../main/quiz';
import type { QuizItem, Sentence } from '../../../main/quiz';
import { extractFacts } from '../../../main/quiz/entities';

const ARTICLE_ID = 'hanoi-summit';
const article = readFileSync('content/hanoi-summit/article.txt', 'utf8');

let sentences: Sentence[];
let items: QuizItem[];
const sentenceOf = (item: QuizItem) => sentences.find((s) => s.id === item.sourceSentenceIds[0]) as Sentence;
const ofKind = (kind: QuizItem['kind']) => items.filter((i) => i.kind === kind);

beforeAll(() => {
  ({ sentences, items } = generateSimpleItems(ARTICLE_ID, article));
});

describe('generateSimpleItems on the bundled article', () => {
  it('makes both cloze and multiple-choice items, in a number that suits a 1,300-word article', () => {
    expect(ofKind('cloze').length).toBeGreaterThan(10);
    expect(ofKind('multiple-choice').length).toBeGreaterThan(5);
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.length).toBeLessThanOrEqual(60);
    for (const item of items) {
      expect(item.generator).toBe(SIMPLE_GENERATOR);
      expect(item.articleId).toBe(ARTICLE_ID);
      expect(item.factType).toBeDefined();
    }
  });

  it('returns the same sentences as splitSentences', () => {
    expect(sentences).toEqual(splitSentences(article));
  });

  it('points every item at its source sentence, whose text contains the answer', () => {
    for (const item of items) {
      expect(item.sourceSentenceIds).toHaveLength(1);
      const sentence = sentenceOf(item);
      expect(sentence).toBeDefined();
      expect(item.sources).toEqual([{ start: sentence.start, end: sentence.end }]);
      expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toContain(item.answer);
    }
  });

  it('gives every item a unique ID prefixed by its kind', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items)
      expect(item.id).toMatch(item.kind === 'cloze' ? /^cz-[0-9a-f]{16}$/ : /^mc-[0-9a-f]{16}$/);
  });

  it('generates exactly the same items, in the same order, every time', () => {
    expect(generateSimpleItems(ARTICLE_ID, article)).toEqual({ sentences, items });
  });

  it('lists items in the order of the article', () => {
    const positions = items.map((i) => sentenceOf(i).index);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('asks about the notable facts of the article', () => {
    const answers = new Set(items.map((i) => i.answer));
    for (const fact of [
      '110',
      '$US15.7 billion',
      'Boeing',
      '27-28 February',
      'June 2018',
      'personal chemistry',
    ]) {
      expect(answers).toContain(fact);
    }
  });

  it('asks about every sentence of the standfirst', () => {
    const standfirst = sentences.filter((s) => s.paragraph === 0);
    for (const s of standfirst) expect(items.some((i) => i.sourceSentenceIds[0] === s.id)).toBe(true);
  });

  it('never asks the same answer twice from one sentence in the same kind, nor repeats a prompt', () => {
    const keys = items.map((i) => `${i.kind}|${i.sourceSentenceIds[0]}|${i.answer.toLowerCase()}`);
    expect(new Set(keys).size).toBe(items.length);
    expect(new Set(items.map((i) => i.prompt.replace(/^Which fills the blank\? /, ''))).size).toBe(
      items.length,
    );
  });

  it('blanks a cloze answer out of its sentence without cutting a word or leaving a telling article', () => {
    for (const item of ofKind('cloze')) {
      const sentence = sentenceOf(item);
      expect(item.prompt.split(CLOZE_BLANK)).toHaveLength(2);
      const [before = '', after = ''] = item.prompt.split(CLOZE_BLANK);
      expect(before).not.toMatch(/[\p{L}\p{N}-]$/u);
      expect(after).not.toMatch(/^[\p{L}\p{N}-]/u);
      // "a"/"an" right before the blank would hint at the answer's first sound, so it reads "a/an".
      expect(before).not.toMatch(/(?:^|[^\p{L}/])(?:a|an)\s+$/iu);
      expect(item.answer).not.toMatch(/^(?:the|a|an)\s/i);
      expect(item.answer).toBe(item.answer.trim());
      // Putting the answer back gives the sentence again (reading "a", "an" and "a/an" alike).
      const article = /\b([aA])(?:n|\/an)?(\s+)/g;
      expect((before + item.answer + after).replace(article, '$1$2')).toBe(
        sentence.text.replace(article, '$1$2'),
      );
    }
  });

  it('does not give the answer away elsewhere in the prompt', () => {
    for (const item of items) {
      const shown = item.prompt
        .replace(/^Which fills the blank\? /, '')
        .replace(CLOZE_BLANK, ' ')
        .toLowerCase();
      const words = item.answer.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
      for (const word of words.filter((w) => !['the', 'and'].includes(w))) {
        expect(shown).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u'));
      }
    }
  });

  it('offers 3 or 4 distinct options with the answer exactly once', () => {
    for (const item of ofKind('multiple-choice')) {
      const options = item.options ?? [];
      expect(options.length).toBeGreaterThanOrEqual(3);
      expect(options.length).toBeLessThanOrEqual(4);
      expect(new Set(options.map((o) => o.toLowerCase())).size).toBe(options.length);
      expect(options.filter((o) => o === item.answer)).toHaveLength(1);
      expect(item.prompt).toMatch(/^Which fills the blank\? /);
      expect(item.prompt.split(CLOZE_BLANK)).toHaveLength(2);
    }
  });

  it('draws distractors from facts of the same type found in the article', () => {
    const facts = extractFacts(sentences);
    for (const item of ofKind('multiple-choice')) {
      for (const option of item.options ?? []) {
        const sameType = facts.filter((f) => f.type === item.factType);
        expect(sameType.map((f) => f.text.toLowerCase())).toContain(option.toLowerCase());
      }
      // A distractor the sentence already shows would be confusing.
      for (const option of (item.options ?? []).filter((o) => o !== item.answer)) {
        expect(sentenceOf(item).text.toLowerCase()).not.toContain(option.toLowerCase());
      }
    }
  });

  it('shuffles the options rather than always putting the answer in the same place', () => {
    const positions = new Set(ofKind('multiple-choice').map((i) => i.options?.indexOf(i.answer)));
    expect(positions.size).toBeGreaterThan(1);
  });

  it('keeps the IDs of items from unedited sentences when one sentence is edited', () => {
    const target = sentences.find((s) => s.text.includes('had obviously been sealed')) as Sentence;
    expect(items.some((i) => i.sourceSentenceIds[0] === target.id)).toBe(true);
    const edited = article.replace('had obviously been sealed', 'had clearly been sealed');
    const after = generateSimpleItems(ARTICLE_ID, edited).items;
    const idsOutside = (list: QuizItem[]) =>
      list.filter((i) => i.sourceSentenceIds[0] !== target.id).map((i) => i.id);
    expect(idsOutside(after)).toEqual(idsOutside(items));
    const before = new Set(items.filter((i) => i.sourceSentenceIds[0] === target.id).map((i) => i.id));
    const changed = after.filter((i) => i.sourceSentenceIds[0] === target.id);
    expect(changed.length).toBe(before.size);
    for (const item of changed) expect(before.has(item.id)).toBe(false);
  });

  it('generates the article well within 100 ms once warmed up', () => {
    generateSimpleItems(ARTICLE_ID, article);
    const times = Array.from({ length: 5 }, () => {
      const start = performance.now();
      generateSimpleItems(ARTICLE_ID, article);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    // The median, with headroom for a loaded CI machine; alone it takes a fraction of this.
    expect(times[2]).toBeLessThan(150);
  });
});

describe('generateSimpleItems on other text', () => {
  it('makes no items from blank text', () => {
    expect(generateSimpleItems('empty', '')).toEqual({ sentences: [], items: [] });
  });

  it('skips multiple choice when the article has fewer than two other facts of the type', () => {
    const text = 'The deal was worth $US15.7 billion to the two airlines that signed it in Hanoi last year.';
    const { items: few } = generateSimpleItems('short', text);
    expect(few.some((i) => i.answer === '$US15.7 billion' && i.kind === 'cloze')).toBe(true);
    expect(few.some((i) => i.kind === 'multiple-choice' && i.factType === 'money')).toBe(false);
  });
});
