/**
 * Every card as one spreadsheet row: the question and answer as the learner sees them, where it comes from,
 * and its FSRS memory state. csv-stringify does the quoting (commas, quotes, newlines); text cells that a
 * spreadsheet would run as a formula are neutralised first.
 */
import { stringify } from 'csv-stringify/sync';
import type { ArticleBundle } from '../store/store';
import { answerText, questionText, sourceText, STATE_NAMES } from './item-text';
import { retrievabilityAt } from './retrievability';

export const CARDS_CSV_COLUMNS = [
  'id',
  'question',
  'answer',
  'kind',
  'article',
  'source sentence',
  'due',
  'stability',
  'difficulty',
  'retrievability',
  'reps',
  'lapses',
  'state',
  'suspended',
] as const;

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's list, with the
 * full-width forms some of them also accept).
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A text cell that cannot run as a formula: a leading trigger character is preceded by an apostrophe. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function round(value: number, digits = 4): string {
  return String(Number(value.toFixed(digits)));
}

/** The CSV (UTF-8 with a byte-order mark so that Excel reads it as UTF-8, CRLF line ends per RFC 4180). */
export function buildCardsCsv(articles: readonly ArticleBundle[], now: Date): string {
  const rows: string[][] = [];
  for (const { article, items, cards } of articles) {
    for (const item of items) {
      const card = cards[item.id];
      if (!card) continue;
      const recall = retrievabilityAt(card, now);
      const text = [
        item.id,
        questionText(item),
        answerText(item),
        item.kind,
        article.title,
        sourceText(article, item),
      ];
      rows.push([
        ...text.map(neutraliseFormula),
        card.due,
        round(card.stability),
        round(card.difficulty),
        recall === undefined ? '' : round(recall),
        String(card.reps),
        String(card.lapses),
        STATE_NAMES[card.state],
        card.suspended ? 'yes' : 'no',
      ]);
    }
  }
  return stringify(rows, {
    header: true,
    columns: [...CARDS_CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$/,
  });
}
