/**
 * The API contract: every channel between the UI and the main process, its argument schema (checked at
 * run time before any service sees the argument) and its result type. The preload, the IPC wiring, the
 * web host and the renderer's client are all typed from this one file.
 */
import { z } from 'zod';
import type { ItemKind, QuizItem, Sentence } from '../quiz/model';

const MAX_ID = 128;
const id = z
  .string()
  .min(1)
  .max(MAX_ID)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" or "-" only');

export const EXPORT_FORMATS = ['json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const argumentSchemas = {
  getLibrary: z.undefined(),
  getArticle: z.strictObject({ articleId: id }),
  getToday: z.strictObject({ articleId: id.optional() }),
  checkAnswer: z.strictObject({ itemId: id, response: z.string().max(2000) }),
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
  exportData: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
  /** Desktop only: the main process builds the export and asks where to save it. */
  saveExportAs: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
} as const;

export type Channel = keyof typeof argumentSchemas;
export const CHANNELS = Object.keys(argumentSchemas) as Channel[];
/** Channels that need the desktop shell (a native dialog); the web host does not serve them. */
export const DESKTOP_ONLY_CHANNELS: readonly Channel[] = ['saveExportAs'];

export type Rating = 1 | 2 | 3 | 4;
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

export interface Notice {
  level: 'info' | 'warning' | 'error';
  message: string;
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
  /** The main process's clock when the queue was built; the UI measures "due in" from it. */
  now: string;
}

export interface AnswerCheck {
  correct: boolean;
  expected: string;
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
}

export interface Settings {
  desiredRetention: number;
  maximumInterval: number;
  enableFuzz: boolean;
  newCardsPerDay: number;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
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
  exportData: ExportFile;
  saveExportAs: SaveResult;
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
