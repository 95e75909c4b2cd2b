/**
 * The records the data folder holds, as schemas: everything read from disk is validated. The files
 * that hold these records, each with its schema version, are in layout.ts.
 */
import { z } from 'zod';
import { FACT_TYPES, ITEM_KINDS, SENTENCE_ROLES } from '../quiz/model';

/** Version of one review-log line's format. */
export const ENTRY_VERSION = 1;

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

export const storedCardSchema = cardRecordSchema.extend({
  suspended: z.boolean(),
  /** Tagged when its lapses reached the leech threshold (it was suspended then). */
  leech: z.boolean().optional(),
  /** Buried (by hand or as a sibling) until this instant: the start of the next study day. */
  buriedUntil: isoDate.optional(),
});
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
  pairs: z.array(z.object({ left: z.string(), right: z.string() })).optional(),
  sequence: z.array(z.string()).optional(),
  argumentNode: z.string().optional(),
  role: z.enum(SENTENCE_ROLES).optional(),
  selfGraded: z.boolean().optional(),
  explanation: z.string().optional(),
  /** Changed by the user: regeneration keeps the user's version. */
  edited: z.boolean().optional(),
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

const stepSchema = z.string().regex(/^\d{1,4}(\.\d+)?[mhd]$/, 'a step is a number and m, h or d, e.g. "10m"');
const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day such as "09:00"');

/**
 * How many scheduled snapshots of the data folder are kept: the newest of each of the last `daily` days,
 * `weekly` ISO weeks and `monthly` months that have one (see store/backups/thinning.ts).
 */
export const backupPolicySchema = z.object({
  daily: z.number().int().min(1).max(366),
  weekly: z.number().int().min(0).max(520),
  monthly: z.number().int().min(0).max(1200),
});
export type BackupPolicy = z.infer<typeof backupPolicySchema>;
export const DEFAULT_BACKUP_POLICY: BackupPolicy = { daily: 7, weekly: 4, monthly: 6 };

/** Study settings. Fields added after the first release have defaults, so older files stay valid. */
export const settingsSchema = z.object({
  desiredRetention: z.number().min(0.7).max(0.99),
  maximumInterval: z.number().int().min(1).max(36500),
  enableFuzz: z.boolean(),
  newCardsPerDay: z.number().int().min(0).max(9999),
  reviewsPerDay: z.number().int().min(0).max(99999).default(200),
  learningSteps: z.array(stepSchema).max(10).default(['1m', '10m']),
  relearningSteps: z.array(stepSchema).max(10).default(['10m']),
  /** The local hour at which a new study day starts. */
  dayStartHour: z.number().int().min(0).max(23).default(4),
  /** Lapses after which a card is tagged a leech and suspended. */
  leechThreshold: z.number().int().min(1).max(99).default(8),
  /** FSRS parameters fitted to this learner by the optimiser; ts-fsrs's defaults when absent. */
  fsrsParameters: z.array(z.number().finite()).min(17).max(21).optional(),
  reminder: z
    .object({ enabled: z.boolean(), time: timeOfDaySchema })
    .default({ enabled: false, time: '09:00' }),
  backups: backupPolicySchema.default(() => ({ ...DEFAULT_BACKUP_POLICY })),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({
  desiredRetention: 0.9,
  maximumInterval: 36500,
  enableFuzz: true,
  newCardsPerDay: 20,
});

/** One line of the append-only review log; `cardAfter` lets a card be rebuilt from the log alone. */
export const reviewEntrySchema = z.object({
  schemaVersion: z.literal(ENTRY_VERSION),
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
  /** This answer made the card a leech: it is suspended and tagged. */
  leech: z.literal(true).optional(),
});
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

/** Takes back a review: the card returns to `cardAfter` (its state before that review). */
export const undoEntrySchema = z.object({
  schemaVersion: z.literal(ENTRY_VERSION),
  type: z.literal('undo'),
  id: z.string(),
  undoes: z.string(),
  itemId: z.string(),
  articleId: z.string(),
  /** The `review` instant of the review taken back. */
  undoneReview: isoDate,
  at: isoDate,
  cardAfter: cardRecordSchema,
  /** Whether the card was suspended before the review taken back (a leech answer suspends it). */
  suspendedBefore: z.boolean(),
});
export type UndoEntry = z.infer<typeof undoEntrySchema>;

export const logLineSchema = z.union([undoEntrySchema, reviewEntrySchema]);
export type LogLine = ReviewEntry | UndoEntry;

export function isUndo(line: LogLine): line is UndoEntry {
  return 'type' in line && line.type === 'undo';
}
export type QuizItemRecord = z.infer<typeof quizItemSchema>;
