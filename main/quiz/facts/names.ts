import type { Analysed, Token } from '../sentences';
import {
  EVENT_HEADS,
  ORG_HEADS,
  ORG_TAGS,
  PERSON_TAGS,
  PLACE_HEADS,
  PLACE_TAGS,
  TITLES,
  compromiseKind,
  hasAny,
  isFirstName,
  lexiconTags,
} from './lexicon';
import type { Found } from './model';

/** A name found in a sentence, with the title words cleaned off its front ("State Mike Pompeo"). */
export interface NameSpan extends Found {
  /** Words before the name that say who the person is ("special envoy"), when there are any. */
  titleStart?: number;
}

const UNKNOWN = 'unknown';

/**
 * Finds the names (people, organisations, places, proper terms) of every sentence. Candidates are runs of
 * capitalised words that wink tags as proper nouns or that are capitalised mid-sentence; their type comes from
 * head words ("Agency", "Summit"), compromise's dictionary and finders, and context; then each name takes the
 * best-supported type found anywhere in the article, so "Pompeo" is a person because "Mike Pompeo" is one.
 */
export function findNames(analysed: readonly Analysed[]): NameSpan[][] {
  const proper = capitalizedMidSentence(analysed);
  const perSentence = analysed.map((a) => (a.heading ? [] : sentenceNames(a, proper)));
  const best = resolveTypes(analysed, perSentence);
  return perSentence.map((names, i) =>
    names.flatMap((n) => {
      const text = (analysed[i] as Analysed).sentence.text.slice(n.start, n.end);
      const resolved = best.get(nameKey(text));
      if (!resolved || resolved.subtype === UNKNOWN) return [];
      return [{ ...n, type: resolved.type, subtype: resolved.subtype }];
    }),
  );
}

export function nameKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function capitalizedMidSentence(analysed: readonly Analysed[]): Set<string> {
  const words = new Set<string>();
  for (const a of analysed) {
    if (a.heading) continue;
    for (const t of a.tokens) if (t.index > 0 && isCapitalized(t)) words.add(t.lower);
  }
  return words;
}

function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && t.text !== 'I' && /^[\p{L}\p{N}’'.-]+$/u.test(t.text);
}

function isProperWord(t: Token, proper: ReadonlySet<string>): boolean {
  if (!isCapitalized(t)) return false;
  if (t.index > 0) return true;
  return proper.has(t.lower) && t.pos === 'PROPN';
}

function sentenceNames(a: Analysed, proper: ReadonlySet<string>): NameSpan[] {
  const base = a.sentence.start;
  const found: NameSpan[] = [];
  for (const run of properRuns(a.tokens, proper)) {
    const cleaned = cleanRun(run);
    if (!cleaned) continue;
    const typed = classify(cleaned.tokens, cleaned.hadTitle, a.tokens);
    const first = cleaned.tokens[0] as Token;
    const last = cleaned.tokens[cleaned.tokens.length - 1] as Token;
    if (!typed) continue;
    found.push({ start: first.start - base, end: withoutPossessive(last) - base, ...typed });
  }
  return found;
}

/** Capitalised words separated by single spaces; "of", "of the", "and", "for" may join two of them. */
function properRuns(tokens: Token[], proper: ReadonlySet<string>): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = run[run.length - 1];
    if (isProperWord(t, proper)) {
      if (prev && !adjacent(prev, t)) close();
      run.push(t);
      continue;
    }
    const join = prev ? joinerLength(tokens, i, proper) : 0;
    if (prev && isPossessiveJoin(prev, t, tokens[i + 1], proper)) {
      run.push(t);
      continue;
    }
    if (join > 0 && adjacent(prev as Token, t)) {
      run.push(...tokens.slice(i, i + join));
      i += join - 1;
      continue;
    }
    close();
  }
  close();
  return runs.map(trimJoiners);
}

/** "Burrows’ Delta": a possessive apostrophe joins two capitalised words into one name. */
function isPossessiveJoin(
  prev: Token,
  t: Token,
  next: Token | undefined,
  proper: ReadonlySet<string>,
): boolean {
  return (
    /^['’]$/.test(t.text) &&
    t.start === prev.end &&
    !!next &&
    next.start === t.end + 1 &&
    isProperWord(next, proper)
  );
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end === 1 || (b.start === a.end && /^['’]$/.test(a.text));
}

function joinerLength(tokens: Token[], i: number, proper: ReadonlySet<string>): number {
  const t = tokens[i] as Token;
  if (!/^(?:of|and|for)$/.test(t.lower)) return 0;
  const the = t.lower === 'of' && tokens[i + 1]?.lower === 'the' ? 1 : 0;
  const next = tokens[i + 1 + the];
  return next && isProperWord(next, proper) ? 1 + the : 0;
}

/** A run may not end on a joiner, and "A and B" stays two names unless it ends in an organisation's head. */
function trimJoiners(run: Token[]): Token[] {
  const head = run[run.length - 1]?.lower ?? '';
  const and = run.findIndex((t) => t.lower === 'and');
  // "FBI and Environmental Protection Agency" are two names; "Cybersecurity and Infrastructure ..." is one.
  const leftIsName = run.slice(0, and).every((t) => /^\p{Lu}{2,}$/u.test(t.text));
  if (and > 0 && (!ORG_HEADS.has(head) || leftIsName)) return run.slice(0, and);
  return run;
}

function cleanRun(run: Token[]): { tokens: Token[]; hadTitle: boolean } | undefined {
  let tokens = run;
  let hadTitle = false;
  for (;;) {
    const [first, second] = tokens;
    if (!first || !second) break;
    // A demonym goes only with a title after it: "Vietnamese President X", not "Korean Central News Agency".
    const demonym = isDemonym(first) && isTitle(second);
    if (!demonym && !isTitle(first) && first.lower !== 'the') break;
    hadTitle ||= isTitle(first) || demonym;
    tokens = tokens.slice(1);
  }
  // "State Mike Pompeo" (from "Secretary of State Mike Pompeo"): words before a first name that are not
  // themselves name parts belong to a title. "Santa Barbara" is a place the dictionary knows, and stays.
  const firstName = tokens.findIndex((t, i) => i > 0 && isFirstName(t.lower) && i + 1 < tokens.length);
  const before = tokens.slice(0, firstName);
  const known = lexiconTags(tokens.map((t) => t.lower).join(' ')).length > 0;
  if (firstName > 0 && !known && before.every((t) => !hasAny(lexiconTags(t.lower), PERSON_TAGS))) {
    hadTitle ||= before.some(isTitle);
    tokens = tokens.slice(firstName);
  }
  if (tokens.every((t) => isTitle(t) || /^(?:the|of|and|for)$/.test(t.lower))) return undefined;
  if (isNotAName(tokens)) return undefined;
  if (tokens.length === 1 && (tokens[0] as Token).text.length <= 2) return undefined;
  return { tokens, hadTitle };
}

const MONTH_NAMES =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Months, initialisms like "U.S." and nationalities ("North Korean", "British") are not names to ask about. */
function isNotAName(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1] as Token;
  if (tokens.length === 1 && (MONTH_NAMES.test(last.lower) || /^(?:\p{Lu}\.){2,}$/u.test(last.text)))
    return true;
  return isDemonym(last) || /^(?:british|english|french|dutch|irish|scottish|welsh)$/.test(last.lower);
}

function isDemonym(t: Token): boolean {
  return (
    lexiconTags(t.lower).includes('Demonym') || lexiconTags(t.lower.replace(/s$/, '')).includes('Demonym')
  );
}

function isTitle(t: Token): boolean {
  return TITLES.has(t.lower.replace(/\.$/, ''));
}

/** "Kim Yong Un", "L. Frank Baum"; not "Santa Barbara", whose second word only happens to be a first name. */
function startsWithFirstName(tokens: Token[]): boolean {
  const [first, second] = tokens;
  if (!first) return false;
  if (isFirstName(first.lower)) return true;
  return /^\p{Lu}\.$/u.test(first.text) && !!second && isFirstName(second.lower);
}

type Typing = Pick<Found, 'type' | 'subtype' | 'strength'>;

/** A first guess at a name's type, with how sure it is. */
function classify(tokens: Token[], hadTitle: boolean, all: Token[]): Typing | undefined {
  const words = tokens.map((t) => stripPossessive(t.lower));
  const ofAt = words.indexOf('of');
  const head = (ofAt > 0 ? words[ofAt - 1] : words[words.length - 1]) ?? '';
  const multi = tokens.length > 1;
  const name = tokens.map((t) => t.text).join(' ');
  if (multi && ORG_HEADS.has(head)) return { type: 'organization', subtype: 'organization', strength: 3 };
  if (multi && EVENT_HEADS.has(head)) return { type: 'term', subtype: 'proper', strength: 3 };
  if (hadTitle || (multi && startsWithFirstName(tokens)))
    return { type: 'person', subtype: 'person', strength: 3 };
  if (multi && PLACE_HEADS.has(head)) return { type: 'place', subtype: 'place', strength: 3 };
  const tags = lexiconTags(words.join(' '));
  if (tags.includes('City')) return { type: 'place', subtype: 'city', strength: 2.5 };
  if (tags.includes('Country')) return { type: 'place', subtype: 'country', strength: 2.5 };
  if (hasAny(tags, PLACE_TAGS)) return { type: 'place', subtype: 'place', strength: 2.5 };
  if (hasAny(tags, ORG_TAGS)) return { type: 'organization', subtype: 'organization', strength: 2 };
  const found = compromiseKind(name);
  if (found === 'person' && /^\p{Lu}+$/u.test(name)) return { type: 'term', subtype: 'proper', strength: 1 };
  if (found) return { type: found, subtype: found, strength: 2 };
  if (hasAny(tags, PERSON_TAGS) && !/^\p{Lu}+$/u.test(name))
    return { type: 'person', subtype: 'person', strength: 2 };
  const before = all[(tokens[0] as Token).index - 1];
  const afterPlaceWord = !!before && /^(?:at|in|near|from|to)$/.test(before.lower);
  if (multi)
    return {
      type: afterPlaceWord ? 'place' : 'term',
      subtype: afterPlaceWord ? 'place' : 'proper',
      strength: 1,
    };
  if (before && /^(?:at|in|near|from|to)$/.test(before.lower))
    return { type: 'place', subtype: 'place', strength: 0.5 };
  return { type: 'term', subtype: UNKNOWN, strength: 0 };
}

function resolveTypes(analysed: readonly Analysed[], names: NameSpan[][]): Map<string, Found> {
  const best = new Map<string, Found>();
  const consider = (key: string, f: Found) => {
    const current = best.get(key);
    if (!current || f.strength > current.strength) best.set(key, f);
  };
  names.forEach((list, i) => {
    const text = (analysed[i] as Analysed).sentence.text;
    for (const f of list) consider(nameKey(text.slice(f.start, f.end)), f);
  });
  for (const [key, f] of [...best]) {
    const words = key.split(' ');
    if (f.type !== 'person' || f.strength < 2 || words.length < 2) continue;
    consider(words[words.length - 1] as string, { ...f, strength: 2.5 });
  }
  // "LaSalle Corbell Pickett" is a person once "George Pickett" is one.
  for (const [key, f] of [...best]) {
    const words = key.split(' ');
    const surname = best.get(words[words.length - 1] as string);
    if (words.length > 1 && f.type === 'term' && surname?.type === 'person' && surname.strength >= 2.5) {
      best.set(key, { ...f, type: 'person', subtype: 'person', strength: 2 });
    }
  }
  // A lone word nobody could type is still a proper term when the article capitalises it (a product, a firm).
  for (const [key, f] of best)
    if (f.subtype === UNKNOWN && key.length > 3) best.set(key, { ...f, subtype: 'proper' });
  return best;
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/, '');
}

function withoutPossessive(t: Token): number {
  const m = /(?:['’]s|(?<=s)['’])$/.exec(t.text);
  return m ? t.end - m[0].length : t.end;
}
