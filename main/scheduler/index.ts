/**
 * Scheduling, behind one module: everything that knows ts-fsrs lives here.
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  type Card,
  type Grade as FsrsGrade,
  type ReviewLog,
  type StepUnit,
} from 'ts-fsrs';
import type { CardRecord, Grade, ReviewLogRecord, StateNumber } from './records';

export type { CardRecord, Grade, ReviewLogRecord, StateNumber } from './records';
export { formatInterval } from './interval';
export { buildQueue, interleaveByKind, type Queue, type QueueCard, type QueueLimits } from './queue';
export { startOfStudyDay, startOfNextStudyDay, studyDayKey, DAY_START_HOUR } from './study-day';

export interface SchedulerSettings {
  desiredRetention: number;
  maximumInterval: number;
  enableFuzz: boolean;
  /** e.g. ["1m", "10m"]; ts-fsrs's defaults when absent. */
  learningSteps?: readonly string[];
  relearningSteps?: readonly string[];
  /** Fitted FSRS parameters (w); ts-fsrs's defaults when absent. */
  parameters?: readonly number[];
}

export interface Outcome {
  card: CardRecord;
  log: ReviewLogRecord;
}

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

function toRecord(card: Card): CardRecord {
  const record: CardRecord = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StateNumber,
  };
  if (card.last_review) record.last_review = card.last_review.toISOString();
  return record;
}

function fromRecord(record: CardRecord): Card {
  const { last_review, due, ...rest } = record;
  return { ...rest, due: new Date(due), last_review: last_review ? new Date(last_review) : undefined };
}

function logToRecord(log: ReviewLog): ReviewLogRecord {
  return {
    rating: log.rating as Grade,
    state: log.state as StateNumber,
    due: log.due.toISOString(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsed_days,
    last_elapsed_days: log.last_elapsed_days,
    scheduled_days: log.scheduled_days,
    learning_steps: log.learning_steps,
    review: log.review.toISOString(),
  };
}

/** A new, never-reviewed card due at `now`. */
export function newCard(now: Date): CardRecord {
  return toRecord(createEmptyCard(now));
}

/**
 * Identifies the card state the user was shown. An answer must carry it back, so that a second answer
 * to the same showing (double click, second window) is recognised and refused.
 */
export function cardStamp(card: CardRecord): string {
  return `${card.reps}.${card.last_review ?? 'new'}`;
}

export interface Scheduler {
  /** The four outcomes of answering now, without changing anything. */
  preview(card: CardRecord, now: Date): Record<Grade, Outcome>;
  answer(card: CardRecord, now: Date, grade: Grade): Outcome;
  /** The card as it was before the review that `log` records (undo). */
  rollback(card: CardRecord, log: ReviewLogRecord): CardRecord;
}

export function createScheduler(settings: SchedulerSettings): Scheduler {
  const engine = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: settings.enableFuzz,
      ...(settings.learningSteps ? { learning_steps: settings.learningSteps as StepUnit[] } : {}),
      ...(settings.relearningSteps ? { relearning_steps: settings.relearningSteps as StepUnit[] } : {}),
      ...(settings.parameters ? { w: [...settings.parameters] } : {}),
    }),
  );
  const answer = (card: CardRecord, now: Date, grade: Grade): Outcome => {
    const { card: next, log } = engine.next(fromRecord(card), now, grade as FsrsGrade);
    return { card: toRecord(next), log: logToRecord(log) };
  };
  return {
    answer,
    rollback: (card, log) =>
      toRecord(
        engine.rollback(fromRecord(card), { ...log, due: new Date(log.due), review: new Date(log.review) }),
      ),
    preview: (card, now) =>
      Object.fromEntries(GRADES.map((grade) => [grade, answer(card, now, grade)])) as Record<Grade, Outcome>,
  };
}
export { suggestRating } from './suggest';
export { nextReminderAt, reminderText } from './reminder';
