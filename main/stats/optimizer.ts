/**
 * "Optimise my parameters": fits FSRS parameters to the user's own review log with
 * @open-spaced-repetition/binding (fsrs-rs), and measures log loss and RMSE before (ts-fsrs's defaults)
 * and after. The binding is loaded on first use, so that the rest of the stats never needs it.
 *
 * How much history the binding needs (fsrs-rs 6.5): fewer than 8 training items and it returns its
 * defaults; it initialises from each card's first review on a later day, ignores groups of fewer than
 * about 20 such cards with the same first answer and interval, and fails with NotEnoughData when none is
 * left; under 64 items it fits the four initial stabilities only.
 */
import type * as BindingModule from '@open-spaced-repetition/binding';
import {
  buildTrainingSet,
  packReviews,
  type OptimizerReview,
  type PackedReviews,
  type TrainingSet,
} from './training-set';
import { DEFAULT_PARAMETERS } from './retrievability';

export { rescheduleCards, type RescheduleSettings, type RescheduleResult } from './reschedule';
export type { OptimizerReview, PackedReviews } from './training-set';

export const MIN_TRAINING_ITEMS = 8;
export const MIN_LONG_TERM_CARDS = 20;
export const FULL_FIT_ITEMS = 64;

export interface Metrics {
  logLoss: number;
  rmse: number;
}

export interface HistorySize {
  reviews: number;
  cards: number;
  longTermCards: number;
  trainingItems: number;
}

export type OptimizeResult =
  | {
      status: 'optimised';
      parameters: number[];
      before: Metrics;
      after: Metrics;
      /** 'initial-stability': under 64 training items only the first four parameters are fitted. */
      fit: 'full' | 'initial-stability';
      /** The fitted parameters predict this history better than the defaults (lower log loss). */
      improved: boolean;
      history: HistorySize;
      message: string;
    }
  | {
      status: 'not-enough-history';
      history: HistorySize;
      /** How many more cards reviewed again on a later day, and more later-day reviews, are needed. */
      needed: { longTermCards: number; trainingItems: number };
      message: string;
    };

export interface OptimizerProgress {
  phase: 'preparing' | 'evaluating' | 'training' | 'done';
  current: number;
  total: number;
  /** Overall progress, 0-1. */
  fraction: number;
}

export interface OptimizerOptions {
  /** Settings' `dayStartHour`: `delta_t` counts study days. Default 4. */
  dayStartHour?: number;
  /** Fit the same-day (short-term) parameters too. Default true, as the scheduler uses learning steps. */
  enableShortTerm?: boolean;
  /** Settings' relearning steps count. Default 1. */
  numRelearningSteps?: number;
  onProgress?: (progress: OptimizerProgress) => void;
  /** Aborting stops the training at its next progress report and rejects with an AbortError. */
  signal?: AbortSignal;
}

type Binding = typeof BindingModule;
let bindingPromise: Promise<Binding> | undefined;
const loadBinding = () => (bindingPromise ??= import('@open-spaced-repetition/binding'));

function sizeOf(set: TrainingSet): HistorySize {
  return {
    reviews: set.reviews,
    cards: set.cards,
    longTermCards: set.longTermCards,
    trainingItems: set.items.length,
  };
}

function notEnough(set: TrainingSet, scattered = false): OptimizeResult {
  const history = sizeOf(set);
  const needed = {
    longTermCards: Math.max(0, MIN_LONG_TERM_CARDS - set.longTermCards),
    trainingItems: Math.max(0, MIN_TRAINING_ITEMS - set.items.length),
  };
  const more = (missing: number) => (missing > 0 ? `: ${missing} more` : '');
  const head = scattered
    ? 'Not enough history to optimise yet: your later-day reviews are still too few or too scattered (FSRS ' +
      'sets aside small groups of cards with the same first answer and first interval). Keep reviewing for a ' +
      'few more days.'
    : 'Not enough history to optimise yet.';
  const message =
    `${head} FSRS learns from reviews made on a later day than the card's previous review. It needs at ` +
    `least ${MIN_LONG_TERM_CARDS} cards reviewed again on a later day than they were first studied (you have ` +
    `${set.longTermCards}${more(needed.longTermCards)}) and at least ${MIN_TRAINING_ITEMS} such reviews ` +
    `(you have ${set.items.length}${more(needed.trainingItems)}).`;
  return { status: 'not-enough-history', history, needed, message };
}

export const cancelled = () => new DOMException('The optimiser was cancelled.', 'AbortError');
const isNotEnoughData = (error: unknown) => error instanceof Error && /NotEnoughData/.test(error.message);
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
const sameAs = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((value, i) => Math.abs(value - (b[i] as number)) < 1e-4);

/**
 * Fits FSRS parameters to the review log (undone reviews left out) and evaluates them against ts-fsrs's
 * defaults on the same history. Never throws for a short history: it answers `not-enough-history` with
 * what is missing.
 */
export async function optimizeParameters(
  reviews: Iterable<OptimizerReview> | PackedReviews,
  options: OptimizerOptions = {},
): Promise<OptimizeResult> {
  const report = (
    phase: OptimizerProgress['phase'],
    current: number,
    total: number,
    fraction: number,
  ): void => {
    options.onProgress?.({ phase, current, total, fraction });
  };
  if (options.signal?.aborted) throw cancelled();
  report('preparing', 0, 1, 0);
  const packed = 'itemIds' in reviews ? reviews : packReviews(reviews);
  const set = buildTrainingSet(packed, options.dayStartHour ?? 4);
  if (set.items.length < MIN_TRAINING_ITEMS || set.longTermCards < MIN_LONG_TERM_CARDS) return notEnough(set);

  const binding = await loadBinding();
  const items = set.items.map(
    (item) => new binding.FSRSBindingItem(item.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))),
  );
  // fsrs-rs evaluates predictions of later-day reviews only (a same-day target is InvalidInput there).
  const evaluationItems = items.filter((_, i) => (set.items[i]?.at(-1)?.deltaT ?? 0) > 0);
  const evaluate = (parameters: readonly number[]) => {
    const result = new binding.FSRSBinding([...parameters]).evaluate(evaluationItems);
    return { logLoss: result.logLoss, rmse: result.rmseBins };
  };
  try {
    report('evaluating', 0, 2, 0.05);
    const before = evaluate(DEFAULT_PARAMETERS);
    if (options.signal?.aborted) throw cancelled();
    const fitted = await binding.computeParameters(items, {
      enableShortTerm: options.enableShortTerm ?? true,
      numRelearningSteps: options.numRelearningSteps ?? 1,
      timeout: 100,
      // Returning false stops the training (how the binding cancels): nothing else may leak out of onProgress.
      progress: (current, total) => {
        if (options.signal?.aborted) return false;
        report('training', current, total, 0.1 + (0.8 * current) / Math.max(1, total));
        return undefined;
      },
    });
    if (sameAs(fitted, DEFAULT_PARAMETERS)) return notEnough(set, true);
    const parameters = fitted.map(round4);
    report('evaluating', 1, 2, 0.95);
    const after = evaluate(parameters);
    report('done', 1, 1, 1);
    const fit = set.items.length < FULL_FIT_ITEMS ? 'initial-stability' : 'full';
    const message =
      fit === 'full'
        ? `Fitted on ${set.items.length} reviews of ${set.cards} cards.`
        : `Only the initial stabilities could be fitted: a full fit needs ${FULL_FIT_ITEMS - set.items.length} more reviews made on a later day.`;
    const improved = after.logLoss < before.logLoss;
    return { status: 'optimised', parameters, before, after, fit, improved, history: sizeOf(set), message };
  } catch (error) {
    if (options.signal?.aborted) throw cancelled();
    if (isNotEnoughData(error)) return notEnough(set, true);
    throw error;
  }
}
