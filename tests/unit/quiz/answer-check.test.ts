import { describe, expect, it } from 'vitest';
import { CLOZE_BLANK, checkAnswer } from '../../../main/quiz';
import type { QuizItem } from '../../../main/quiz';
import { damerauLevenshtein } from '../../../main/quiz/answer-check';

function cloze(answer: string): QuizItem {
  return {
    id: 'cz-test',
    articleId: 'a',
    kind: 'cloze',
    prompt: `Something ${CLOZE_BLANK} happened.`,
    answer,
    sources: [{ start: 0, end: 10 }],
    sourceSentenceIds: ['s0'],
    generator: 'simple@1',
  };
}

const choice: QuizItem = {
  ...cloze('Stephen Biegun'),
  id: 'mc-test',
  kind: 'multiple-choice',
  options: ['Mike Pompeo', 'Stephen Biegun', 'John Bolton', 'Donald Trump'],
};

const accepts = (answer: string, response: string) => checkAnswer(cloze(answer), response).correct;

describe('checkAnswer for multiple choice', () => {
  it('accepts exactly the right option', () => {
    expect(checkAnswer(choice, 'Stephen Biegun')).toEqual({ correct: true, expected: 'Stephen Biegun' });
  });

  it('rejects any other option', () => {
    expect(checkAnswer(choice, 'John Bolton')).toEqual({ correct: false, expected: 'Stephen Biegun' });
    expect(checkAnswer(choice, '')).toEqual({ correct: false, expected: 'Stephen Biegun' });
  });
});

describe('checkAnswer for a typed cloze answer', () => {
  it('returns the model answer as the expected text', () => {
    expect(checkAnswer(cloze('personal chemistry'), 'wrong')).toEqual({
      correct: false,
      expected: 'personal chemistry',
    });
  });

  it('ignores case, surrounding punctuation and extra whitespace', () => {
    expect(accepts('personal chemistry', '  Personal   CHEMISTRY! ')).toBe(true);
    expect(accepts('Boeing', '"boeing".')).toBe(true);
  });

  it('ignores a leading "the", "a" or "an" on either side', () => {
    expect(accepts('Korean Peninsula', 'the Korean Peninsula')).toBe(true);
    expect(accepts('staged dismantlement', 'a staged dismantlement')).toBe(true);
    expect(accepts('interim agreement', 'An interim agreement')).toBe(true);
  });

  it('ignores diacritics, inner punctuation and curly versus straight quotes', () => {
    expect(accepts('Nguyen Phu Trong', 'Nguyễn Phú Trọng')).toBe(true);
    expect(accepts('Kim Jong Un', 'Kim Jong-Un')).toBe(true);
    expect(accepts('US', 'U.S.')).toBe(true);
    expect(accepts('“stable genius”', '"stable genius"')).toBe(true);
    expect(accepts('Kim’s', "Kim's")).toBe(true);
  });

  it('allows one typo from five characters and two from ten', () => {
    expect(accepts('Boeing', 'Boing')).toBe(true);
    expect(accepts('Pyongyang', 'Pyongayng')).toBe(true);
    expect(accepts('denuclearisation', 'denuclearization')).toBe(true);
    expect(accepts('personal chemistry', 'persnal chemestry')).toBe(true);
  });

  it('does not stretch the typo allowance beyond that', () => {
    expect(accepts('Boeing', 'Bowing!!x')).toBe(false);
    expect(accepts('Hanoi', 'Hnaio')).toBe(false);
    expect(accepts('denuclearisation', 'denuclearizashun')).toBe(false);
    expect(accepts('Kim', 'Kin')).toBe(false);
  });

  it('compares numbers exactly, as numbers', () => {
    expect(accepts('110', '110')).toBe(true);
    expect(accepts('110', '100')).toBe(false);
    expect(accepts('110', '1100')).toBe(false);
    expect(accepts('2018', '2019')).toBe(false);
    expect(accepts('1,000', '1000')).toBe(true);
    expect(accepts('two', '2')).toBe(true);
    expect(accepts('June 2018', 'june 2018')).toBe(true);
    expect(accepts('June 2018', 'June 2016')).toBe(false);
  });

  it('accepts a money amount written with or without its currency code', () => {
    expect(accepts('$US15.7 billion', '$US15.7 billion')).toBe(true);
    expect(accepts('$US15.7 billion', 'US$15.7 billion')).toBe(true);
    expect(accepts('$US15.7 billion', '$15.7 billion')).toBe(true);
    expect(accepts('$US15.7 billion', '$US157 billion')).toBe(false);
    expect(accepts('$US15.7 billion', '$US15.8 billion')).toBe(false);
  });

  it('accepts a date range with any dash', () => {
    expect(accepts('27-28 February', '27–28 February')).toBe(true);
    expect(accepts('27-28 February', '26-28 February')).toBe(false);
  });

  it('rejects clearly wrong and empty answers', () => {
    expect(accepts('Boeing', 'Airbus')).toBe(false);
    expect(accepts('personal chemistry', 'political will')).toBe(false);
    expect(accepts('Singapore', '')).toBe(false);
    expect(accepts('Singapore', '   ')).toBe(false);
    expect(accepts('sanctions relief', 'the')).toBe(false);
  });
});

describe('damerauLevenshtein', () => {
  it('counts a swap of neighbouring characters as one edit', () => {
    expect(damerauLevenshtein('abcd', 'abdc')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('same', 'same')).toBe(0);
  });
});
