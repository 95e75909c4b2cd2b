import type { FactType } from '../model';

/** A fact-carrying span of a sentence: what a cloze blanks out and what a multiple-choice item asks for. */
export interface FactCandidate {
  text: string;
  type: FactType;
  /** Half-open offsets into the article text. */
  start: number;
  end: number;
  sentenceId: string;
  /**
   * A finer kind inside the type, so that distractors look alike: "city"/"country" places, "ordinal"/
   * "cardinal"/"percent" numbers, "year"/"month-year"/"day-month"/"decade" dates, "proper"/"common" terms.
   */
  subtype: string;
}

/** A span local to one sentence, before it becomes a candidate; `strength` ranks conflicting typings. */
export interface Found {
  start: number;
  end: number;
  type: FactType;
  subtype: string;
  strength: number;
}
