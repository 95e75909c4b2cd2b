import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildReport, computeReport } from '../../../main/export';
import { retrievabilityAt } from '../../../main/export/retrievability';
import { collection, DAY_MS, NOW } from './fixtures';

/** Parsed by jsdom (which runs no script unless told to): the report is read, not executed. */
function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('progress report', () => {
  it('has the four sections and no script, no external resource', () => {
    const { html, fileName } = buildReport(collection(), { now: NOW, articleId: 'hanoi' });
    expect(fileName).toBe('argument-study-report-hanoi-2026-03-02.html');
    const doc = parse(html);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Mastery per argument node',
      'Retention',
      'Reviews per week',
      'The weakest items',
    ]);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('[src], link, [href]')).toHaveLength(0);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
    expect(text(doc.querySelector('h1'))).toBe('The Hanoi Summit: Personal Chemistry Fizzles');
  });

  it('shows mastery per argument node as the mean retrievability of its items, unstudied ones counting 0', () => {
    const source = collection();
    const doc = parse(buildReport(source, { now: NOW, articleId: 'hanoi' }).html);
    const rows = [...doc.querySelectorAll('#mastery tbody tr')];
    // nodes in document order, then the items without a node (tf-1) grouped by kind
    expect(rows.map((row) => row.getAttribute('data-node'))).toEqual([
      'n-s0',
      'n-s1',
      'n-s2',
      'n-s3',
      'kind:true-false',
    ]);
    const cards = source.articles[0]!.cards;
    const r = (id: string) => retrievabilityAt(cards[id]!, NOW)!;
    // n-s1 holds cz-1 and mt-1, both studied
    const s1 = rows[1]!;
    expect(text(s1.querySelector('td'))).toBe(
      'Personal chemistry is no substitute for "strategy", the author argues.',
    );
    expect(text(s1.querySelectorAll('td')[1])).toBe('2 / 2');
    expect(text(s1.querySelector('.mastery'))).toBe(`${Math.round(((r('cz-1') + r('mt-1')) / 2) * 100)}%`);
    // n-s3 holds rc-1 only, never studied
    expect(text(rows[3]!.querySelectorAll('td')[1])).toBe('0 / 1');
    expect(text(rows[3]!.querySelector('.mastery'))).toBe('0%');
  });

  it('gives retention as the share of reviews in the last 30 days that were recalled', () => {
    const source = collection();
    const since = NOW.getTime() - 30 * DAY_MS;
    const recent = source.reviews.filter((r) => r.articleId === 'hanoi' && Date.parse(r.review) >= since);
    // od-1 Good and Hard (18-20 days ago), mc-1 Again (5 days), mt-1 Again (today), cz-1 Good (10 days)
    expect(recent).toHaveLength(5);
    const doc = parse(buildReport(source, { now: NOW, articleId: 'hanoi' }).html);
    expect(text(doc.querySelector('#retention-share'))).toBe('60%');
    expect(text(doc.querySelector('#retention-recalled'))).toBe('3');
    expect(text(doc.querySelector('#retention p'))).toContain('of 5 reviews in the last 30 days');
  });

  it('charts the reviews of each of the last 12 weeks as bars', () => {
    const source = collection();
    const data = computeReport(source, { now: NOW });
    const doc = parse(buildReport(source, { now: NOW }).html);
    const bars = [...doc.querySelectorAll('#reviews-per-week svg g[data-week]')];
    expect(bars).toHaveLength(12);
    // 2026-03-02 is a Monday: the last bar is this week, the first 11 weeks before
    expect(bars.at(-1)!.getAttribute('data-week')).toBe('2026-03-02');
    expect(bars[0]!.getAttribute('data-week')).toBe('2025-12-15');
    const counts = bars.map((bar) => Number(bar.querySelector('text')!.textContent));
    expect(counts).toEqual(data.weeks.map((w) => w.reviews));
    // the oldest review, 60 days ago, is inside the 12 weeks (77 days back to 2025-12-15): all 12 are charted
    expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
    expect(source.reviews).toHaveLength(12);
    const heights = bars.map((bar) => Number(bar.querySelector('rect')!.getAttribute('height')));
    expect(heights[counts.indexOf(Math.max(...counts))]).toBe(Math.max(...heights));
  });

  it('lists the weakest studied items, lowest recall first, at most ten', () => {
    const source = collection();
    const doc = parse(buildReport(source, { now: NOW }).html);
    const rows = [...doc.querySelectorAll('#weakest tbody tr')];
    // studied: cz-1, mc-1, mt-1, od-1 and the other article's cz-2
    expect(rows).toHaveLength(5);
    const recall = rows.map((row) => Number(text(row.querySelector('.recall'))!.replace('%', '')));
    expect(recall).toEqual([...recall].sort((a, b) => a - b));
    expect(rows.map((row) => row.getAttribute('data-item'))).not.toContain('tf-1');
  });

  it('escapes a hostile title and item text instead of running them', () => {
    const source = collection();
    const hanoi = source.articles[0]!;
    const title = '<script>alert("title")</script><img src=x onerror=alert(1)>';
    hanoi.article = { ...hanoi.article, title };
    hanoi.items = hanoi.items.map((item) =>
      item.id === 'mc-1' ? { ...item, prompt: '</td><script>alert(2)</script>' } : item,
    );
    const doc = parse(buildReport(source, { now: NOW, articleId: 'hanoi' }).html);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('h1')!.textContent).toBe(title);
    expect(doc.title).toBe(`Progress report: ${title}`);
    expect(text(doc.querySelector('#weakest tr[data-item="mc-1"] td'))).toBe(
      '</td><script>alert(2)</script>',
    );
  });

  it('reports on all articles, or refuses an unknown one', () => {
    const doc = parse(buildReport(collection(), { now: NOW }).html);
    expect(text(doc.querySelector('h1'))).toBe('All articles');
    expect(text(doc.querySelector('#totals'))).toBe('5 of 7 items studied, 12 reviews in all, 1 suspended.');
    expect(() => buildReport(collection(), { now: NOW, articleId: 'nope' })).toThrow(
      /No article with ID "nope"/,
    );
  });
});
