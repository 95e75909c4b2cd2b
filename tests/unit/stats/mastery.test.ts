import { forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMETERS,
  masteryByArticle,
  masteryByNode,
  masteryByRole,
  sentenceRetrievability,
  type MasteryItem,
  type StatsCard,
} from '../../../main/stats';

const NOW = new Date('2026-02-01T12:00:00.000Z');
const DAY = 86_400_000;

/** A card last reviewed `daysAgo` days before NOW with the given stability. */
function reviewed(stability: number, daysAgo: number): StatsCard {
  const last = new Date(NOW.getTime() - daysAgo * DAY);
  return {
    due: new Date(last.getTime() + stability * DAY).toISOString(),
    stability,
    state: 2,
    scheduled_days: Math.round(stability),
    last_review: last.toISOString(),
    suspended: false,
  };
}
const fresh: StatsCard = {
  due: NOW.toISOString(),
  stability: 0,
  state: 0,
  scheduled_days: 0,
  suspended: false,
};

/*
 * A three-sentence article: s0 the thesis, s1 a claim, s2 its evidence. FSRS's curve passes through 90% when
 * the time elapsed equals the stability, and 100% right after a review.
 */
const nodes = [
  { id: 'n-s0', role: 'thesis' },
  { id: 'n-s1', role: 'claim' },
  { id: 'n-s2', role: 'evidence' },
];
const item = (id: string, kind: string, sources: string[], argumentNode?: string): MasteryItem => ({
  id,
  articleId: 'hm',
  kind,
  sourceSentenceIds: sources,
  ...(argumentNode ? { argumentNode } : {}),
});
const items: MasteryItem[] = [
  item('thesis-q', 'central-argument', ['s0'], 'n-s0'), // 10 days at stability 10: 90%
  item('thesis-cloze', 'cloze', ['s0'], 'n-s0'), // reviewed just now: 100%
  item('evidence-q', 'evidence', ['s1', 's2'], 'n-s2'), // never reviewed
  item('term-cloze', 'cloze', ['s1']), // 9 days at stability 3: R9 below
  item('name-mc', 'multiple-choice', ['s2']), // no card yet
];
const cards: Record<string, StatsCard> = {
  'thesis-q': reviewed(10, 10),
  'thesis-cloze': reviewed(5, 0),
  'evidence-q': fresh,
  'term-cloze': reviewed(3, 9),
};
const R9 = forgetting_curve(DEFAULT_PARAMETERS[20]!, 9, 3);

describe('mastery', () => {
  it('averages the retrievability of each argument node, then of each kind outside the map', () => {
    const groups = masteryByNode(items, cards, NOW, { nodes });
    expect(groups.map((g) => [g.key, g.role ?? g.kind, g.items, g.reviewed])).toEqual([
      ['hm:node:n-s0', 'thesis', 2, 2],
      ['hm:node:n-s2', 'evidence', 1, 0],
      ['hm:kind:cloze', 'cloze', 1, 1],
      ['hm:kind:multiple-choice', 'multiple-choice', 1, 0],
    ]);
    expect(groups[0]!.averageRetrievability).toBeCloseTo(0.95, 6);
    expect(groups[0]!.mastery).toBeCloseTo(0.95, 6);
    // Nothing reviewed: no average (not 0%), and nothing mastered.
    expect(groups[1]).toMatchObject({ averageRetrievability: null, mastery: 0 });
    expect(groups[2]!.averageRetrievability).toBeCloseTo(R9, 7);
    expect(R9).toBeGreaterThan(0.7);
    expect(R9).toBeLessThan(0.9);
  });

  it('pools the nodes by role', () => {
    const roles = masteryByRole(items, cards, NOW, { nodes });
    expect(roles.map((r) => [r.role, r.items, r.reviewed])).toEqual([
      ['thesis', 2, 2],
      ['evidence', 1, 0],
    ]);
  });

  it('keeps the same node ID of two articles apart', () => {
    const other: MasteryItem = { ...items[0]!, id: 'other-q', articleId: 'other' };
    const groups = masteryByNode([other, ...items], { ...cards, 'other-q': reviewed(4, 0) }, NOW);
    const thesisNodes = groups.filter((g) => g.node === 'n-s0');
    expect(thesisNodes.map((g) => [g.articleId, g.items])).toEqual([
      ['hm', 2],
      ['other', 1],
    ]);
  });

  it('tints each sentence by the average retrievability of its reviewed items', () => {
    const overlay = sentenceRetrievability(items, cards, NOW);
    // s0: the two thesis items (90% and 100%). s1: the key-term cloze only (the evidence item is unreviewed).
    // s2: none of its items was reviewed, so it is left untinted.
    expect(Object.keys(overlay).sort()).toEqual(['s0', 's1']);
    expect(overlay.s0).toBeCloseTo(0.95, 6);
    expect(overlay.s1).toBeCloseTo(R9, 7);
  });

  it('gives per-article figures from item IDs and article IDs alone', () => {
    const byArticle = masteryByArticle(
      items.map(({ id, articleId }) => ({ id, articleId, kind: '', sourceSentenceIds: [] })),
      cards,
      NOW,
    );
    expect(byArticle).toHaveLength(1);
    expect(byArticle[0]).toMatchObject({ articleId: 'hm', items: 5, reviewed: 3 });
    expect(byArticle[0]!.averageRetrievability).toBeCloseTo((0.9 + 1 + R9) / 3, 6);
    expect(byArticle[0]!.mastery).toBeCloseTo((0.9 + 1 + R9) / 5, 6);
  });

  it('uses the decay of the parameters in force: 90% at one stability whatever it is', () => {
    const steeper = [...DEFAULT_PARAMETERS];
    steeper[20] = 0.5;
    const overlay = sentenceRetrievability(items, cards, NOW, { parameters: steeper });
    expect(overlay.s0).toBeCloseTo(0.95, 6);
    expect(overlay.s1).not.toBeCloseTo(R9, 3);
  });
});
