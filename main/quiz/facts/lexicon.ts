import nlp from 'compromise';

/**
 * compromise's dictionary and entity finders, used on name candidates only (compromise tags about 17,000
 * words/s, too slow for whole articles): a dictionary look-up of a word or phrase, and, for a multi-word name
 * the dictionary does not know, compromise's own people/places/organisations finders, cached per name.
 */
type Lexicon = Record<string, string | string[] | undefined>;
const LEXICON: Lexicon = (nlp.model() as { one?: { lexicon?: Lexicon } }).one?.lexicon ?? {};

/** The tags compromise's dictionary gives a word or phrase out of context. */
export function lexiconTags(phrase: string): string[] {
  const entry = LEXICON[phrase.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

export type NameKind = 'person' | 'place' | 'organization';

const finderCache = new Map<string, NameKind | undefined>();

/** What compromise's finders make of a whole name on its own, if one of them claims all of it. */
export function compromiseKind(name: string): NameKind | undefined {
  if (finderCache.has(name)) return finderCache.get(name);
  const doc = nlp(name);
  const whole = (found: string[]) => found.some((f) => f.replace(/[.,:;]$/, '') === name);
  let kind: NameKind | undefined;
  if (whole(doc.people().out('array') as string[])) kind = 'person';
  else if (whole(doc.organizations().out('array') as string[])) kind = 'organization';
  else if (whole(doc.places().out('array') as string[])) kind = 'place';
  if (finderCache.size > 5000) finderCache.clear();
  finderCache.set(name, kind);
  return kind;
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
export const PERSON_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person']);
export const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Address']);
export const ORG_TAGS = new Set(['Organization', 'Company', 'School', 'SportsTeam']);

export const hasAny = (tags: Iterable<string>, wanted: ReadonlySet<string>) =>
  [...tags].some((t) => wanted.has(t));

export function isFirstName(word: string): boolean {
  return hasAny(lexiconTags(word), FIRST_NAME_TAGS);
}

export const TITLES = new Set(
  (
    'president secretary minister prime vice leader general gen senator governor chairman chairwoman chair ' +
    'ambassador envoy chancellor king queen premier mr mrs ms dr sir supreme commander prince princess lord ' +
    'lady judge justice pope chief deputy director professor prof spokesman spokeswoman foreign admiral ' +
    'colonel captain sergeant lieutenant mayor speaker representative rep sen gov ceo founder'
  ).split(' '),
);
export const ORG_HEADS = new Set(
  (
    'agency council department ministry commission committee bank fund university institute institution ' +
    'company corporation corp inc ltd airlines airways party organisation organization association ' +
    'court parliament congress senate assembly administration office service services school college ' +
    'foundation group forces force army navy police board bureau authority centre center project automation ' +
    'technology technologies laboratory network'
  ).split(' '),
);
export const EVENT_HEADS = new Set(
  (
    'war show summit plan deal treaty accord agreement act doctrine conference games cup olympics forum ' +
    'festival crisis revolution programme program initiative declaration convention protocol talks delta ' +
    'action'
  ).split(' '),
);
export const PLACE_HEADS = new Set(
  (
    'peninsula island islands sea ocean river mountains strait gulf bay valley province county republic ' +
    'kingdom coast'
  ).split(' '),
);
