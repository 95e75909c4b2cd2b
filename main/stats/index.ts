/**
 * Statistics for the Stats view, mastery per article, node and sentence, and the FSRS optimiser. Pure:
 * `now`, the day-start hour and the data come in as parameters (the worker runner alone spawns a thread).
 */
export * from './types';
export { computeStats, type StatsInput } from './compute';
export {
  createStatsAccumulator,
  type SnapshotOptions,
  type StatsAccumulator,
  type StatsOptions,
} from './accumulator';
export {
  masteryByArticle,
  masteryByNode,
  masteryByRole,
  masteryOverview,
  sentenceRetrievability,
  type MasteryNode,
  type MasteryOptions,
} from './mastery';
export {
  DEFAULT_PARAMETERS,
  retrievabilityAt,
  retrievabilityOf,
  type Retrievability,
} from './retrievability';
export {
  optimizeParameters,
  rescheduleCards,
  FULL_FIT_ITEMS,
  MIN_LONG_TERM_CARDS,
  MIN_TRAINING_ITEMS,
  type HistorySize,
  type Metrics,
  type OptimizeResult,
  type OptimizerOptions,
  type OptimizerProgress,
  type OptimizerReview,
  type RescheduleResult,
  type RescheduleSettings,
} from './optimizer';
export { buildTrainingSet, packReviews, type PackedReviews, type TrainingSet } from './training-set';
export { runOptimizerJob, type OptimizerJob, type OptimizerMessage } from './optimizer-job';
export { runOptimizerInWorker, type WorkerRunOptions } from './run-in-worker';
