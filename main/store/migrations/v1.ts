/** Layout version 1: one file per article holding its cards too, the review log in monthly files. */
import { z } from 'zod';
import { articleRecordSchema, quizItemSchema, settingsSchema, storedCardSchema } from '../schema';

export const v1SettingsFileSchema = z.object({
  schemaVersion: z.literal(1),
  settings: settingsSchema,
  seededArticles: z.array(z.string()),
});

export const v1ArticleFileSchema = z.object({
  schemaVersion: z.literal(1),
  article: articleRecordSchema,
  items: z.array(quizItemSchema),
  cards: z.record(z.string(), storedCardSchema),
});

export const V1_MONTHLY_LOG = /^\d{4}-\d{2}\.jsonl$/;
