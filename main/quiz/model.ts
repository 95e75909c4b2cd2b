/**
 * The quiz item model. Items are generated from an article's text, deterministically: the same text and
 * generator version give the same items with the same IDs, because each ID derives from the item's content.
 */

/** Item kinds: fact and key-term items (cloze, multiple choice) and the argument kinds. */
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

/** What a sentence does in the article's argument. */
export const SENTENCE_ROLES = [
  'thesis',
  'claim',
  'evidence',
  'example',
  'concession',
  'recommendation',
  'background',
] as const;
export type SentenceRole = (typeof SENTENCE_ROLES)[number];

/** One node of the argument map: a sentence, its role, and how it links to the rest. */
export interface ArgumentNode {
  /** "n-" + the sentence ID. */
  id: string;
  sentence: string;
  role: SentenceRole;
  /** 0..1: how clearly the cues point at this role rather than the runner-up. */
  confidence: number;
  /** Evidence and examples: the sentence ID of the claim they support. */
  supports?: string;
  /** Claims, recommendations and the thesis: the sentence IDs that support them. */
  evidence?: string[];
  /** The discourse marker that decided the role, when one did ("illustrates", "should", ...). */
  marker?: string;
}

export interface ArgumentMap {
  /** Sentence IDs of the thesis, the strongest first. */
  thesis: string[];
  /** One node per sentence, in document order. */
  nodes: ArgumentNode[];
}

/** A left-right pair of a matching item ("Stephen Biegun" - "special envoy"). */
export interface MatchPair {
  left: string;
  right: string;
}

export interface QuizItem {
  /** Derived from kind, prompt, answer and options: unchanged content keeps its ID (and its progress). */
  id: string;
  articleId: string;
  kind: ItemKind;
  /** The question as shown. For a cloze the sentence with the blank written as CLOZE_BLANK. */
  prompt: string;
  /**
   * The model answer; for multiple choice it is one of the options. Matching and ordering items carry a
   * readable rendering here and the structured answer in `pairs` / `sequence`.
   */
  answer: string;
  /** Multiple choice: every option, the answer among them, in a deterministic shuffled order. */
  options?: string[];
  factType?: FactType;
  /** Where the item comes from in the article (character spans) and which sentences those are. */
  sources: SourceSpan[];
  sourceSentenceIds: string[];
  /** "<generator name>@<version>". */
  generator: string;
  /** Matching: the pairs in their correct matching; the app shuffles the right-hand sides. */
  pairs?: MatchPair[];
  /** Ordering: the elements in their correct order; the app shuffles them. */
  sequence?: string[];
  /** The argument-map node (`ArgumentNode.id`) the item belongs to, so items can be grouped by node. */
  argumentNode?: string;
  /** Role items: the role the passage plays. */
  role?: SentenceRole;
  /** Open recall: the learner compares with the model answer and grades themselves. */
  selfGraded?: boolean;
  /** What the article actually says, shown after answering (true/false twins, ...). */
  explanation?: string;
  /** Changed by the user: regeneration keeps the user's version. */
  edited?: boolean;
}

export const CLOZE_BLANK = '_____';
