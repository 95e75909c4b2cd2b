import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  interleaveByKind,
  newCard,
  type QueueCard,
  type QueueLimits,
} from '../../../main/scheduler';

const now = new Date('2026-03-02T12:00:00.000Z');
const dayEnd = new Date('2026-03-03T04:00:00.000Z');

function card(itemId: string, state: 0 | 1 | 2 | 3, due: string, extra: Partial<QueueCard> = {}): QueueCard {
  return { itemId, card: { ...newCard(new Date(due)), state, suspended: false }, kind: 'cloze', ...extra };
}

const limits = (overrides: Partial<QueueLimits> = {}): QueueLimits => ({
  newCardsPerDay: 20,
  reviewsPerDay: 200,
  newSeenToday: 0,
  reviewsDoneToday: 0,
  dayEnd,
  seenSiblingsToday: new Set(),
  seenItemsToday: new Set(),
  ...overrides,
});

describe('the day queue', () => {
  it('puts learning cards due now first, then reviews due today, then new cards up to the daily limit', () => {
    const cards = [
      card('new-1', 0, '2026-03-01T00:00:00.000Z'),
      card('review-tonight', 2, '2026-03-02T22:00:00.000Z'),
      card('learning', 1, '2026-03-02T11:59:00.000Z'),
      card('review-early', 2, '2026-03-01T11:00:00.000Z'),
      card('new-2', 0, '2026-03-01T00:00:00.000Z'),
      card('new-3', 0, '2026-03-01T00:00:00.000Z'),
      card('review-tomorrow', 2, '2026-03-03T05:00:00.000Z'),
    ];
    const queue = buildQueue(cards, now, limits({ newCardsPerDay: 3, newSeenToday: 1 }));
    expect(queue.itemIds).toEqual(['learning', 'review-early', 'review-tonight', 'new-1', 'new-2']);
    expect(queue.counts).toEqual({ new: 2, learning: 1, review: 2 });
  });

  it('stops reviews at the daily review limit', () => {
    const cards = ['a', 'b', 'c'].map((id) => card(id, 2, '2026-03-01T00:00:00.000Z'));
    expect(buildQueue(cards, now, limits({ reviewsPerDay: 5, reviewsDoneToday: 3 })).itemIds).toEqual([
      'a',
      'b',
    ]);
  });

  it('leaves out suspended and buried cards, and says when the next learning card is due', () => {
    const cards = [
      card('suspended', 2, '2026-03-01T00:00:00.000Z', {}),
      card('buried', 2, '2026-03-01T00:00:00.000Z'),
      card('later', 1, '2026-03-02T12:10:00.000Z'),
    ];
    cards[0]!.card.suspended = true;
    cards[1]!.card.buriedUntil = dayEnd.toISOString();
    const queue = buildQueue(cards, now, limits());
    expect(queue.itemIds).toEqual([]);
    expect(queue.nextDue).toBe('2026-03-02T12:10:00.000Z');
  });

  it('buries the siblings of an item seen today, but not the item itself', () => {
    const cards = [
      card('seen', 1, '2026-03-02T11:00:00.000Z', { siblings: ['sentence:s1'] }),
      card('sibling', 0, '2026-03-01T00:00:00.000Z', { siblings: ['sentence:s1'] }),
      card('other', 0, '2026-03-01T00:00:00.000Z', { siblings: ['sentence:s2'] }),
    ];
    const queue = buildQueue(
      cards,
      now,
      limits({ seenSiblingsToday: new Set(['sentence:s1']), seenItemsToday: new Set(['seen']) }),
    );
    expect(queue.itemIds).toEqual(['seen', 'other']);
  });

  it('shows only one new card of a sibling group in a day', () => {
    const cards = [
      card('a', 0, '2026-03-01T00:00:00.000Z', { siblings: ['node:claim-1'] }),
      card('b', 0, '2026-03-01T00:00:00.000Z', { siblings: ['node:claim-1', 'sentence:s4'] }),
      card('c', 0, '2026-03-01T00:00:00.000Z', { siblings: ['sentence:s4'] }),
    ];
    expect(buildQueue(cards, now, limits()).itemIds).toEqual(['a', 'c']);
  });

  it('interleaves kinds while keeping the order within each kind', () => {
    const cards = [
      card('c1', 0, T('00'), { kind: 'cloze' }),
      card('c2', 0, T('01'), { kind: 'cloze' }),
      card('c3', 0, T('02'), { kind: 'cloze' }),
      card('m1', 0, T('03'), { kind: 'multiple-choice' }),
      card('t1', 0, T('04'), { kind: 'true-false' }),
      card('m2', 0, T('05'), { kind: 'multiple-choice' }),
    ];
    expect(interleaveByKind(cards).map((c) => c.itemId)).toEqual(['c1', 'm1', 't1', 'c2', 'm2', 'c3']);
  });
});

function T(minute: string): string {
  return `2026-03-01T00:${minute}:00.000Z`;
}
