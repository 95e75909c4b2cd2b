/**
 * FSRS cards and review logs as stored: ts-fsrs's own snake_case fields, dates as ISO strings.
 */
export type StateNumber = 0 | 1 | 2 | 3;
export type Grade = 1 | 2 | 3 | 4;

export interface CardRecord {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: StateNumber;
  last_review?: string;
}

export interface ReviewLogRecord {
  rating: Grade;
  /** The card's state before this review. */
  state: StateNumber;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  review: string;
}
