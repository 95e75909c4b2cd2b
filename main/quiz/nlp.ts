import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp with its small English model: tokens with exact offsets, part-of-speech tags, lemmas, stop-word
 * and negation flags, sentence boundaries and value entities (dates, numbers, money). It annotates about
 * 190,000 words/s, so it does all the per-word work; sentiment is left out of the pipe (unused).
 */
const nlp = winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
const its = nlp.its;

/** One word or punctuation mark, with absolute offsets into the article text. */
export interface RawToken {
  text: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  stop: boolean;
  negated: boolean;
}

/** A wink entity (DATE, CARDINAL, ORDINAL, MONEY, PERCENT, DURATION, ...) as a character range. */
export interface RawEntity {
  start: number;
  end: number;
  type: string;
}

export interface Annotation {
  /** Whitespace tokens (newlines between paragraphs) are left out. */
  tokens: RawToken[];
  /** wink's sentences as character ranges; they may still cross paragraph boundaries. */
  sentences: { start: number; end: number }[];
  entities: RawEntity[];
}

/** Annotates a whole text in one pass (one wink document), with offsets that add up to the text. */
export function annotate(text: string): Annotation {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  // The normalised form, not the lemma: stems keep only six letters, and lemmatising costs more than it helps.
  const lemmas = tokens.out(its.normal) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const starts: number[] = [];
  const ends: number[] = [];
  const kept: RawToken[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += (spaces[i] ?? '').length;
    starts.push(offset);
    ends.push(offset + value.length);
    if (value.trim()) {
      kept.push({
        text: value,
        start: offset,
        end: offset + value.length,
        pos: pos[i] ?? 'X',
        lemma: lemmas[i] ?? value.toLowerCase(),
        stop: stops[i] ?? false,
        negated: negations[i] ?? false,
      });
    }
    offset += value.length;
  });
  const range = ([a, b]: number[]) => ({ start: starts[a ?? 0] ?? 0, end: ends[b ?? 0] ?? 0 });
  const sentences = (doc.sentences().out(its.span) as unknown as number[][]).map(range);
  const types = doc.entities().out(its.type) as string[];
  const entities = (doc.entities().out(its.span) as unknown as number[][]).map((span, i) => ({
    ...range(span),
    type: types[i] ?? '',
  }));
  return { tokens: kept, sentences, entities };
}
