import { describe, expect, it } from 'vitest';
import { generateQuiz, normalizeForCoverage, type Quiz, type QuizItem } from './coverage';
import { FIXTURE_SLUGS, loadFixture } from './fixtures';

/** Whether some item asks about the sentence that holds the claim. */
function claimCovered(quiz: Quiz, claim: string): boolean {
  const sentence = quiz.sentences.find((s) => s.text.includes(claim));
  return !!sentence && quiz.items.some((item) => item.sourceSentenceIds.includes(sentence.id));
}

/** Whether some item has the fact as (part of) its answer, a matching pair or an ordering element. */
function factCovered(items: QuizItem[], fact: string): boolean {
  const want = normalizeForCoverage(fact);
  return items.some((item) => {
    const answers = [
      item.answer,
      ...(item.pairs ?? []).flatMap((p) => [p.left, p.right]),
      ...(item.sequence ?? []),
    ];
    return item.kind !== 'open-recall' && answers.some((a) => normalizeForCoverage(a).includes(want));
  });
}

describe.each(FIXTURE_SLUGS)('the argument generator on %s', (slug) => {
  const fixture = loadFixture(slug);
  const quiz = generateQuiz({
    articleId: slug,
    text: fixture.text,
    title: fixture.title,
    standfirst: fixture.standfirst,
  });
  const { thesis, keyClaims, keyFacts, people } = fixture.expectations;

  it('locates the thesis', () => {
    const found = quiz.argumentMap.thesis.map((id) => quiz.sentences[Number(id.slice(1))]?.text ?? '');
    expect(found.some((text) => thesis.some((t) => text.includes(t)))).toBe(true);
  });

  it('asks about at least 80% of the key claims', () => {
    const missed = keyClaims.filter((c) => !claimCovered(quiz, c));
    expect(missed.length / keyClaims.length, `missed: ${missed.join(' | ')}`).toBeLessThanOrEqual(0.2);
  });

  it('asks about at least 70% of the key facts', () => {
    const missed = keyFacts.filter((f) => !factCovered(quiz.items, f.text));
    expect(
      missed.length / keyFacts.length,
      `missed: ${missed.map((f) => f.text).join(' | ')}`,
    ).toBeLessThanOrEqual(0.3);
  });

  it.runIf(people.length > 0)('matches most people to the role the article gives them', () => {
    const pairs = quiz.items.flatMap((i) => (i.kind === 'matching' ? (i.pairs ?? []) : []));
    const matched = people.filter((p) =>
      pairs.some((pair) => pair.left === p.name && pair.right.includes(p.role)),
    );
    expect(matched.length / people.length).toBeGreaterThanOrEqual(0.6);
  });
});
