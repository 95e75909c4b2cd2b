import { parse } from 'csv-parse/sync';
import { forgetting_curve, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { buildCardsCsv, CARDS_CSV_COLUMNS, neutraliseFormula } from '../../../main/export';
import type { ArticleBundle, QuizItemRecord } from '../../../main/store';
import { collection, daysBefore, NOW } from './fixtures';

type Row = Record<(typeof CARDS_CSV_COLUMNS)[number], string>;

/** Read back with csv-parse, a different library from the writer's csv-stringify. */
function rows(csv: string): Row[] {
  return parse(csv, { bom: true, columns: true, relax_column_count: false }) as Row[];
}

function withItem(fields: Partial<QuizItemRecord>): ArticleBundle[] {
  const { articles } = collection();
  const hanoi = articles[0]!;
  const item = { ...hanoi.items[0]!, ...fields, id: fields.id ?? 'x-1' };
  return [{ ...hanoi, items: [item], cards: { [item.id]: hanoi.cards['cz-1']! } }];
}

describe('cards CSV', () => {
  it('has one row per card with the named columns, read back whole by another CSV parser', () => {
    const { articles } = collection();
    const csv = buildCardsCsv(articles, NOW);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = rows(csv);
    expect(Object.keys(parsed[0]!)).toEqual([...CARDS_CSV_COLUMNS]);
    expect(parsed).toHaveLength(7);
    const cz = parsed.find((row) => row.id === 'cz-1')!;
    expect(cz).toMatchObject({
      kind: 'cloze',
      article: 'The Hanoi Summit: Personal Chemistry Fizzles',
      answer: 'Personal chemistry',
      'source sentence': 'Personal chemistry is no substitute for "strategy", the author argues.',
      state: 'review',
      reps: '4',
      lapses: '0',
      suspended: 'no',
    });
    const card = articles[0]!.cards['cz-1']!;
    expect(cz.due).toBe(card.due);
    expect(Number(cz.stability)).toBeCloseTo(card.stability, 3);
    expect(Number(cz.difficulty)).toBeCloseTo(card.difficulty, 3);
  });

  it('keeps commas, double quotes and line breaks inside cells', () => {
    const parsed = rows(buildCardsCsv(collection().articles, NOW));
    const mc = parsed.find((row) => row.id === 'mc-1')!;
    expect(mc.question).toBe(
      'What was the Boeing deal worth, "in total"?\na) $US1.5 billion\nb) $US15.7 billion\nc) 110 aircraft, roughly\nd) =1+1',
    );
    expect(mc.state).toBe('relearning');
    const matching = parsed.find((row) => row.id === 'mt-1')!;
    expect(matching.answer).toBe('Boeing → sold aircraft\nDiplomats → prepare');
    expect(matching.state).toBe('learning');
    const ordering = parsed.find((row) => row.id === 'od-1')!;
    expect(ordering.answer).toBe(
      '1. The summit broke down\n2. Chemistry is no strategy\n3. Prepare fall-backs',
    );
    expect(ordering.suspended).toBe('yes');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const prompt = `${start}HYPERLINK("http://evil.example","click")`;
      const [row] = rows(buildCardsCsv(withItem({ prompt, answer: `${start}2+3`, kind: 'cloze' }), NOW));
      expect(row!.question).toBe(`'${prompt}`);
      expect(row!.answer).toBe(`'${start}2+3`);
    }
    expect(neutraliseFormula('Plain text = fine')).toBe('Plain text = fine');
    expect(neutraliseFormula('＝1+1')).toBe("'＝1+1");
    const [row] = rows(buildCardsCsv(withItem({ id: '=cmd|x', prompt: 'ok' }), NOW));
    expect(row!.id).toBe("'=cmd|x");
  });

  it("gives ts-fsrs's retrievability now: 90% once as many days have passed as the stability", () => {
    const [bundle] = withItem({});
    const stability = 12;
    const card = {
      ...bundle!.cards['x-1']!,
      stability,
      state: 2 as const,
      last_review: daysBefore(stability).toISOString(),
    };
    const [row] = rows(buildCardsCsv([{ ...bundle!, cards: { 'x-1': card } }], NOW));
    expect(Number(row!.retrievability)).toBeCloseTo(0.9, 4);
    // and after 30 days, by the FSRS forgetting curve with the default parameters
    const later = rows(
      buildCardsCsv(
        [{ ...bundle!, cards: { 'x-1': { ...card, last_review: daysBefore(30).toISOString() } } }],
        NOW,
      ),
    )[0]!;
    expect(Number(later.retrievability)).toBeCloseTo(
      forgetting_curve(generatorParameters().w, 30, stability),
      4,
    );
  });

  it('leaves retrievability empty for a card never studied', () => {
    const tf = rows(buildCardsCsv(collection().articles, NOW)).find((row) => row.id === 'tf-1')!;
    expect(tf.state).toBe('new');
    expect(tf.retrievability).toBe('');
  });
});
