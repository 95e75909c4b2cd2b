import { extractFacts, type FactCandidate } from './entities';
import { compareStrings, contentHash, itemId } from './ids';
import { CLOZE_BLANK, type FactType, type ItemKind, type QuizItem, type Sentence } from './model';
import { splitSentences } from './sentences';

/** Generator name and version, stored on every item it makes. */
export const SIMPLE_GENERATOR = 'simple@1';

/** A fact worth asking about, with how much it is worth asking. */
interface Scored {
  fact: FactCandidate;
  sentence: Sentence;
  /** The content words of the sentence, shared by all its facts. */
  sentenceWords: Set<string>;
  key: string;
  score: number;
}

/** One way of asking about a fact: as a cloze, or as multiple choice with these distractors. */
interface Offer {
  scored: Scored;
  kind: ItemKind;
  distractors: string[];
  score: number;
}

/** A distinct fact of the article, as a possible distractor. */
interface PoolEntry {
  key: string;
  text: string;
  type: FactType;
  subtype: string;
  words: Set<string>;
  wordCount: number;
  plural: boolean;
  /** "UN" for "UN", "" for words; and the initials of the words ("UNSC"). */
  acronym: string;
  initials: string;
  hash: number;
}

const MAX_ANSWER_WORDS = 6;
const MIN_SENTENCE_WORDS = 6;
const MAX_CLOZE_PER_SENTENCE = 2;
const MAX_MC_PER_SENTENCE = 1;
/** Each further item from the same sentence is worth this much less, which spreads items over the article. */
const SAME_SENTENCE_DECAY = 0.6;
/** Likewise for each further multiple-choice item about the same type of fact. */
const SAME_TYPE_DECAY = 0.8;
/** Sentences longer than this make tiring prompts and count for less. */
const LONG_SENTENCE_WORDS = 45;
/** Offers scoring below this are not worth an item, however much budget is left. */
const MIN_SCORE = 1.5;

const TYPE_BASE: Record<FactType, number> = {
  money: 6,
  date: 5,
  number: 5.5,
  person: 4.5,
  organization: 4,
  place: 3.5,
  term: 1,
};

/**
 * Generates the simple items of an article: typed cloze items (a sentence with one fact blanked out) and
 * multiple-choice items (the same kind of blank, with three look-alike facts of the article as distractors).
 *
 * Deterministic: the same text always gives the same items, in document order, with content-derived IDs.
 */
export function generateSimpleItems(
  articleId: string,
  text: string,
): { sentences: Sentence[]; items: QuizItem[] } {
  const sentences = splitSentences(text);
  const facts = extractFacts(sentences);
  const pool = distractorPool(facts);
  const scored = scoreFacts(facts, sentences);
  const offers = scored.flatMap((s) => makeOffers(s, pool));
  const chosen = choose(offers, itemBudget(text));
  const items = new Map<string, QuizItem>();
  for (const offer of chosen.sort(documentOrder)) {
    const item = buildItem(articleId, offer);
    if (!items.has(item.id)) items.set(item.id, item);
  }
  return { sentences, items: [...items.values()] };
}

// ---------------------------------------------------------------------------------------------- scoring

/** Roughly one cloze per 40 words and one multiple-choice item per 85, within sane bounds. */
function itemBudget(text: string): Record<'cloze' | 'multiple-choice', number> {
  const words = text.match(/\S+/g)?.length ?? 0;
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));
  return { cloze: clamp(words / 40, 3, 40), 'multiple-choice': clamp(words / 85, 2, 20) };
}

/**
 * Scores every usable fact: money, dates and numbers first, rare names before frequent ones, key terms by how
 * often the article uses them; facts in the standfirst and in topic sentences count more.
 */
function scoreFacts(facts: FactCandidate[], sentences: Sentence[]): Scored[] {
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const counts = countBy(facts, (f) => factKey(f.text));
  const heads = countBy(
    facts.filter((f) => f.type === 'term'),
    (f) => headWord(f.text),
  );
  const repeated = repeatedSentences(sentences);
  const info = new Map(
    sentences.map((s) => [
      s.id,
      { weight: sentenceWeight(s, sentences), length: wordCount(s.text), words: contentWords(s.text) },
    ]),
  );
  const scored: Scored[] = [];
  for (const fact of facts) {
    const sentence = byId.get(fact.sentenceId);
    const about = info.get(fact.sentenceId);
    if (!sentence || !about || repeated.has(sentence.id) || !isAskable(fact, sentence, about.length))
      continue;
    const key = factKey(fact.text);
    const base = factScore(fact, counts.get(key) ?? 1, heads.get(headWord(fact.text)) ?? 1);
    scored.push({ fact, sentence, sentenceWords: about.words, key, score: base * about.weight });
  }
  return scored;
}

function factScore(fact: FactCandidate, count: number, headCount: number): number {
  const words = wordCount(fact.text);
  if (fact.type === 'number' && !/\d/.test(fact.text)) return 2.5;
  if (fact.type !== 'term') {
    // A name the article repeats everywhere is easy to guess; a name it mentions once is a fact to learn.
    const tooShort = fact.text.length <= 2 ? 1.5 : 0;
    return TYPE_BASE[fact.type] - 0.4 * Math.min(count - 1, 4) - tooShort;
  }
  if (fact.subtype === 'proper') return 3.5;
  const repetition = Math.min(count - 1, 3) * (words > 1 ? 0.8 : 0.4);
  const longWord = words === 1 && fact.text.length >= 12 ? 1.2 : 0;
  return TYPE_BASE.term + (words > 1 ? 1.2 : 0) + repetition + longWord + Math.min(headCount - 1, 3) * 0.2;
}

/** The standfirst and the first sentence of each paragraph carry the argument; the last one concludes it. */
function sentenceWeight(sentence: Sentence, sentences: Sentence[]): number {
  const length = wordCount(sentence.text) > LONG_SENTENCE_WORDS ? 0.8 : 1;
  if (sentence.paragraph === 0) return 1.6 * length;
  const previous = sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return 1.25 * length;
  return (sentence.index === sentences.length - 1 ? 1.25 : 1) * length;
}

/** Long enough a sentence to give context, short enough an answer to recall, and not given away. */
function isAskable(fact: FactCandidate, sentence: Sentence, sentenceWords: number): boolean {
  const answerWords = wordCount(fact.text);
  if (sentenceWords < MIN_SENTENCE_WORDS || answerWords > MAX_ANSWER_WORDS) return false;
  if (answerWords * 2 > sentenceWords || /^(?:the|a|an)\s/i.test(fact.text)) return false;
  return sentence.text.includes(fact.text) && !revealedElsewhere(fact, sentence);
}

/** Whether a word of the answer also appears in the rest of the sentence ("Trump, ... the Trump administration"). */
function revealedElsewhere(fact: FactCandidate, sentence: Sentence): boolean {
  const start = fact.start - sentence.start;
  const rest = `${sentence.text.slice(0, start)} ${sentence.text.slice(start + fact.text.length)}`;
  return sharesWord(contentWords(fact.text), contentWords(rest));
}

/** Sentences whose text already appeared earlier: their items would duplicate the first one's. */
function repeatedSentences(sentences: Sentence[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const s of sentences) {
    const key = normalizeSpace(s.text.toLowerCase());
    if (seen.has(key)) repeated.add(s.id);
    seen.add(key);
  }
  return repeated;
}

// ---------------------------------------------------------------------------------------------- distractors

/** Every distinct fact of the article, keyed case-insensitively; common terms keep a lower-case spelling. */
function distractorPool(facts: FactCandidate[]): Map<FactType, PoolEntry[]> {
  const entries = new Map<string, PoolEntry>();
  for (const f of facts) {
    // Two-letter acronyms ("US") make weak, guessable options.
    if (f.text.length <= 2) continue;
    const key = factKey(f.text);
    const existing = entries.get(key);
    if (existing && !(f.subtype === 'common' && /^\p{Lu}/u.test(existing.text))) continue;
    entries.set(key, poolEntry(f));
  }
  const byType = new Map<FactType, PoolEntry[]>();
  for (const entry of entries.values()) byType.set(entry.type, [...(byType.get(entry.type) ?? []), entry]);
  return byType;
}

function poolEntry(f: FactCandidate): PoolEntry {
  return {
    key: factKey(f.text),
    text: f.text,
    type: f.type,
    subtype: f.subtype,
    words: contentWords(f.text),
    wordCount: wordCount(f.text),
    plural: isPlural(f.text),
    acronym: /^\p{Lu}{2,}$/u.test(f.text.replace(/\./g, '')) ? f.text.replace(/\./g, '') : '',
    initials: (f.text.match(/\p{L}+/gu) ?? []).map((w) => w.charAt(0).toUpperCase()).join(''),
    hash: fnv1a(factKey(f.text)),
  };
}

/**
 * Up to three facts of the answer's type that cannot also be right: none shares a word with the answer or with
 * each other ("Trump" vs "Donald Trump"), is its acronym, or appears in the sentence itself. Look-alikes
 * (same subtype, length, plural) come first; ties are broken by a hash, so adding an unrelated fact to the
 * article rarely changes an item's distractors.
 */
function pickDistractors(scored: Scored, pool: Map<FactType, PoolEntry[]>): string[] {
  const { fact, sentence, key } = scored;
  const answer = poolEntry(fact);
  const answerWords = answer.words;
  const sentenceLower = sentence.text.toLowerCase();
  const inSentence = fact.type === 'term' ? undefined : scored.sentenceWords;
  const ranked = (pool.get(fact.type) ?? [])
    .filter((p) => p.key !== key && sameFamily(answer, p))
    .filter((p) => !sharesWord(p.words, answerWords) && !isAcronymOf(p, answer))
    // A name the sentence already mentions, even in part ("Pompeo" for "Mike Pompeo"), would read oddly.
    .filter((p) =>
      inSentence ? !sharesWord(p.words, inSentence) : !containsWord(sentenceLower, p.text.toLowerCase()),
    )
    .map((p) => ({ p, rank: lookAlike(answer, p), tie: mix(answer.hash, p.hash) }))
    .sort((a, b) => b.rank - a.rank || a.tie - b.tie || compareStrings(a.p.key, b.p.key));
  const picked: PoolEntry[] = [];
  for (const { p } of ranked) {
    if (picked.length === 3) break;
    if (picked.some((q) => sharesWord(q.words, p.words) || isAcronymOf(q, p))) continue;
    picked.push(p);
  }
  return picked.map((p) => matchCase(p, fact));
}

/** Ordinals only stand in for ordinals, proper terms for proper terms: anything else is an obvious misfit. */
function sameFamily(answer: PoolEntry, p: PoolEntry): boolean {
  if (answer.type === 'number') return p.subtype === answer.subtype;
  // A one-word term among phrases (or the reverse) stands out.
  if (answer.type === 'term') return p.subtype === answer.subtype && p.wordCount > 1 === answer.wordCount > 1;
  return true;
}

function lookAlike(answer: PoolEntry, p: PoolEntry): number {
  let rank = p.subtype === answer.subtype ? 2 : 0;
  rank -= 0.5 * Math.abs(p.wordCount - answer.wordCount);
  if (answer.type === 'term' && p.plural === answer.plural) rank += 1;
  return rank;
}

/** A common term at the start of a sentence is capitalized; its distractors must be too, or it stands out. */
function matchCase(p: PoolEntry, fact: FactCandidate): string {
  if (p.type !== 'term' || p.subtype !== 'common') return p.text;
  const upper = /^\p{Lu}/u.test(fact.text);
  const first = p.text.charAt(0);
  return (upper ? first.toUpperCase() : first.toLowerCase()) + p.text.slice(1);
}

// ---------------------------------------------------------------------------------------------- choosing

function makeOffers(scored: Scored, pool: Map<FactType, PoolEntry[]>): Offer[] {
  const offers: Offer[] = [{ scored, kind: 'cloze', distractors: [], score: scored.score }];
  if (!worthChoices(scored.fact)) return offers;
  const distractors = pickDistractors(scored, pool);
  if (distractors.length >= 2) {
    // Recognising a name or a number among look-alikes is a good question; a common term less so.
    const factor = scored.fact.type === 'term' ? 0.85 : 1.1;
    offers.push({ scored, kind: 'multiple-choice', distractors, score: scored.score * factor });
  }
  return offers;
}

/** Choosing among single common words ("agreement", "desire", ...) tests little; phrases and names do. */
function worthChoices(fact: FactCandidate): boolean {
  return fact.type !== 'term' || fact.subtype === 'proper' || wordCount(fact.text) > 1;
}

/**
 * Greedy choice of the best offers within the budget. Each item already taken from a sentence lowers the worth
 * of the next one there, and each multiple-choice item of a fact type lowers the next of that type, so items
 * spread over the article and over kinds of facts. A multiple-choice item never blanks a span a cloze of its
 * sentence blanks (the prompts would be near duplicates), and a fact is not asked over and over.
 */
function choose(offers: Offer[], budget: Record<'cloze' | 'multiple-choice', number>): Offer[] {
  const state = new Choice(budget);
  const remaining = [...offers].sort((a, b) => b.score - a.score || documentOrder(a, b));
  for (;;) {
    let best: { offer: Offer; worth: number; at: number } | undefined;
    remaining.forEach((offer, at) => {
      // Sorted by score, so once the undiscounted score cannot win, nothing later can.
      if (best && offer.score <= best.worth) return;
      if (!state.fits(offer)) return;
      const worth = offer.score * state.decay(offer);
      if (!best || worth > best.worth) best = { offer, worth, at };
    });
    if (!best || best.worth < MIN_SCORE) return state.chosen;
    state.take(best.offer);
    remaining.splice(best.at, 1);
  }
}

/** What has been chosen so far, indexed for the constraints of `choose`. */
class Choice {
  readonly chosen: Offer[] = [];
  private readonly left: Record<string, number>;
  private readonly perSentence = new Map<string, Offer[]>();
  private readonly uses = new Map<string, number>();
  private readonly mcTypes = new Map<FactType, number>();

  constructor(budget: Record<'cloze' | 'multiple-choice', number>) {
    this.left = { ...budget };
  }

  /** How much less an offer is worth given what is already chosen. */
  decay(offer: Offer): number {
    const fromSentence = this.perSentence.get(offer.scored.sentence.id)?.length ?? 0;
    const sameType = offer.kind === 'cloze' ? 0 : (this.mcTypes.get(offer.scored.fact.type) ?? 0);
    return SAME_SENTENCE_DECAY ** fromSentence * SAME_TYPE_DECAY ** sameType;
  }

  fits(offer: Offer): boolean {
    if ((this.left[offer.kind] ?? 0) <= 0) return false;
    const inSentence = this.perSentence.get(offer.scored.sentence.id) ?? [];
    const sameKind = inSentence.filter((c) => c.kind === offer.kind).length;
    if (sameKind >= (offer.kind === 'cloze' ? MAX_CLOZE_PER_SENTENCE : MAX_MC_PER_SENTENCE)) return false;
    if (inSentence.some((c) => overlaps(c.scored.fact, offer.scored.fact))) return false;
    return (this.uses.get(useKey(offer)) ?? 0) < maxUses(offer);
  }

  take(offer: Offer): void {
    this.chosen.push(offer);
    this.left[offer.kind] = (this.left[offer.kind] ?? 0) - 1;
    const id = offer.scored.sentence.id;
    this.perSentence.set(id, [...(this.perSentence.get(id) ?? []), offer]);
    this.uses.set(useKey(offer), (this.uses.get(useKey(offer)) ?? 0) + 1);
    if (offer.kind !== 'cloze') {
      this.mcTypes.set(offer.scored.fact.type, (this.mcTypes.get(offer.scored.fact.type) ?? 0) + 1);
    }
  }
}

const useKey = (offer: Offer) => `${offer.kind}|${offer.scored.key}`;

/** Key terms may come back once as a cloze (they are the argument); names, numbers and dates may not. */
function maxUses(offer: Offer): number {
  return offer.kind === 'cloze' && offer.scored.fact.type === 'term' ? 2 : 1;
}

function documentOrder(a: Offer, b: Offer): number {
  return (
    a.scored.fact.start - b.scored.fact.start ||
    a.scored.fact.end - b.scored.fact.end ||
    compareStrings(a.kind, b.kind)
  );
}

// ---------------------------------------------------------------------------------------------- items

function buildItem(articleId: string, offer: Offer): QuizItem {
  const { fact, sentence } = offer.scored;
  const blanked = blankOut(sentence, fact);
  const base = {
    articleId,
    answer: fact.text,
    factType: fact.type,
    sources: [{ start: sentence.start, end: sentence.end }],
    sourceSentenceIds: [sentence.id],
    generator: SIMPLE_GENERATOR,
  };
  if (offer.kind === 'cloze') {
    const parts = { kind: offer.kind, prompt: blanked, answer: fact.text };
    return { id: itemId(parts), ...parts, ...base };
  }
  const prompt = `Which fills the blank? ${blanked}`;
  const sorted = [fact.text, ...offer.distractors].sort(compareStrings);
  const seed = contentHash({ kind: offer.kind, prompt, answer: fact.text, options: sorted });
  const options = seededShuffle(sorted, seed);
  return {
    id: itemId({ kind: offer.kind, prompt, answer: fact.text, options }),
    kind: offer.kind,
    prompt,
    options,
    ...base,
  };
}

/**
 * The sentence with the fact replaced by the blank. An "a"/"an" right before it becomes "a/an", so the
 * article does not give away whether the answer starts with a vowel.
 */
function blankOut(sentence: Sentence, fact: FactCandidate): string {
  const before = sentence.text
    .slice(0, fact.start - sentence.start)
    .replace(/(^|[^\p{L}])(a|an)(\s+)$/iu, (_, lead: string, article: string, space: string) => {
      return `${lead}${article.charAt(0) === 'A' ? 'A/an' : 'a/an'}${space}`;
    });
  return before + CLOZE_BLANK + sentence.text.slice(fact.end - sentence.start);
}

/** Fisher–Yates driven by a PRNG seeded from the item's content: stable across runs, no Math.random. */
function seededShuffle<T>(items: readonly T[], seedHex: string): T[] {
  const out = [...items];
  let state = Number.parseInt(seedHex.slice(0, 8), 16) >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- text helpers

/** Case-, quote- and possessive-insensitive identity of a fact's text. */
function factKey(text: string): string {
  return normalizeSpace(text.toLowerCase().replace(/[’‘]/g, "'").replace(/'s$/, ''));
}

const STOP_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'on', 'in', 'to']);

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w)).map((w) => w.replace(/s$/, '')));
}

/** A cheap 32-bit string hash (FNV-1a) for tie-breaking; it needs to be stable, not secure. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Combines two hashes into a well-spread tie-breaker (a murmur-style finaliser). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function sharesWord(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** "US" for "United States", "UN" for "United Nations Security Council". */
function isAcronymOf(a: PoolEntry, b: PoolEntry): boolean {
  return (
    (!!a.acronym && b.initials.startsWith(a.acronym)) || (!!b.acronym && a.initials.startsWith(b.acronym))
  );
}

function containsWord(haystack: string, needle: string): boolean {
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

function headWord(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return (words[words.length - 1] ?? '').replace(/s$/, '');
}

function isPlural(text: string): boolean {
  return /[^s]s$/i.test(text);
}

function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
