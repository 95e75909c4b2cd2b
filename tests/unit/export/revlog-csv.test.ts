import { convertCsvToFsrsItems } from '@open-spaced-repetition/binding';
import { describe, expect, it } from 'vitest';
import { buildRevlogCsv, REVLOG_CSV_HEADER, stableCardId } from '../../../main/export';
import { collection, HISTORIES } from './fixtures';

/** The optimizer's own reader: day boundaries at 04:00 in UTC. */
function optimizerItems(csv: string) {
  return convertCsvToFsrsItems(new TextEncoder().encode(csv), 4, 'UTC', () => 0).map((item) =>
    item.reviews.map((review) => [review.rating, review.deltaT]),
  );
}

describe('review log CSV for the FSRS optimizer', () => {
  it('is read by the optimizer binding into one item per review after the first, with ratings and day gaps', () => {
    const { reviews } = collection();
    const items = optimizerItems(buildRevlogCsv(reviews));
    // cz-1 on days -60, -57, -40, -10 (all Good): gaps 3, 17, 30 → three items, the longest:
    expect(items).toContainEqual([
      [3, 0],
      [3, 3],
      [3, 17],
      [3, 30],
    ]);
    expect(items).toContainEqual([
      [3, 0],
      [3, 3],
    ]);
    // mc-1: Good, Good, then Again 37 days later
    expect(items).toContainEqual([
      [3, 0],
      [3, 3],
      [1, 37],
    ]);
    // od-1: Good, then Hard two days later; cz-2: Good, then Easy two days later
    expect(items).toContainEqual([
      [3, 0],
      [2, 2],
    ]);
    expect(items).toContainEqual([
      [3, 0],
      [4, 2],
    ]);
    // mt-1 has a single review: nothing to learn from. 3 + 2 + 1 + 1 items in all.
    expect(items).toHaveLength(7);
  });

  it('writes integer cells: one stable card ID per card, UTC milliseconds, rating, state before, duration', () => {
    const { reviews } = collection();
    const csv = buildRevlogCsv(reviews);
    const [header, ...lines] = csv.trimEnd().split('\n');
    expect(header).toBe(REVLOG_CSV_HEADER);
    expect(lines).toHaveLength(reviews.length);
    const rows = lines.map((line) => line.split(',').map(Number));
    for (const row of rows) {
      expect(row).toHaveLength(5);
      for (const cell of row) expect(Number.isSafeInteger(cell)).toBe(true);
    }
    const cz1 = reviews.filter((r) => r.itemId === 'cz-1');
    const cz1Rows = rows.filter((row) => row[0] === stableCardId('cz-1', 'hanoi'));
    expect(cz1Rows.map((row) => row[1])).toEqual(cz1.map((r) => Date.parse(r.review)));
    expect(cz1Rows.map((row) => row[2])).toEqual(HISTORIES['cz-1']!.map(([, grade]) => grade));
    // new, learning... the state before each review: 0 first, then review (2) once graduated
    expect(cz1Rows.map((row) => row[3])).toEqual(cz1.map((r) => r.state));
    expect(cz1Rows[0]![3]).toBe(0);
    expect(cz1Rows.map((row) => row[4])).toEqual(cz1.map((r) => r.durationMs));
    expect(new Set(rows.map((row) => row[0])).size).toBe(5);
    // time order
    expect(rows.map((row) => row[1])).toEqual([...rows.map((row) => row[1]!)].sort((a, b) => a - b));
  });

  it('gives a card the same number in every export and different cards different numbers', () => {
    expect(stableCardId('cz-1', 'hanoi')).toBe(stableCardId('cz-1', 'hanoi'));
    expect(stableCardId('cz-1', 'hanoi')).not.toBe(stableCardId('cz-1', 'other'));
    expect(stableCardId('cz-1', 'hanoi')).toBeLessThan(2 ** 52);
    expect(buildRevlogCsv(collection().reviews)).toBe(buildRevlogCsv(collection().reviews));
  });

  it('refuses card IDs that collide or are not whole numbers', () => {
    const { reviews } = collection();
    expect(() => buildRevlogCsv(reviews, () => 7)).toThrow(/same numeric ID 7/);
    expect(() => buildRevlogCsv(reviews, () => 1.5)).toThrow(/not a whole number/);
  });

  it('writes only the header for an empty log', () => {
    expect(buildRevlogCsv([])).toBe(`${REVLOG_CSV_HEADER}\n`);
    expect(optimizerItems(buildRevlogCsv([]))).toEqual([]);
  });
});
