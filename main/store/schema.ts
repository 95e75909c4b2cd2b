/**
 * What the data folder holds, as schemas: every file is validated when read, and carries a schema version.
 */
import { z } from 'zod';
import { FACT_TYPES, ITEM_KINDS } from '../quiz/model';

export const SCHEMA_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true });
const stateNumber = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const cardRecordSchema = z.object({
  due: isoDate,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsed_days: z.number().nonnegative(),
  scheduled_days: z.number().nonnegative(),
  learning_steps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: stateNumber,
  last_review: isoDate.optional(),
});

export const storedCardSchema = cardRecordSchema.extend({ suspended: z.boolean() });
export type StoredCard = z.infer<typeof storedCardSchema>;

const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const quizItemSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  kind: z.enum(ITEM_KINDS),
  prompt: z.string(),
  answer: z.string(),
  options: z.array(z.string()).optional(),
  factType: z.enum(FACT_TYPES).optional(),
  sources: z.array(spanSchema),
  sourceSentenceIds: z.array(z.string()),
  generator: z.string(),
});

export const articleRecordSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]+$/),
  title: z.string(),
  author: z.string(),
  authorBio: z.string(),
  source: z.string(),
  licence: z.string(),
  attribution: z.string(),
  standfirst: z.boolean(),
  text: z.string(),
  addedAt: isoDate,
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** One file per article: its text, its items and their cards. One answer rewrites only this file. */
export const articleFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: articleRecordSchema,
  items: z.array(quizItemSchema),
  cards: z.record(z.string(), storedCardSchema),
});
export type ArticleFile = z.infer<typeof articleFileSchema>;

export const settingsSchema = z.object({
  desiredRetention: z.number().min(0.7).max(0.99),
  maximumInterval: z.number().int().min(1).max(36500),
  enableFuzz: z.boolean(),
  newCardsPerDay: z.number().int().min(0).max(9999),
});

export const settingsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: settingsSchema,
  /** Bundled articles already loaded once, so that one the user removed is not added back. */
  seededArticles: z.array(z.string()),
});
export type SettingsFile = z.infer<typeof settingsFileSchema>;

export const DEFAULT_SETTINGS: z.infer<typeof settingsSchema> = {
  desiredRetention: 0.9,
  maximumInterval: 36500,
  enableFuzz: true,
  newCardsPerDay: 20,
};

/** One line of the append-only review log; `cardAfter` lets a card be rebuilt from the log alone. */
export const reviewEntrySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  itemId: z.string(),
  articleId: z.string(),
  rating: grade,
  state: stateNumber,
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  last_elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  review: isoDate,
  durationMs: z.number().int().nonnegative(),
  response: z.string().optional(),
  correct: z.boolean().optional(),
  cardAfter: cardRecordSchema,
});
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;
