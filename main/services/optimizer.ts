import type { ApplyParametersResult } from '../api/contract';
import {
  optimizeParameters,
  rescheduleCards,
  runOptimizerInWorker,
  type OptimizeResult,
  type OptimizerProgress,
  type OptimizerReview,
} from '../stats';
import type { Store } from '../store';

/** Runs the FSRS optimiser on a review log; the app runs it in a worker thread. */
export type Optimize = (
  reviews: OptimizerReview[],
  options: { dayStartHour: number; onProgress?: (progress: OptimizerProgress) => void },
) => Promise<OptimizeResult>;

export const optimizeInProcess: Optimize = (reviews, { dayStartHour, onProgress }) =>
  optimizeParameters(reviews, { dayStartHour, ...(onProgress ? { onProgress } : {}) });

/** Fits FSRS parameters to the learner's own review log. */
export async function optimizeFor(
  store: Store,
  optimize: Optimize,
  progress: (fraction: number, stage: string) => void,
): Promise<OptimizeResult> {
  progress(0, 'Reading your review history');
  const reviews = await store.allReviews();
  const stages = {
    preparing: 'Preparing',
    evaluating: 'Measuring the fit',
    training: 'Fitting',
    done: 'Done',
  };
  return optimize(reviews, {
    dayStartHour: store.settingsFile().settings.dayStartHour,
    onProgress: (p) => progress(0.05 + 0.95 * p.fraction, stages[p.phase]),
  });
}

/**
 * Applies fitted parameters: they are saved in the settings, and with `reschedule` every card's memory
 * state and due date are recomputed from its own history under them (ts-fsrs reschedule).
 */
export function applyParameters(
  store: Store,
  now: Date,
  parameters: number[],
  reschedule: boolean,
): Promise<ApplyParametersResult> {
  return store.exclusive(async () => {
    const settingsFile = store.settingsFile();
    await store.saveSettings({
      ...settingsFile,
      settings: { ...settingsFile.settings, fsrsParameters: parameters },
    });
    if (!reschedule) return { rescheduled: 0 };
    const reviews = await store.allReviews();
    let rescheduled = 0;
    for (const articleId of store.articleIds()) {
      const cards = store.cardsDoc(articleId)?.cards ?? {};
      const own = reviews.filter((review) => review.articleId === articleId);
      const result = rescheduleCards(cards, own, parameters, now, settingsFile.settings);
      if (result.changed.length === 0) continue;
      await store.updateCards(articleId, () => result.cards);
      rescheduled += result.changed.length;
    }
    return { rescheduled };
  });
}

/** The optimiser in a worker thread (`workerFile` is the built `optimizer-worker.js`). */
export function optimizeInWorker(workerFile: URL): Optimize {
  return (reviews, { dayStartHour, onProgress }) =>
    runOptimizerInWorker(workerFile, reviews, onProgress, { dayStartHour });
}
