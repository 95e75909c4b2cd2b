import nlp from 'compromise';
import type { FactType, Sentence } from './model';

/** A fact-carrying span of a sentence: what a cloze blanks out and what a multiple-choice item asks for. */
export interface FactCandidate {
  text: string;
  type: FactType;
  /** Half-open offsets into the article text. */
  start: number;
  end: number;
  sentenceId: string;
  /**
   * A finer kind inside the type, so that distractors can look alike: "city"/"country" places,
   * "ordinal"/"cardinal" numbers, "year"/"month-year"/"day-month"/"decade" dates, "proper"/"common" terms.
   */
  subtype: string;
}

/** One compromise term, located in its sentence (local offsets, without the surrounding punctuation). */
interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  index: number;
}

/** A sentence ready for extraction. */
interface Parsed {
  sentence: Sentence;
  tokens: Token[];
}

/** A local span of a sentence with its type; `strength` ranks conflicting evidence about a name. */
interface Found {
  start: number;
  end: number;
  type: FactType;
  subtype: string;
  strength: number;
}

/**
 * Finds the fact candidates of every sentence: money, dates, numbers, names (people, organizations, places)
 * and key terms, each with offsets into the article text.
 *
 * Names are resolved across the whole article, so that "Trump" alone is a person because "Donald Trump" is one,
 * and a sentence-initial capital only counts as a name when the word is capitalized elsewhere too.
 */
export function extractFacts(sentences: readonly Sentence[]): FactCandidate[] {
  const parsed = sentences.map(parseSentence);
  const properWords = capitalizedMidSentence(parsed);
  const names = parsed.map((p) => findNames(p, properWords));
  const nameTypes = resolveNameTypes(parsed, names);
  const facts: FactCandidate[] = [];
  parsed.forEach((p, i) => {
    const claimed: Found[] = [];
    const claim = (found: Found[]) => {
      for (const f of found) if (!claimed.some((c) => overlaps(c, f))) claimed.push(f);
    };
    const text = p.sentence.text;
    claim(findMoney(text));
    claim(findDates(text));
    claim(findNumbers(text, p.tokens));
    claim(retype(text, names[i] ?? [], nameTypes));
    claim(findKeyTerms(p, properWords));
    for (const f of claimed.sort((a, b) => a.start - b.start)) {
      const candidate = toCandidate(p.sentence, f);
      if (candidate) facts.push(candidate);
    }
  });
  return facts;
}

/** The fact candidates of one sentence on its own (names are then resolved within that sentence only). */
export function findFactCandidates(sentence: Sentence): FactCandidate[] {
  return extractFacts([sentence]);
}

// ---------------------------------------------------------------------------------------------- parsing

/**
 * Tokenizes and tags one sentence. Only compromise's lexicon and first tagging pass run: its second pass costs
 * several times as much and the name heuristics below do not need it.
 */
function parseSentence(sentence: Sentence): Parsed {
  const doc = nlp.tokenize(sentence.text).compute(['lexicon', 'preTagger']);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const term of doc.docs.flat()) {
    if (!term.text) continue;
    // Locate each term ourselves, sequentially, rather than trusting computed offsets.
    const start = sentence.text.indexOf(term.text, cursor);
    if (start < 0) continue;
    cursor = start + term.text.length;
    tokens.push({
      text: term.text,
      lower: term.text.toLowerCase(),
      start,
      end: cursor,
      pre: term.pre,
      post: term.post,
      tags: term.tags ?? NO_TAGS,
      index: tokens.length,
    });
  }
  return { sentence, tokens };
}

const NO_TAGS: ReadonlySet<string> = new Set();

type Lexicon = Record<string, string | string[] | undefined>;
const LEXICON: Lexicon = (nlp.model() as { one?: { lexicon?: Lexicon } }).one?.lexicon ?? {};

/** The tags compromise's dictionary gives a word out of context. */
function lexiconTags(word: string): string[] {
  const entry = LEXICON[word.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

const hasAny = (tags: Iterable<string>, wanted: ReadonlySet<string>) => [...tags].some((t) => wanted.has(t));

// ---------------------------------------------------------------------------------------------- word lists

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PERSON_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Address']);
const ORG_TAGS = new Set(['Organization', 'Company', 'School', 'SportsTeam']);
const PROPER_TAGS = new Set(['ProperNoun', ...PERSON_TAGS, ...PLACE_TAGS, ...ORG_TAGS]);

const TITLES = new Set(
  (
    'president secretary minister prime vice leader general senator governor chairman chairwoman chair ' +
    'ambassador envoy chancellor king queen premier mr mrs ms dr sir supreme commander prince princess lord ' +
    'lady judge justice pope chief deputy director professor prof spokesman spokeswoman foreign admiral ' +
    'colonel captain sergeant lieutenant mayor speaker representative rep sen gov'
  ).split(' '),
);
const ORG_HEADS = new Set(
  (
    'agency council department ministry commission committee bank fund university institute institution ' +
    'company corporation corp inc ltd airlines airways party organisation organization association ' +
    'court parliament congress senate assembly administration office service services school college ' +
    'foundation group forces force army navy police board bureau authority centre center project'
  ).split(' '),
);
const EVENT_HEADS = new Set(
  (
    'war show summit plan deal treaty accord agreement act doctrine conference games cup olympics forum ' +
    'festival crisis revolution programme program initiative declaration convention protocol talks'
  ).split(' '),
);
const PLACE_HEADS = new Set(
  'peninsula island islands sea ocean river mountains strait gulf bay valley province county republic kingdom'.split(
    ' ',
  ),
);
/** Nouns too general to be worth learning on their own. */
const GENERIC_NOUNS = new Set(
  (
    'time times way ways day days year years case sense hand side sides sort type kind part piece result ' +
    'course basis thing things lot fact point number matter level end means events event people person ' +
    'one ones other others something anything everything nothing someone anyone place home area areas ' +
    'question issue issues problem problems example instance reason reasons term terms idea life world ' +
    'while deal chance chances possibility possibilities detail details return'
  ).split(' '),
);
/** Modifiers that only weaken a key term ("such a deal", "other measures"). */
const WEAK_MODIFIERS = new Set(
  (
    'other such all own much more most same certain further last first long high very real different ' +
    'various main little many few several some any each every whole entire just only even new old big ' +
    'bigger small good bad great right left next previous full'
  ).split(' '),
);
/** Function words compromise's first pass sometimes leaves tagged as nouns. */
const NOT_NOUNS = new Set(
  (
    'albeit whatever however although though whether instead per via plus versus etc yes no not worth over ' +
    'under about above below near like off out up down into onto upon within without across along among ' +
    'around behind beyond despite during except inside outside past since through toward towards until ' +
    'pending including regarding concerning'
  ).split(' '),
);
/** What the dictionary says a word is when it can never head or modify a key term. */
const FUNCTION_TAGS = new Set([
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Adverb',
  'Modal',
  'Copula',
  'QuestionWord',
]);
/** The subtype of a name whose type is not known yet. */
const UNKNOWN = 'unknown';
const NUMBER_WORDS_NEEDING_NOUN = new Set(['one']);

// ---------------------------------------------------------------------------------------------- money, dates, numbers

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAY_RANGE = `${DAY}(?:\\s?[-–]\\s?${DAY})?`;

const MONEY_PATTERNS = [
  /(?:\b[A-Z]{1,3})?[$€£¥](?:[A-Z]{1,3})?\s?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion|bn)\b)?/g,
  /\b\d+(?:,\d{3})*(?:\.\d+)?\s?(?:(?:thousand|million|billion|trillion)\s)?(?:dollars|euros|pounds|yen|yuan|won|rupees)\b/gi,
];
const DATE_PATTERNS: [RegExp, string][] = [
  [new RegExp(`\\b${DAY_RANGE}\\s+${MONTH}(?:,?\\s+\\d{4})?(?![\\p{L}\\p{N}])`, 'gu'), 'day-month'],
  [new RegExp(`\\b${MONTH}\\s+${DAY_RANGE}(?:,?\\s+\\d{4})?(?![\\p{L}\\p{N}])`, 'gu'), 'day-month'],
  [new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'g'), 'month-year'],
  [/\b(?:1\d|20)\d0s\b/g, 'decade'],
  [/\b(?:1[5-9]|20)\d{2}\b/g, 'year'],
];
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s?(?:%|per ?cent\b))?/g;

function findMoney(text: string): Found[] {
  return MONEY_PATTERNS.flatMap((re) => matches(text, re, 'money', 'money'));
}

function findDates(text: string): Found[] {
  const found: Found[] = [];
  for (const [re, subtype] of DATE_PATTERNS) {
    for (const f of matches(text, re, 'date', subtype)) if (!found.some((g) => overlaps(f, g))) found.push(f);
  }
  return found;
}

/** Numerals, plus spelled-out numbers ("two", "second") when they count something. */
function findNumbers(text: string, tokens: Token[]): Found[] {
  const found = matches(text, DIGITS, 'number', 'cardinal');
  for (const t of tokens) {
    if (!t.tags.has('TextValue') || !/^\p{Ll}/u.test(t.text)) continue;
    if (t.tags.has('Multiple') || NUMBER_WORDS_NEEDING_NOUN.has(t.lower)) continue;
    const next = tokens[t.index + 1];
    // "one would have expected" is not a fact; "two days" is.
    if (!next || !isWhitespace(t.post) || !isNounLike(next)) continue;
    const subtype = t.tags.has('Ordinal') ? 'ordinal' : 'cardinal';
    found.push({ start: t.start, end: t.end, type: 'number', subtype, strength: 1 });
  }
  return found;
}

function matches(text: string, re: RegExp, type: FactType, subtype: string): Found[] {
  return [...text.matchAll(re)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type,
    subtype,
    strength: 3,
  }));
}

// ---------------------------------------------------------------------------------------------- names

/** Lower-cased words written with a capital somewhere other than at the start of a sentence. */
function capitalizedMidSentence(parsed: Parsed[]): Set<string> {
  const words = new Set<string>();
  for (const p of parsed) {
    for (const t of p.tokens) if (t.index > 0 && isCapitalized(t)) words.add(t.lower);
  }
  return words;
}

function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && t.text !== 'I';
}

/** Capitalized, and not merely because it starts the sentence. */
function isProperWord(t: Token, properWords: ReadonlySet<string>): boolean {
  if (!isCapitalized(t)) return false;
  if (t.index > 0) return true;
  return properWords.has(t.lower) || hasAny(t.tags, PROPER_TAGS);
}

/** Runs of capitalized words ("Kim Jong Un", "Department of Defense"), cleaned and given a first type. */
function findNames(p: Parsed, properWords: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  for (const run of properRuns(p.tokens, properWords)) {
    const cleaned = cleanRun(run);
    if (!cleaned) continue;
    const typed = classifyRun(cleaned.tokens, cleaned.hadTitle, p.tokens);
    if (!typed) continue;
    const first = cleaned.tokens[0];
    const last = cleaned.tokens[cleaned.tokens.length - 1];
    if (!first || !last) continue;
    found.push({ start: first.start, end: withoutPossessive(last), ...typed });
  }
  return found;
}

/** Consecutive capitalized tokens separated only by spaces; "of" (or "of the") may join two of them. */
function properRuns(tokens: Token[], properWords: ReadonlySet<string>): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = run[run.length - 1];
    if (isProperWord(t, properWords)) {
      if (prev && !(isWhitespace(prev.post) && t.pre === '')) close();
      run.push(t);
      continue;
    }
    const joiner = prev ? ofJoiner(tokens, i, run, properWords) : 0;
    if (joiner > 0) {
      run.push(...tokens.slice(i, i + joiner));
      i += joiner - 1;
      continue;
    }
    close();
  }
  close();
  return runs;
}

/** How many tokens of "of" / "of the" join the run to a following name (0 when they do not). */
function ofJoiner(tokens: Token[], i: number, run: Token[], properWords: ReadonlySet<string>): number {
  const prev = run[run.length - 1] as Token;
  const t = tokens[i] as Token;
  if (t.lower !== 'of' || !isWhitespace(prev.post) || TITLES.has(prev.lower)) return 0;
  if (run.some((r) => hasAny(lexiconTags(r.lower), PERSON_TAGS))) return 0;
  const the = tokens[i + 1]?.lower === 'the' ? 1 : 0;
  const next = tokens[i + 1 + the];
  const plain = [t, tokens[i + the]].every((x) => x && isWhitespace(x.post) && x.pre === '');
  return next && plain && next.pre === '' && isProperWord(next, properWords) ? 1 + the : 0;
}

/** Drops leading titles, demonyms and non-name words before a first name ("State Mike Pompeo"). */
function cleanRun(run: Token[]): { tokens: Token[]; hadTitle: boolean } | undefined {
  let tokens = run;
  let hadTitle = false;
  while (tokens.length > 1 && isLeadingNoise(tokens[0] as Token)) {
    hadTitle ||= isTitle(tokens[0] as Token);
    tokens = tokens.slice(1);
  }
  const firstName = tokens.findIndex((t, i) => i > 0 && isFirstName(t));
  if (firstName > 0 && !tokens.slice(0, firstName).some(isNamePart)) {
    hadTitle ||= tokens.slice(0, firstName).some(isTitle);
    tokens = tokens.slice(firstName);
  }
  if (tokens.every((t) => isTitle(t) || t.tags.has('Demonym') || t.lower === 'the' || t.lower === 'of')) {
    return undefined;
  }
  return { tokens, hadTitle };
}

function isLeadingNoise(t: Token): boolean {
  return isTitle(t) || t.tags.has('Demonym') || t.lower === 'the' || t.tags.has('Honorific');
}

function isTitle(t: Token): boolean {
  return TITLES.has(t.lower.replace(/\.$/, ''));
}

function isFirstName(t: Token): boolean {
  return hasAny(lexiconTags(t.lower), FIRST_NAME_TAGS);
}

function isNamePart(t: Token): boolean {
  return hasAny(lexiconTags(t.lower), PERSON_TAGS);
}

/**
 * A first guess at a name's type, with how sure it is: a title or a first name makes a person, a head word
 * like "Agency" an organization, "War" or "Plan" a proper term, the dictionary or context a place.
 */
function classifyRun(
  tokens: Token[],
  hadTitle: boolean,
  all: Token[],
): Pick<Found, 'type' | 'subtype' | 'strength'> | undefined {
  const last = tokens[tokens.length - 1] as Token;
  const ofAt = tokens.findIndex((t) => t.lower === 'of');
  const head = (ofAt > 0 ? tokens[ofAt - 1] : last) as Token;
  const headWord = stripPossessive(head.lower);
  const multi = tokens.length > 1;
  if (head.tags.has('Demonym') && !EVENT_HEADS.has(headWord)) return undefined;
  if (multi && EVENT_HEADS.has(headWord)) return { type: 'term', subtype: 'proper', strength: 3 };
  if (multi && ORG_HEADS.has(headWord)) return { type: 'organization', subtype: 'organization', strength: 3 };
  if (hadTitle || (multi && tokens.some(isFirstName))) {
    return { type: 'person', subtype: 'person', strength: 3 };
  }
  if (multi && PLACE_HEADS.has(headWord)) return { type: 'place', subtype: 'place', strength: 3 };
  const place = placeSubtype(tokens);
  if (place) return { type: 'place', subtype: place, strength: multi ? 3 : 2 };
  const lexicon = tokens.flatMap((t) => lexiconTags(stripPossessive(t.lower)));
  if (hasAny(lexicon, ORG_TAGS)) return { type: 'organization', subtype: 'organization', strength: 2 };
  if (hasAny(lexicon, PERSON_TAGS)) return { type: 'person', subtype: 'person', strength: 2 };
  if (tokens.every((t) => t.tags.has('Acronym') && t.text.length <= 2)) return undefined;
  if (multi) return { type: 'term', subtype: 'proper', strength: 1 };
  // An unknown single word after "at", "in", ... is most likely a place ("the facility at Yongbyon").
  const before = all[(tokens[0] as Token).index - 1];
  if (before && /^(?:at|in|near|from|to|of)$/.test(before.lower)) {
    return { type: 'place', subtype: 'place', strength: 0.5 };
  }
  // Unknown so far: another occurrence may still tell ("Trump" alone, once "Donald Trump" is a person).
  return { type: 'term', subtype: UNKNOWN, strength: 0 };
}

/** "city"/"country"/"place" when the dictionary (or, failing that, the context) says the name is a place. */
function placeSubtype(tokens: Token[]): string | undefined {
  const phrase = tokens.map((t) => stripPossessive(t.lower)).join(' ');
  const tags = lexiconTags(phrase);
  const fromWords = tokens.length === 1 ? lexiconTags(stripPossessive(tokens[0]?.lower ?? '')) : [];
  const known = [...tags, ...fromWords];
  if (known.includes('City')) return 'city';
  if (known.includes('Country')) return 'country';
  if (hasAny(known, PLACE_TAGS)) return 'place';
  if (tokens.some((t) => hasAny(lexiconTags(t.lower), PERSON_TAGS))) return undefined;
  if (tokens.every((t) => hasAny(t.tags, PLACE_TAGS))) return tokens.length === 1 ? 'place' : 'region';
  return undefined;
}

/**
 * Gives every occurrence of a name the best-supported type found anywhere in the article; a lone surname takes
 * the type of the full name it ends ("Pompeo" from "Mike Pompeo"), which outranks a weak dictionary guess.
 */
function resolveNameTypes(parsed: Parsed[], names: Found[][]): Map<string, Found> {
  const best = new Map<string, Found>();
  const consider = (key: string, f: Found) => {
    const current = best.get(key);
    if (!current || f.strength > current.strength) best.set(key, f);
  };
  parsed.forEach((p, i) => {
    for (const f of names[i] ?? []) consider(nameKey(p.sentence.text.slice(f.start, f.end)), f);
  });
  for (const [key, f] of [...best]) {
    const words = key.split(' ');
    if (f.type !== 'person' || f.strength < 3 || words.length < 2) continue;
    consider(words[words.length - 1] as string, { ...f, strength: 2.5 });
  }
  return best;
}

function retype(text: string, names: Found[], types: Map<string, Found>): Found[] {
  return names.flatMap((f) => {
    const resolved = types.get(nameKey(text.slice(f.start, f.end)));
    if (!resolved || resolved.subtype === UNKNOWN) return [];
    return [{ ...f, type: resolved.type, subtype: resolved.subtype }];
  });
}

function nameKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '');
}

/** The end of a token without a possessive "’s" or a trailing apostrophe ("Kim’s" -> "Kim"). */
function withoutPossessive(t: Token): number {
  const m = /(?:['’]s|(?<=s)['’])$/.exec(t.text);
  return m ? t.end - m[0].length : t.end;
}

// ---------------------------------------------------------------------------------------------- key terms

/** Noun phrases that are not names: an optional modifier or two and a noun ("personal chemistry"). */
function findKeyTerms(p: Parsed, properWords: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  let chunk: Token[] = [];
  const flush = () => {
    const term = trimChunk(chunk);
    if (term) found.push(term);
    chunk = [];
  };
  for (const t of p.tokens) {
    const prev = chunk[chunk.length - 1];
    const joined = prev && t.pre === '' && (isWhitespace(prev.post) || prev.post === '-');
    const usable = isChunkWord(t, properWords) && (!prev || joined);
    const continuesCompound = !prev && (p.tokens[t.index - 1]?.post ?? '').endsWith('-');
    if (!usable || continuesCompound) {
      flush();
      if (isChunkWord(t, properWords) && !continuesCompound) chunk.push(t);
      continue;
    }
    chunk.push(t);
    if (!isWhitespace(t.post) && t.post !== '-') flush();
  }
  flush();
  return found;
}

function isChunkWord(t: Token, properWords: ReadonlySet<string>): boolean {
  if (isProperWord(t, properWords) || NOT_NOUNS.has(t.lower) || !/^\p{L}+$/u.test(t.text)) return false;
  if (hasAny(lexiconTags(t.lower), FUNCTION_TAGS)) return false;
  if (t.tags.has('Adjective')) return true;
  return isNoun(t);
}

function isNoun(t: Token): boolean {
  const nounish = ['Noun', 'Singular', 'Plural', 'Uncountable'].some((tag) => t.tags.has(tag));
  const excluded = ['Pronoun', 'Value', 'Date', 'Duration', 'Possessive', 'Verb', 'Adverb', 'Determiner'];
  return nounish && !excluded.some((tag) => t.tags.has(tag));
}

function isNounLike(t: Token): boolean {
  return isNoun(t) || t.tags.has('Adjective') || t.tags.has('Actor');
}

/** Cuts a chunk down to a term: weak modifiers off the front, up to the last noun, at most three words. */
function trimChunk(chunk: Token[]): Found | undefined {
  let end = chunk.length;
  while (end > 0 && !isNoun(chunk[end - 1] as Token)) end--;
  let start = 0;
  while (start < end && (WEAK_MODIFIERS.has((chunk[start] as Token).lower) || hyphenTail(chunk, start))) {
    start++;
  }
  // A hyphenated compound must not be split at the chunk's end ("fall-" + "back").
  if (end < chunk.length && chunk[end - 1]?.post === '-') return undefined;
  start = Math.max(start, end - 3);
  while (start < end && chunk[start - 1]?.post === '-') start++;
  const words = chunk.slice(start, end);
  const head = words[words.length - 1];
  if (!head || GENERIC_NOUNS.has(head.lower) || head.text.length < 4) return undefined;
  if (words.length === 1 && (head.text.length < 6 || TITLES.has(head.lower))) return undefined;
  return { start: (words[0] as Token).start, end: head.end, type: 'term', subtype: 'common', strength: 1 };
}

function hyphenTail(chunk: Token[], i: number): boolean {
  return (chunk[i] as Token).post === '-' && WEAK_MODIFIERS.has((chunk[i] as Token).lower);
}

// ---------------------------------------------------------------------------------------------- spans

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function isWhitespace(s: string): boolean {
  return /^\s+$/.test(s);
}

/** Turns a local span into a candidate, refusing spans that would cut a word or a hyphenated compound. */
function toCandidate(sentence: Sentence, f: Found): FactCandidate | undefined {
  const text = sentence.text;
  let { start, end } = f;
  while (start < end && /[\s"“‘'(]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:!?)"”’'.]/.test(text[end - 1] ?? '') && !isAbbreviationEnd(text, end)) end--;
  if (start >= end || cutsWord(text, start, end)) return undefined;
  return {
    text: text.slice(start, end),
    type: f.type,
    start: sentence.start + start,
    end: sentence.start + end,
    sentenceId: sentence.id,
    subtype: f.subtype,
  };
}

/** "U.S." keeps its final full stop. */
function isAbbreviationEnd(text: string, end: number): boolean {
  return text[end - 1] === '.' && /(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u.test(text.slice(0, end));
}

function cutsWord(text: string, start: number, end: number): boolean {
  const attached = /[\p{L}\p{N}-]/u;
  return attached.test(text[start - 1] ?? '') || attached.test(text[end] ?? '');
}
