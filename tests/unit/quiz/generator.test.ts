import { describe, expect, it } from 'vitest';
import {
  CLOZE_BLANK,
  GENERATOR,
  ITEM_KINDS,
  generateQuiz,
  generateSimpleItems,
  qualityProblem,
  splitSentences,
  type QuizItem,
} from '../../../main/quiz';
import { normalize } from '../../../main/quiz/answer-check';
import { FIXTURE_SLUGS, loadFixture } from './fixtures';

const hanoi = loadFixture('hanoi-summit');
const input = { articleId: 'hanoi-summit', text: hanoi.text, title: hanoi.title, standfirst: true };
const quiz = generateQuiz(input);
const all = FIXTURE_SLUGS.map((slug) => {
  const f = loadFixture(slug);
  return generateQuiz({ articleId: slug, text: f.text, title: f.title, standfirst: f.standfirst });
});

describe('generateQuiz on the bundled article', () => {
  it('makes items of every kind', () => {
    const kinds = new Set(quiz.items.map((i) => i.kind));
    for (const kind of ITEM_KINDS) expect(kinds, kind).toContain(kind);
    expect(quiz.generator).toBe(GENERATOR);
    expect(quiz.items.every((i) => i.generator === GENERATOR && i.articleId === 'hanoi-summit')).toBe(true);
  });

  it('maps every sentence to one node, and links evidence to the claim it supports', () => {
    expect(quiz.argumentMap.nodes.map((n) => n.sentence)).toEqual(quiz.sentences.map((s) => s.id));
    for (const node of quiz.argumentMap.nodes) {
      expect(node.confidence).toBeGreaterThanOrEqual(0);
      expect(node.confidence).toBeLessThanOrEqual(1);
      if (node.supports)
        expect(quiz.argumentMap.nodes.find((n) => n.sentence === node.supports)?.evidence).toContain(
          node.sentence,
        );
    }
    expect(quiz.argumentMap.nodes.filter((n) => n.role === 'concession').length).toBeGreaterThan(0);
    expect(quiz.argumentMap.nodes.filter((n) => n.role === 'recommendation').length).toBeGreaterThan(0);
  });

  it('returns the same sentences as splitSentences, with exact offsets', () => {
    expect(quiz.sentences).toEqual(splitSentences(hanoi.text));
    for (const s of quiz.sentences) expect(hanoi.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('generates exactly the same items with the same IDs every time', () => {
    expect(generateQuiz(input)).toEqual(quiz);
  });

  it('keeps the items of unedited sentences when one sentence is edited', () => {
    const edited = hanoi.text.replace('110 aircraft', '120 aircraft');
    const after = generateQuiz({ ...input, text: edited });
    // An item is touched when it cites the edited sentence or shows its number (as an option, a swapped fact...).
    const touched = (item: QuizItem) => {
      const shown = JSON.stringify([
        item.prompt,
        item.answer,
        item.options,
        item.pairs,
        item.sequence,
        item.explanation,
      ]);
      return item.sourceSentenceIds.includes('s4') || /\b1[12]0\b/.test(shown);
    };
    const before = new Set(quiz.items.filter((i) => !touched(i)).map((i) => i.id));
    const kept = after.items.filter((i) => !touched(i)).map((i) => i.id);
    expect(new Set(kept)).toEqual(before);
  });

  it('keeps generateSimpleItems as a delegate of generateQuiz', () => {
    const simple = generateSimpleItems('hanoi-summit', hanoi.text);
    const direct = generateQuiz({ articleId: 'hanoi-summit', text: hanoi.text });
    expect(simple).toEqual({ sentences: direct.sentences, items: direct.items });
  });
});

describe.each(FIXTURE_SLUGS.map((slug, i) => [slug, all[i]!] as const))('quality gates on %s', (_slug, q) => {
  it('passes every gate: answer in its source, sound options, clean blanks, question prompts', () => {
    for (const item of q.items) expect(qualityProblem(item, q.sentences), item.id).toBeUndefined();
  });

  it('has no duplicate or near-duplicate items', () => {
    expect(new Set(q.items.map((i) => i.id)).size).toBe(q.items.length);
    const keys = q.items.map((i) => `${i.kind}|${normalize(i.prompt)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never lists the answer among its distractors, and keeps distractors of the answer type', () => {
    for (const item of q.items.filter((i) => i.options)) {
      const distractors = (item.options ?? []).filter((o) => o !== item.answer);
      expect(distractors.map(normalize)).not.toContain(normalize(item.answer));
      if (item.kind === 'multiple-choice') {
        const sameType = (text: string) => /\d/.test(text) === /\d/.test(item.answer);
        expect(distractors.every(sameType), item.id).toBe(true);
      }
    }
  });

  it('blanks whole words and never leaves "a" or "an" before a blank', () => {
    for (const item of q.items.filter((i) => i.prompt.includes(CLOZE_BLANK))) {
      expect(item.prompt).not.toMatch(/\b(?:a|an)\s+_____/i);
      expect(item.prompt).not.toMatch(/[\p{L}\p{N}]_____|_____[\p{L}\p{N}]/u);
    }
  });
});

describe('qualityProblem', () => {
  const base = quiz.items.find((i) => i.kind === 'multiple-choice') as QuizItem;

  it('flags an answer that is not in its source sentence', () => {
    expect(
      qualityProblem({ ...base, answer: 'Canberra', options: ['Canberra', 'x', 'y'] }, quiz.sentences),
    ).toMatch(/source/);
  });

  it('flags options that repeat the answer', () => {
    expect(qualityProblem({ ...base, options: [base.answer, base.answer, 'z'] }, quiz.sentences)).toMatch(
      /options/,
    );
  });

  it('flags a blank that cuts a word or follows "a"', () => {
    const cloze = quiz.items.find((i) => i.kind === 'cloze') as QuizItem;
    expect(qualityProblem({ ...cloze, prompt: `a ${CLOZE_BLANK} x` }, quiz.sentences)).toMatch(/blank/);
    expect(qualityProblem({ ...cloze, prompt: `x${CLOZE_BLANK}` }, quiz.sentences)).toMatch(/blank/);
  });

  it('flags a prompt that is not a question', () => {
    const role = quiz.items.find((i) => i.kind === 'role') as QuizItem;
    expect(qualityProblem({ ...role, prompt: 'A statement.' }, quiz.sentences)).toMatch(/question/);
  });
});
