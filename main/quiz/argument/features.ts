import type { FactCandidate } from '../facts';
import type { Analysed } from '../sentences';

/** What the role and thesis scores look at, per sentence. */
export interface Features {
  a: Analysed;
  lower: string;
  /** Crude stems (first six letters of the lemma) of the content words. */
  stems: Set<string>;
  words: number;
  /** Share of the title's (and standfirst's) stems this sentence uses, 0..1. */
  titleOverlap: number;
  /** How central the sentence's vocabulary is to the article, 0..1. */
  importance: number;
  lead: boolean;
  /** In the last paragraph of the introduction: before the first heading, or the opening paragraph. */
  introEnd: boolean;
  conclusion: boolean;
  paragraphStart: boolean;
  /** Money, dates and numbers; names of people, organisations and places. */
  values: number;
  names: number;
  firstPerson: boolean;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

export function stemsOf(a: Analysed): Set<string> {
  const stems = new Set<string>();
  for (const t of a.tokens) {
    if (t.stop || !CONTENT_POS.has(t.pos) || !/\p{L}/u.test(t.text)) continue;
    stems.add(stem(t.lemma));
  }
  return stems;
}

export function stem(word: string): string {
  return word.toLowerCase().slice(0, 6);
}

/** Computes the features of every sentence in one pass over the article. */
export function computeFeatures(
  analysed: readonly Analysed[],
  facts: readonly FactCandidate[][],
  titleStems: ReadonlySet<string>,
): Features[] {
  const stems = analysed.map(stemsOf);
  const frequency = new Map<string, number>();
  for (const set of stems) for (const s of set) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const raw = stems.map((set) => centrality(set, frequency));
  const maxRaw = Math.max(1e-9, ...raw);
  const body = analysed.filter((a) => !a.heading);
  const firstHeading = analysed.find((a) => a.heading && a.sentence.index > 0)?.sentence.index;
  const leadParagraph = body[0]?.sentence.paragraph ?? 0;
  const lastParagraph = body[body.length - 1]?.sentence.paragraph ?? 0;
  const introEndIndex = introEnd(analysed, firstHeading, leadParagraph);
  return analysed.map((a, i) => {
    const set = stems[i] as Set<string>;
    const prev = analysed[i - 1];
    const found = facts[i] ?? [];
    return {
      a,
      lower: a.sentence.text.toLowerCase().replace(/[’‘]/g, "'"),
      stems: set,
      words: a.tokens.filter((t) => /\p{L}/u.test(t.text)).length,
      titleOverlap: titleStems.size ? shared(set, titleStems) / titleStems.size : 0,
      importance: (raw[i] ?? 0) / maxRaw,
      lead: a.sentence.paragraph === leadParagraph,
      introEnd: a.sentence.paragraph === analysed[introEndIndex]?.sentence.paragraph,
      conclusion: a.sentence.paragraph === lastParagraph,
      paragraphStart: !prev || prev.sentence.paragraph !== a.sentence.paragraph,
      values: found.filter((f) => f.type === 'money' || f.type === 'date' || f.type === 'number').length,
      names: found.filter((f) => f.type === 'person' || f.type === 'organization' || f.type === 'place')
        .length,
      firstPerson: /^(?:i|i'm|i am|as a|my|we)\b/.test(a.sentence.text.toLowerCase().replace(/[’]/g, "'")),
    };
  });
}

/** Mean log-frequency of the sentence's stems that recur: sentences in the article's own vocabulary. */
function centrality(set: ReadonlySet<string>, frequency: ReadonlyMap<string, number>): number {
  if (set.size === 0) return 0;
  let sum = 0;
  for (const s of set) sum += Math.log(frequency.get(s) ?? 1);
  return sum / Math.sqrt(set.size + 4);
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** The end of the introduction: the sentence before the first heading when it comes early, else the lead's last. */
function introEnd(
  analysed: readonly Analysed[],
  firstHeading: number | undefined,
  leadParagraph: number,
): number {
  let end: number;
  if (firstHeading !== undefined && firstHeading < analysed.length * 0.4) end = firstHeading - 1;
  else end = analysed.filter((a) => a.sentence.paragraph === leadParagraph).pop()?.sentence.index ?? 0;
  // A question that leads into the body ("How can someone ...?") is not where the intro states its point.
  while (end > 0 && analysed[end]?.question) end--;
  return end;
}
