/**
 * A small collection built with the real scheduler: two articles, items of every shape the exports render
 * (cloze, multiple choice with commas and quotes, matching, ordering, true/false), cards in each FSRS
 * state and a review history at fixed dates.
 */
import { createScheduler, newCard, type Grade } from '../../../main/scheduler';
import {
  DEFAULT_SETTINGS,
  ENTRY_VERSION,
  type ArticleBundle,
  type QuizItemRecord,
  type ReviewEntry,
  type StoredCard,
} from '../../../main/store';

export const NOW = new Date('2026-03-02T12:00:00.000Z');
export const DAY_MS = 86_400_000;
export const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY_MS);

const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });

export const SENTENCES = [
  'The Hanoi summit broke down.',
  'Personal chemistry is no substitute for "strategy", the author argues.',
  'The Boeing deal, worth $US15.7 billion, was sealed before the leaders arrived.',
  'Diplomats should prepare fall-back positions.',
];
export const TEXT = `${SENTENCES[0]} ${SENTENCES[1]}\n${SENTENCES[2]}\n${SENTENCES[3]}`;

function span(sentence: number) {
  const text = SENTENCES[sentence]!;
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length };
}

function item(
  id: string,
  fields: Partial<QuizItemRecord> & Pick<QuizItemRecord, 'kind' | 'prompt' | 'answer'>,
  sentences: number[],
  articleId = 'hanoi',
): QuizItemRecord {
  return {
    id,
    articleId,
    sources: sentences.map(span),
    sourceSentenceIds: sentences.map((s) => `s${s}`),
    generator: 'test@1',
    ...fields,
  };
}

export const ITEMS: QuizItemRecord[] = [
  item(
    'cz-1',
    {
      kind: 'cloze',
      prompt: '_____ is no substitute for "strategy", the author argues.',
      answer: 'Personal chemistry',
      argumentNode: 'n-s1',
    },
    [1],
  ),
  item(
    'mc-1',
    {
      kind: 'multiple-choice',
      prompt: 'What was the Boeing deal worth, "in total"?',
      answer: '$US15.7 billion',
      options: ['$US1.5 billion', '$US15.7 billion', '110 aircraft, roughly', '=1+1'],
      argumentNode: 'n-s2',
    },
    [2],
  ),
  item(
    'mt-1',
    {
      kind: 'matching',
      prompt: 'Match each actor to what they did.',
      answer: 'Boeing → sold aircraft; Diplomats → prepare',
      pairs: [
        { left: 'Boeing', right: 'sold aircraft' },
        { left: 'Diplomats', right: 'prepare' },
      ],
      argumentNode: 'n-s1',
    },
    [2, 3],
  ),
  item(
    'od-1',
    {
      kind: 'ordering',
      prompt: 'In what order does the article make these points?',
      answer: '1. summit 2. chemistry',
      sequence: ['The summit broke down', 'Chemistry is no strategy', 'Prepare fall-backs'],
      argumentNode: 'n-s0',
    },
    [0, 1, 3],
  ),
  item(
    'tf-1',
    {
      kind: 'true-false',
      prompt: 'True or false? The deal was sealed before the leaders arrived.',
      answer: 'True',
      options: ['True', 'False'],
      explanation: 'The article says it had been sealed <before> the ceremony.',
    },
    [2],
  ),
  item(
    'rc-1',
    {
      kind: 'open-recall',
      prompt: 'What should diplomats prepare?',
      answer: 'Fall-back positions',
      argumentNode: 'n-s3',
      selfGraded: true,
    },
    [3],
  ),
];

/** Answers `grades` at the given days before NOW, from a new card; returns the log entries and the last card. */
export function history(
  articleId: string,
  itemId: string,
  answers: [daysAgo: number, grade: Grade][],
): { entries: ReviewEntry[]; card: StoredCard } {
  let card = newCard(daysBefore(answers[0]?.[0] ?? 0));
  const entries = answers.map(([daysAgo, grade], i) => {
    const at = daysBefore(daysAgo);
    const { card: next, log } = scheduler.answer(card, at, grade);
    card = next;
    return {
      schemaVersion: ENTRY_VERSION,
      id: `${itemId}-r${i}`,
      itemId,
      articleId,
      ...log,
      durationMs: 4000 + i * 500,
      cardAfter: next,
    } satisfies ReviewEntry;
  });
  return { entries, card: { ...card, suspended: false } };
}

export interface Collection {
  articles: ArticleBundle[];
  reviews: ReviewEntry[];
  settings: typeof DEFAULT_SETTINGS;
}

/** The review histories of the fixture (days before NOW, grade). */
export const HISTORIES: Record<string, [number, Grade][]> = {
  // new → review → review → review: a well-known card
  'cz-1': [
    [60, 3],
    [57, 3],
    [40, 3],
    [10, 3],
  ],
  // lapsed and relearning: Again after two Goods
  'mc-1': [
    [45, 3],
    [42, 3],
    [5, 1],
  ],
  // only learnt today: still learning
  'mt-1': [[0.01, 1]],
  // reviewed, then Hard
  'od-1': [
    [20, 3],
    [18, 2],
  ],
  // tf-1 and rc-1 never reviewed: new
};

export function collection(): Collection {
  const reviews: ReviewEntry[] = [];
  const cards: Record<string, StoredCard> = {};
  for (const it of ITEMS) {
    const answers = HISTORIES[it.id];
    if (answers) {
      const { entries, card } = history('hanoi', it.id, answers);
      reviews.push(...entries);
      cards[it.id] = card;
    } else {
      cards[it.id] = { ...newCard(daysBefore(60)), suspended: false };
    }
  }
  cards['od-1'] = { ...cards['od-1']!, suspended: true };
  const hanoi: ArticleBundle = {
    article: {
      id: 'hanoi',
      title: 'The Hanoi Summit: Personal Chemistry Fizzles',
      author: 'Trevor Findlay',
      authorBio: '',
      source: 'Australian Outlook',
      licence: 'CC BY',
      attribution: '',
      standfirst: false,
      text: TEXT,
      addedAt: daysBefore(61).toISOString(),
    },
    items: ITEMS,
    cards,
  };
  const otherItem = item(
    'cz-2',
    { kind: 'cloze', prompt: 'The _____ summit broke down.', answer: 'Hanoi' },
    [0],
    'other',
  );
  const other = history('other', 'cz-2', [
    [9, 3],
    [7, 4],
  ]);
  reviews.push(...other.entries);
  const second: ArticleBundle = {
    article: {
      ...hanoi.article,
      id: 'other',
      title: 'Another article',
      addedAt: daysBefore(10).toISOString(),
    },
    items: [otherItem],
    cards: { 'cz-2': other.card },
  };
  reviews.sort((a, b) => Date.parse(a.review) - Date.parse(b.review));
  return { articles: [hanoi, second], reviews, settings: { ...DEFAULT_SETTINGS } };
}
