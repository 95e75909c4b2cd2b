import { describe, expect, it } from 'vitest';
import { checkAnswer, type QuizItem } from '../../../main/quiz';

const base: QuizItem = {
  id: 'x',
  articleId: 'a',
  kind: 'matching',
  prompt: 'Who is who?',
  answer: 'A → envoy; B → secretary',
  sources: [],
  sourceSentenceIds: [],
  generator: 'argument@1',
};

describe('checkAnswer for the argument kinds', () => {
  it('accepts a matching response that puts the right-hand sides in the order of the pairs', () => {
    const item = {
      ...base,
      pairs: [
        { left: 'A', right: 'envoy' },
        { left: 'B', right: 'secretary' },
      ],
    };
    expect(checkAnswer(item, JSON.stringify(['envoy', 'secretary'])).correct).toBe(true);
    expect(checkAnswer(item, JSON.stringify(['secretary', 'envoy'])).correct).toBe(false);
    expect(checkAnswer(item, 'not json').correct).toBe(false);
  });

  it('accepts an ordering response only in the article order', () => {
    const item: QuizItem = { ...base, kind: 'ordering', answer: '1. x 2. y', sequence: ['x', 'y'] };
    expect(checkAnswer(item, '["x","y"]').correct).toBe(true);
    expect(checkAnswer(item, '["y","x"]')).toEqual({ correct: false, expected: '1. x 2. y' });
  });

  it('leaves open recall to the learner, returning the model answer', () => {
    const item: QuizItem = { ...base, kind: 'open-recall', answer: 'Because.', selfGraded: true };
    expect(checkAnswer(item, 'Because.')).toEqual({ correct: false, expected: 'Because.' });
  });

  it('checks true/false and role items by the chosen option', () => {
    const tf: QuizItem = { ...base, kind: 'true-false', answer: 'False', options: ['True', 'False'] };
    expect(checkAnswer(tf, 'False').correct).toBe(true);
    expect(checkAnswer(tf, 'True').correct).toBe(false);
  });
});
