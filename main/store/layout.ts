/**
 * The files of the data folder and their schemas (layout version 2):
 *
 *   lock                    the pid of the one process that may write
 *   settings.json           settings; its layoutVersion says which layout the folder has
 *   articles/<id>.json      an article: text, metadata, quiz items (read when the article is opened)
 *   cards/<id>.json         the article's FSRS cards (read at start: the queue needs them all)
 *   reviews/YYYY-MM-DD.jsonl the review log, append-only, one file per UTC day
 *   checkpoint.json         how far into the log the card files are up to date
 *   backups/                snapshots of all of the above
 *
 * An answer is committed by one fsync'd append to the log; card files catch up in the background and,
 * after a crash, from the log.
 */
import { z } from 'zod';
import { SENTENCE_ROLES } from '../quiz/model';
import {
  articleRecordSchema,
  quizItemSchema,
  settingsSchema,
  storedCardSchema,
  type QuizItemRecord,
} from './schema';

export const LAYOUT_VERSION = 2 as const;

export const settingsFileSchema = z.object({
  layoutVersion: z.literal(LAYOUT_VERSION),
  settings: settingsSchema,
  /** Bundled articles already loaded once, so that one the user removed is not added back. */
  seededArticles: z.array(z.string()),
  /** Study days (YYYY-MM-DD) on which every due card was done: the streak. */
  completedDays: z.array(z.string()).default([]),
});
export type SettingsFile = z.infer<typeof settingsFileSchema>;

const argumentMapSchema = z.object({
  thesis: z.array(z.string()),
  nodes: z.array(
    z.object({
      id: z.string(),
      sentence: z.string(),
      role: z.enum(SENTENCE_ROLES),
      confidence: z.number(),
      supports: z.string().optional(),
      evidence: z.array(z.string()).optional(),
      marker: z.string().optional(),
    }),
  ),
});

export const articleDocSchema = z.object({
  schemaVersion: z.literal(LAYOUT_VERSION),
  article: articleRecordSchema,
  items: z.array(quizItemSchema),
  /** The argument map the items were generated from (absent in files written before it existed). */
  argumentMap: argumentMapSchema.optional(),
  /** Items the user deleted: regeneration does not bring them back. */
  removedItemIds: z.array(z.string()).default([]),
});
export type ArticleDoc = z.infer<typeof articleDocSchema>;

export const cardsDocSchema = z.object({
  schemaVersion: z.literal(LAYOUT_VERSION),
  articleId: z.string(),
  /** Copied from the article so that the library lists titles without reading every article. */
  title: z.string(),
  author: z.string(),
  cards: z.record(z.string(), storedCardSchema),
  /** What the queue needs of each item without reading the article: its kind and its sibling groups. */
  queueInfo: z.record(z.string(), z.object({ kind: z.string(), siblings: z.array(z.string()) })).default({}),
});
export type CardsDoc = z.infer<typeof cardsDocSchema>;
export type QueueInfo = CardsDoc['queueInfo'][string];

/** A place in the review log: a day file and a byte offset in it. */
export const logPositionSchema = z.object({ file: z.string(), offset: z.number().int().nonnegative() });
export type LogPosition = z.infer<typeof logPositionSchema>;

export const checkpointSchema = z.object({
  schemaVersion: z.literal(LAYOUT_VERSION),
  /** Every log entry before this position is reflected in the card files. */
  through: logPositionSchema.nullable(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const FILES = {
  lock: 'lock',
  settings: 'settings.json',
  checkpoint: 'checkpoint.json',
  articles: 'articles',
  cards: 'cards',
  reviews: 'reviews',
  backups: 'backups',
} as const;

/** Items that share a source sentence or an argument node are siblings: one seen buries the others for the day. */
export function queueInfoOf(item: QuizItemRecord): { kind: string; siblings: string[] } {
  const node = (item as { argumentNode?: string }).argumentNode;
  const siblings = [
    ...item.sourceSentenceIds.map((id) => `sentence:${id}`),
    ...(node ? [`node:${node}`] : []),
  ];
  return { kind: item.kind, siblings };
}
