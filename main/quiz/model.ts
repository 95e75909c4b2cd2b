/**
 * The quiz item model. Items are generated from an article's text, deterministically: the same text and
 * generator version give the same items with the same IDs, because each ID derives from the item's content.
 */

/** Item kinds. The simple generator makes the first two; the argument generator adds the rest. */
export const ITEM_KINDS = [
  'cloze',
  'multiple-choice',
  'central-argument',
  'evidence',
  'role',
  'true-false',
  'matching',
  'ordering',
  'open-recall',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What a fact-carrying answer is, so that distractors can be of the same type. */
export const FACT_TYPES = ['person', 'organization', 'place', 'date', 'number', 'money', 'term'] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** A half-open character range [start, end) into the article's text. */
export interface SourceSpan {
  start: number;
  end: number;
}

export interface Sentence {
  /** Stable within one text: "s" + index. */
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  /** Zero-based paragraph index. */
  paragraph: number;
}

export interface QuizItem {
  /** Derived from kind, prompt, answer and options: unchanged content keeps its ID (and its progress). */
  id: string;
  articleId: string;
  kind: ItemKind;
  /** The question as shown. For a cloze the sentence with the blank written as CLOZE_BLANK. */
  prompt: string;
  /** The model answer; for multiple choice it is one of the options. */
  answer: string;
  /** Multiple choice: every option, the answer among them, in a deterministic shuffled order. */
  options?: string[];
  factType?: FactType;
  /** Where the item comes from in the article (character spans) and which sentences those are. */
  sources: SourceSpan[];
  sourceSentenceIds: string[];
  /** "<generator name>@<version>". */
  generator: string;
}

export const CLOZE_BLANK = '_____';
