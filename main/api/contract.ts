/**
 * The API contract: every channel between the UI and the main process, its argument schema (checked at
 * run time before any service sees the argument) and its result type. The preload, the IPC wiring, the
 * web host and the renderer's client are all typed from this one file.
 */
import { z } from 'zod';
import type { ArgumentMap, ItemKind, QuizItem, Sentence } from '../quiz/model';
import type { OptimizeResult, Stats } from '../stats';
import { settingsSchema, type Settings } from '../store/schema';
import { BACKUP_ID_PATTERN } from '../store/backups/names';

const MAX_ID = 128;
/** An article file of up to 5 MB, in base64, with room for the "too large" message to be the importer's. */
const MAX_UPLOAD_CHARS = 8 * 1024 * 1024;
/** JSON backup files sent for a merge. */
export const MAX_BACKUP_CHARS = 48 * 1024 * 1024;
const id = z
  .string()
  .min(1)
  .max(MAX_ID)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" or "-" only');

export const EXPORT_FORMATS = ['json', 'revlog-csv', 'cards-csv', 'apkg', 'report'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const argumentSchemas = {
  getLibrary: z.undefined(),
  getArticle: z.strictObject({ articleId: id }),
  getToday: z.strictObject({ articleId: id.optional() }),
  checkAnswer: z.strictObject({
    itemId: id,
    response: z.string().max(2000),
    /** How long the user took; a quick right answer suggests Easy. */
    durationMs: z.number().int().min(0).max(86_400_000).optional(),
  }),
  previewRatings: z.strictObject({ itemId: id }),
  rateItem: z.strictObject({
    itemId: id,
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    /** The card state the UI showed; an answer for a card that changed since is refused. */
    cardStamp: z.string().max(MAX_ID),
    durationMs: z.number().int().min(0).max(86_400_000),
    response: z.string().max(2000).optional(),
  }),
  getSettings: z.undefined(),
  updateSettings: z.strictObject({ settings: settingsSchema }),
  /** Takes back the most recent answer still in effect. */
  undoLast: z.undefined(),
  /** Hides a card until the next study day. */
  buryItem: z.strictObject({ itemId: id }),
  setSuspended: z.strictObject({ itemId: id, suspended: z.boolean() }),
  editItem: z.strictObject({
    itemId: id,
    prompt: z.string().max(4000),
    answer: z.string().max(2000),
    options: z.array(z.string().max(1000)).min(2).max(12).optional(),
  }),
  deleteItem: z.strictObject({ itemId: id }),
  /** Starts regenerating an article's items as a job; progress through getJob. */
  regenerateArticle: z.strictObject({ articleId: id }),
  getJob: z.strictObject({ jobId: z.uuid() }),
  /** Reads an article file for the user to confirm; nothing is stored. Files of 5 MB or more are refused. */
  previewArticleFile: z.strictObject({
    fileName: z.string().min(1).max(255),
    contentBase64: z.string().max(MAX_UPLOAD_CHARS),
  }),
  previewPastedArticle: z.strictObject({ text: z.string().max(MAX_UPLOAD_CHARS) }),
  /** Adds a confirmed article as a job (the quiz is generated with progress); the job names the new article. */
  addArticle: z.strictObject({
    title: z.string().trim().min(1, 'a title is needed').max(300),
    author: z.string().max(300),
    source: z.string().max(2000),
    licence: z.string().max(300),
    text: z.string().max(MAX_UPLOAD_CHARS),
  }),
  /**
   * Restores a JSON backup file: "merge" by stable IDs (the newer review wins) or "replace" everything.
   * The file is checked whole before anything changes, and the current state is backed up first.
   */
  restoreBackupFile: z.strictObject({
    content: z.string().max(MAX_BACKUP_CHARS),
    mode: z.enum(['merge', 'replace']),
  }),
  /** Every figure of the Stats view. */
  getStats: z.undefined(),
  /** Each sentence's average retrievability, for the overlay on the article. */
  getSentenceMastery: z.strictObject({ articleId: id }),
  /** Starts fitting FSRS parameters to the review log as a job; the result comes with the finished job. */
  optimizeParameters: z.undefined(),
  applyParameters: z.strictObject({
    parameters: z.array(z.number().finite()).min(17).max(21),
    reschedule: z.boolean(),
  }),
  /** `articleId` narrows the report to one article. */
  exportData: z.strictObject({ format: z.enum(EXPORT_FORMATS), articleId: id.optional() }),
  /** Desktop only: the main process builds the export (a report also as PDF) and asks where to save it. */
  saveExportAs: z.strictObject({
    format: z.enum([...EXPORT_FORMATS, 'report-pdf']),
    articleId: id.optional(),
  }),
  listBackups: z.undefined(),
  /** A backup's folder name exactly: an instant and a reason, nothing that could name another path. */
  restoreBackup: z.strictObject({
    backupId: z.string().max(MAX_ID).regex(BACKUP_ID_PATTERN, 'the name of a backup folder'),
  }),
} as const;

export type Channel = keyof typeof argumentSchemas;
export const CHANNELS = Object.keys(argumentSchemas) as Channel[];
/** Channels that need the desktop shell (a native dialog); the web host does not serve them. */
export const DESKTOP_ONLY_CHANNELS: readonly Channel[] = ['saveExportAs'];

export type Rating = 1 | 2 | 3 | 4;
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/** Something the user can do about a notice, e.g. restore the newest good backup. */
export interface NoticeAction {
  kind: 'restore-backup';
  backupId: string;
  label: string;
}

export interface Notice {
  level: 'info' | 'warning' | 'error';
  message: string;
  action?: NoticeAction;
}

/** One snapshot of the data folder. */
export interface BackupSummary {
  /** Its folder name in backups/. */
  id: string;
  createdAt: string;
  /** 'scheduled', 'before-migration', 'before-import' or 'before-restore'. */
  reason: string;
  /** False when a file of it does not read (or the copy was cut short): it is not offered. */
  good: boolean;
  problem?: string;
  sizeBytes?: number;
  articleCount: number;
  reviewCount?: number;
}

export interface RestoreResult {
  restored: string;
  /** The snapshot of the state the restore replaced. */
  safetyBackup: string;
  /** The notices of the data folder as reopened. */
  notices: Notice[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  author: string;
  itemCount: number;
  dueCount: number;
}

export interface ArticleMeta {
  id: string;
  title: string;
  author: string;
  authorBio: string;
  source: string;
  licence: string;
  attribution: string;
  standfirst: boolean;
}

export interface CardView {
  state: CardState;
  due: string;
  reps: number;
  lapses: number;
  suspended: boolean;
  /** Identifies the card state shown; rateItem must send it back. */
  stamp: string;
}

export type ItemView = QuizItem & { card: CardView };

export interface ArticleView {
  article: ArticleMeta;
  /** How the article argues: thesis, claims and what supports them (absent for articles not yet mapped). */
  argumentMap?: ArgumentMap;
  text: string;
  sentences: Sentence[];
  items: ItemView[];
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface TodayView {
  /** Item IDs in the order to study them. */
  queue: string[];
  counts: QueueCounts;
  reviewedToday: number;
  /** Days in a row (up to today or yesterday) on which every due card was done. */
  streak: number;
  /** Minutes the rest of today's queue should take, from the user's own answer times. */
  estimateMinutes: number;
  /** When nothing is due now but a learning card falls due later today. */
  nextDue?: string;
  /** The main process's clock when the queue was built; the UI measures "due in" from it. */
  now: string;
}

export interface AnswerCheck {
  correct: boolean;
  expected: string;
  /** Wrong: Again; right: Good; right and quick: Easy. The user confirms or overrides it. */
  suggestedRating: Rating;
}

export interface RatingOutcome {
  rating: Rating;
  due: string;
  /** Human-readable interval, e.g. "10m", "3d". */
  interval: string;
}

export interface RatingPreview {
  cardStamp: string;
  outcomes: RatingOutcome[];
}

export interface RateResult {
  card: CardView;
  today: TodayView;
  /** This answer made the card a leech: it was tagged and suspended. */
  leech: boolean;
}

export interface UndoResult {
  itemId: string;
  card: CardView;
  today: TodayView;
}

export interface JobView {
  id: string;
  label: string;
  status: 'running' | 'done' | 'failed';
  /** 0..1 */
  progress: number;
  stage: string;
  error?: string;
  /** The article a finished addArticle job created. */
  articleId?: string;
  /** What a finished optimiser job found. */
  optimizer?: OptimizeResult;
}

export interface ArticlePreview {
  title: string;
  author?: string;
  source?: string;
  text: string;
}

export interface RestoreFileResult {
  mode: 'merge' | 'replace';
  /** Merge: what changed. */
  articlesAdded?: number;
  articlesUpdated?: number;
  reviewsAdded?: number;
  /** The backup of the state before the restore. */
  backup: string;
}

export interface ApplyParametersResult {
  rescheduled: number;
}

export interface CardChangeResult {
  card: CardView;
  today: TodayView;
}

export type { Settings };

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** Text files as they are; binary files (the Anki package) in base64. */
  content: string;
  encoding: 'utf8' | 'base64';
}

export interface SaveResult {
  saved: boolean;
  path?: string;
}

interface Results {
  getLibrary: { articles: ArticleSummary[]; notices: Notice[] };
  getArticle: ArticleView;
  getToday: TodayView;
  checkAnswer: AnswerCheck;
  previewRatings: RatingPreview;
  rateItem: RateResult;
  getSettings: Settings;
  updateSettings: Settings;
  undoLast: UndoResult;
  buryItem: CardChangeResult;
  setSuspended: CardChangeResult;
  editItem: ItemView;
  deleteItem: { deleted: true };
  regenerateArticle: JobView;
  getJob: JobView;
  getStats: Stats;
  previewArticleFile: ArticlePreview;
  previewPastedArticle: ArticlePreview;
  addArticle: JobView;
  restoreBackupFile: RestoreFileResult;
  getSentenceMastery: Record<string, number>;
  optimizeParameters: JobView;
  applyParameters: ApplyParametersResult;
  exportData: ExportFile;
  saveExportAs: SaveResult;
  listBackups: { backups: BackupSummary[] };
  restoreBackup: RestoreResult;
}

export type ArgumentOf<C extends Channel> = z.infer<(typeof argumentSchemas)[C]>;
export type ResultOf<C extends Channel> = Results[C];

/** A service takes the validated argument. */
export type ServiceTable = { [C in Channel]: (arg: ArgumentOf<C>) => Promise<ResultOf<C>> };

export const ERROR_CODES = [
  'unknown-channel',
  'invalid-argument',
  'not-found',
  'stale-answer',
  'unauthorized',
  'forbidden',
  'unavailable',
  'storage',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
}

/** Every call answers with an envelope, so typed errors cross IPC and HTTP alike. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** What the renderer calls: each channel as a named function taking its argument. */
export type Api = { [C in Channel]: (arg: ArgumentOf<C>) => Promise<Envelope<ResultOf<C>>> };

export type { ItemKind };
