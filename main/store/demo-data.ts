/**
 * A realistic demo collection, written through the store's own code: synthetic but well-formed articles
 * (about a hundred quiz items each, every item's source a sentence of the text), one FSRS card per item,
 * and a review history made by actually running FSRS (ts-fsrs through `createScheduler`, fuzz off) over
 * simulated days in the past. The benchmark (`npm run bench`) and `npm run demo-data` use it.
 *
 * The simulated learner studies once a day (a few days are skipped): learning and relearning cards due
 * now first, then reviews due now, then a few new cards in article order, waiting out short learning steps;
 * ratings are drawn from a seeded PRNG (Again 12 %, Hard 10 %, Good 68 %, Easy 10 %). The history stops at
 * exactly the number of logs asked for, and ends on the UTC day before `now`, so that today starts with a
 * realistic queue. Because the end is only known once the history has been simulated, it is simulated
 * twice: once to find out how long it is (nothing kept), then again, shifted by whole days (which changes
 * no FSRS result), while it is written in batches. The same seed, sizes and `now` give the same files.
 */
import { itemId, contentHash, compareStrings } from '../quiz/ids';
import type { FactType } from '../quiz/model';
import { createScheduler, newCard, type CardRecord, type Grade, type Outcome } from '../scheduler';
import { openStore } from './open-store';
import {
  DEFAULT_SETTINGS,
  ENTRY_VERSION,
  type ArticleRecord,
  type QuizItemRecord,
  type ReviewEntry,
  type StoredCard,
} from './schema';
import { seededRandom as createRandom } from '../random';

/** Bumped whenever the generated collection changes for the same options (the benchmark caches by it). */
export const DEMO_DATA_VERSION = 1;

export interface DemoOptions {
  dataDir: string;
  cards: number;
  logs: number;
  seed?: number;
  /** The moment the collection is "as of": the history ends the UTC day before. Default: the current time. */
  now?: Date;
  /** Progress messages (the CLI prints them). */
  onProgress?: (message: string) => void;
}

export interface DemoSummary {
  articles: number;
  cards: number;
  logs: number;
  /** Cards reviewed at least once (the others are still new). */
  cardsStarted: number;
  /** Cards due at `now` (learning and review; new cards not counted). */
  dueNow: number;
  firstReview: string | null;
  lastReview: string | null;
  /** Simulated days, from the first review to the last. */
  days: number;
  elapsedMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Articles saved at once. */
const PARALLEL_SAVES = 16;
/** Entries handed to the store at once. */
const BATCH = 20_000;
/** A session waits for a learning card due within this long rather than ending. */
const LEARNING_WAIT = 20 * MINUTE;
const SKIP_DAY_PROBABILITY = 0.05;
/** Past this the logs asked for are not reachable with a sane history (far too many per card). */
const MAX_SIMULATED_DAYS = 100 * 365;
/** The first simulated day in the first pass; any whole day would do. */
const PROBE_BASE = Date.UTC(2000, 0, 1);
const SCHEDULER = createScheduler({
  desiredRetention: DEFAULT_SETTINGS.desiredRetention,
  maximumInterval: DEFAULT_SETTINGS.maximumInterval,
  enableFuzz: false,
  learningSteps: DEFAULT_SETTINGS.learningSteps,
  relearningSteps: DEFAULT_SETTINGS.relearningSteps,
});
/** As in the app: a card whose lapses reach this is tagged a leech and suspended (and not studied again). */
const LEECH_THRESHOLD = DEFAULT_SETTINGS.leechThreshold;

// ------------------------------------------------------------------------------------------- randomness

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function drawGrade(random: Random): Grade {
  const x = random();
  return x < 0.12 ? 1 : x < 0.22 ? 2 : x < 0.9 ? 3 : 4;
}

/** A version-4-shaped UUID from the PRNG, so that entry IDs are deterministic too. */
function uuidFrom(random: Random): string {
  const word = () => (Math.floor(random() * 4_294_967_296) >>> 0).toString(16).padStart(8, '0');
  const a = word();
  const b = word();
  const c = word();
  const d = word();
  const variant = '89ab'[c.charCodeAt(0) & 3]!;
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

// ---------------------------------------------------------------------------------------------- articles

// prettier-ignore
const FIRST_NAMES = [
  'Amara', 'Bruno', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kalani', 'Lucia',
  'Mateo', 'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tamsin', 'Umar', 'Vera', 'Wen', 'Yusuf',
];
// prettier-ignore
const LAST_NAMES = [
  'Abernathy', 'Bergstrom', 'Castellano', 'Dunmore', 'Eriksen', 'Fairbanks', 'Galloway', 'Hartigan',
  'Ibarra', 'Jablonski', 'Kowalczyk', 'Lindqvist', 'Moreau', 'Nakashima', 'Okonkwo', 'Petrakis', 'Quiroga',
  'Rasmussen', 'Sandoval', 'Thorne', 'Underhill', 'Valdivia', 'Whitcombe', 'Zeller',
];
// prettier-ignore
const ORG_HEADS = [
  'Northfield', 'Harbour', 'Meridian', 'Kestrel', 'Lowland', 'Summit', 'Riverside', 'Granite', 'Eastbrook',
  'Westmarch', 'Crescent', 'Ashford',
];
// prettier-ignore
const ORG_TAILS = [
  'Institute', 'Council', 'Foundation', 'Trust', 'Bureau', 'Commission', 'Union', 'Forum', 'Authority',
];
const PLACE_HEADS = ['Port', 'Lake', 'New', 'East', 'West', 'North', 'South', 'Upper', 'Lower', 'Fort'];
// prettier-ignore
const PLACE_TAILS = [
  'Elling', 'Marrow', 'Cassel', 'Brindle', 'Tavish', 'Orrin', 'Halden', 'Soverby', 'Quillon', 'Redvale',
  'Amberly', 'Whitlow',
];
// prettier-ignore
const TERMS = [
  'regulatory capture', 'moral hazard', 'path dependence', 'collective action', 'deterrence theory',
  'soft power', 'rent seeking', 'the resource curse', 'brinkmanship', 'the free-rider problem',
  'status quo bias', 'market failure', 'the security dilemma', 'credible commitment', 'policy drift',
  'the principal-agent problem', 'agenda setting', 'confirmation bias', 'crowding out',
  'the tragedy of the commons',
];
// prettier-ignore
const NOUNS = [
  'tariffs', 'wages', 'exports', 'turnout', 'rents', 'enrolment', 'emissions', 'subsidies', 'imports',
  'savings', 'lending', 'ridership', 'harvests', 'vacancies', 'patents', 'donations',
];
// prettier-ignore
const TOPICS = [
  'trade', 'housing', 'energy', 'water', 'schools', 'transport', 'farming', 'health care', 'policing',
  'broadband', 'pensions', 'fisheries',
];

type Slot = 'person' | 'org' | 'place' | 'term' | 'noun' | 'number' | 'year' | 'money' | 'topic';

const FACT_OF_SLOT: Record<Slot, FactType> = {
  person: 'person',
  org: 'organization',
  place: 'place',
  term: 'term',
  noun: 'term',
  topic: 'term',
  number: 'number',
  year: 'date',
  money: 'money',
};

/** Sentence templates: text with {slot} holes. Every template holds each slot kind at most once. */
const TEMPLATES = [
  '{person} argued that {term} explains why {noun} in {place} rose by {number} per cent.',
  'In {year}, the {org} reported that {noun} had fallen to {number} thousand in {place}.',
  'Critics at the {org} say {term} is overstated, since {noun} barely moved after {year}.',
  '{person}, who advised the {org}, called {term} the main obstacle to reform of {topic}.',
  'The {topic} programme in {place} cost {money}, according to {person}.',
  'Supporters of {term} point to {place}, where {noun} grew for {number} consecutive years.',
  'By {year}, {noun} in {place} were {number} per cent below what the {org} had forecast.',
  '{person} warned that cutting {topic} budgets would revive {term} in {place}.',
  'A study by the {org} found that {money} of {topic} spending went to {place} in {year}.',
  'For {person}, the lesson of {year} is that {term} cannot be wished away.',
] as const;

interface Filled {
  text: string;
  slots: { slot: Slot; value: string; start: number; end: number }[];
}

function valueFor(slot: Slot, random: Random): string {
  switch (slot) {
    case 'person':
      return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    case 'org':
      return `${pick(random, ORG_HEADS)} ${pick(random, ORG_TAILS)}`;
    case 'place':
      return `${pick(random, PLACE_HEADS)} ${pick(random, PLACE_TAILS)}`;
    case 'term':
      return pick(random, TERMS);
    case 'noun':
      return pick(random, NOUNS);
    case 'topic':
      return pick(random, TOPICS);
    case 'number':
      return String(between(random, 2, 95));
    case 'year':
      return String(between(random, 1978, 2024));
    case 'money':
      return `$${between(random, 2, 900)} million`;
  }
}

function fillTemplate(template: string, random: Random): Filled {
  const slots: Filled['slots'] = [];
  let text = '';
  let rest = template;
  for (let hole = /\{(\w+)\}/.exec(rest); hole; hole = /\{(\w+)\}/.exec(rest)) {
    text += rest.slice(0, hole.index);
    const slot = hole[1] as Slot;
    const value = valueFor(slot, random);
    slots.push({ slot, value, start: text.length, end: text.length + value.length });
    text += value;
    rest = rest.slice(hole.index + hole[0].length);
  }
  text += rest;
  // A sentence starts with a capital letter even when its first slot does not ("the resource curse").
  return { text: text.charAt(0).toUpperCase() + text.slice(1), slots };
}

interface DemoArticle {
  record: ArticleRecord;
  items: QuizItemRecord[];
}

/** One article of `size` items: each item asks about one fact of its own sentence of the text. */
function buildArticle(
  id: string,
  size: number,
  addedAt: string,
  random: Random,
  usedIds: Set<string>,
): DemoArticle {
  const topic = pick(random, TOPICS);
  const author = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  const sentences: Filled[] = [];
  const seenSentences = new Set<string>();
  while (sentences.length < size) {
    const filled = fillTemplate(pick(random, TEMPLATES), random);
    if (seenSentences.has(filled.text)) continue;
    seenSentences.add(filled.text);
    sentences.push(filled);
  }
  // Paragraphs of three to six sentences; sentence i has the ID "s" + i, as the splitter numbers them.
  let text = '';
  const spans: { start: number; end: number }[] = [];
  let inParagraph = 0;
  let paragraphLength = between(random, 3, 6);
  sentences.forEach((sentence, index) => {
    if (index > 0) text += inParagraph === 0 ? '\n\n' : ' ';
    spans.push({ start: text.length, end: text.length + sentence.text.length });
    text += sentence.text;
    if (++inParagraph === paragraphLength) {
      inParagraph = 0;
      paragraphLength = between(random, 3, 6);
    }
  });

  const items = sentences.map((sentence, index): QuizItemRecord => {
    const span = spans[index]!;
    const fact = pick(random, sentence.slots);
    const blanked = sentence.text.slice(0, fact.start) + '_____' + sentence.text.slice(fact.end);
    const base = {
      articleId: id,
      answer: fact.value,
      factType: FACT_OF_SLOT[fact.slot],
      sources: [span],
      sourceSentenceIds: [`s${index}`],
      generator: `demo-data@${DEMO_DATA_VERSION}`,
    };
    let item: QuizItemRecord;
    if (random() < 0.7) {
      const parts = { kind: 'cloze' as const, prompt: blanked, answer: fact.value };
      item = { id: itemId(parts), ...parts, ...base };
    } else {
      const distractors = new Set<string>();
      while (distractors.size < 3) {
        const other = valueFor(fact.slot, random);
        if (other !== fact.value) distractors.add(other);
      }
      const prompt = `Which fills the blank? ${blanked}`;
      const sorted = [fact.value, ...distractors].sort(compareStrings);
      const hash = contentHash({ kind: 'multiple-choice', prompt, answer: fact.value, options: sorted });
      const options = rotate(sorted, parseInt(hash.slice(0, 8), 16) % sorted.length);
      const parts = { kind: 'multiple-choice' as const, prompt, answer: fact.value, options };
      item = { id: itemId(parts), ...parts, ...base };
    }
    // Two identical items would share an ID (and a card); make the rare duplicate distinct.
    for (let n = 2; usedIds.has(item.id); n++) {
      const prompt = `${item.prompt} (${n})`;
      item = {
        ...item,
        prompt,
        id: itemId({ kind: item.kind, prompt, answer: item.answer, options: item.options }),
      };
    }
    usedIds.add(item.id);
    return item;
  });

  const term = pick(random, TERMS);
  const place = `${pick(random, PLACE_HEADS)} ${pick(random, PLACE_TAILS)}`;
  const title = `${topic.charAt(0).toUpperCase() + topic.slice(1)} and ${term}: ${place} revisited`;
  const record: ArticleRecord = {
    id,
    title,
    author,
    authorBio: `${author} writes about ${topic} policy.`,
    source: 'Generated demo data',
    licence: 'CC0 1.0',
    attribution: 'Synthetic text generated by npm run demo-data; not a real article.',
    standfirst: false,
    text,
    addedAt,
  };
  return { record, items };
}

function rotate<T>(list: T[], by: number): T[] {
  return [...list.slice(by), ...list.slice(0, by)];
}

/** Article sizes around a hundred items (60 to 140), summing to `cards`. */
function articleSizes(cards: number, random: Random): number[] {
  const sizes: number[] = [];
  let left = cards;
  while (left > 0) {
    const size = Math.min(left, between(random, 60, 140));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

// -------------------------------------------------------------------------------------------- simulation

/** A binary min-heap of card indices by due time. */
class DueHeap {
  private readonly items: number[] = [];
  constructor(private readonly due: Float64Array) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number | undefined {
    return this.items[0];
  }
  push(card: number): void {
    const { items, due } = this;
    let i = items.push(card) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (due[items[parent]!]! <= due[card]!) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = card;
  }
  pop(): number | undefined {
    const { items, due } = this;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && due[items[right]!]! < due[items[left]!]! ? right : left;
      if (due[items[child]!]! >= due[last]!) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

interface ReviewEvent {
  card: number;
  at: number;
  grade: Grade;
  durationMs: number;
  outcome: Outcome;
  /** True for the card's first review (it was new). */
  first: boolean;
  /** This answer made the card a leech: it is suspended from now on. */
  leech: boolean;
}

interface SimulationPlan {
  cards: number;
  logs: number;
  seed: number;
  /** The first simulated day, midnight UTC. */
  base: number;
  newPerDay: number;
  /** A new card as it is in the store before its first review. */
  newCardOf: (card: number) => CardRecord;
}

/**
 * The review history, one event at a time, in time order. Only `base` (a whole number of days) differs
 * between the two passes, and FSRS depends on differences of instants and of UTC dates alone, so both
 * passes draw the same numbers and reach the same states.
 */
function* simulate(plan: SimulationPlan): Generator<ReviewEvent> {
  const random = createRandom(plan.seed ^ 0x5eed);
  const state: CardRecord[] = [];
  const due = new Float64Array(plan.cards);
  const heap = new DueHeap(due);
  let nextNew = 0;
  let produced = 0;
  let now = plan.base;
  for (let day = 0; produced < plan.logs; day++) {
    if (day > MAX_SIMULATED_DAYS)
      throw new RangeError(
        `${plan.logs} logs for ${plan.cards} cards would take over a century of daily study; ` +
          'ask for fewer logs per card.',
      );
    if (random() < SKIP_DAY_PROBABILITY) continue;
    now = Math.max(now, plan.base + day * DAY + 7 * HOUR + Math.floor(random() * 10 * HOUR));
    let newToday = 0;
    while (produced < plan.logs) {
      const top = heap.peek();
      let card: number;
      if (top !== undefined && due[top]! <= now) card = heap.pop()!;
      else if (newToday < plan.newPerDay && nextNew < plan.cards) {
        card = nextNew++;
        state[card] = plan.newCardOf(card);
        newToday++;
      } else if (top !== undefined && due[top]! - now <= LEARNING_WAIT) {
        now = due[top]!;
        continue;
      } else if (top === undefined && nextNew >= plan.cards) {
        throw new RangeError(
          `${plan.logs} logs cannot be made from ${plan.cards} cards: after ${produced} reviews every card ` +
            'was suspended as a leech. Ask for fewer logs per card.',
        );
      } else break;
      const grade = drawGrade(random);
      const durationMs = 2_000 + Math.floor(random() * random() * 30_000);
      const before = state[card]!;
      const outcome = SCHEDULER.answer(before, new Date(now), grade);
      state[card] = outcome.card;
      due[card] = Date.parse(outcome.card.due);
      const leech = outcome.card.lapses > before.lapses && outcome.card.lapses >= LEECH_THRESHOLD;
      if (!leech) heap.push(card);
      produced++;
      yield {
        card,
        at: now,
        grade,
        durationMs,
        outcome,
        first: before.state === 0 && before.reps === 0,
        leech,
      };
      now += durationMs + 1_000 + Math.floor(random() * 4_000);
    }
  }
}

/** New cards a day: enough that cards keep arriving through most of the history, within sane bounds. */
function newCardsPerDay(cards: number, logs: number): number {
  const perCard = Math.max(1, logs / Math.max(1, cards));
  return Math.max(5, Math.min(200, Math.ceil(cards / (perCard * 60))));
}

// ------------------------------------------------------------------------------------------------- write

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min)
    throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}.`);
}

/**
 * Writes a demo collection of `cards` cards and `logs` review-log entries into `dataDir` (which should be
 * empty), through `openStore`, `saveArticle` and `importReviews`, and closes it with every card file up to
 * date with the log.
 */
export async function writeDemoCollection(options: DemoOptions): Promise<DemoSummary> {
  const started = Date.now();
  const { dataDir, cards, logs, seed = 1, now = new Date(), onProgress = () => undefined } = options;
  checkCount('cards', cards, 0);
  checkCount('logs', logs, 0);
  checkCount('seed', seed, 0);
  if (logs > 0 && cards === 0) throw new RangeError('Review logs need cards to review (cards is 0).');
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('now must be a valid date.');

  const random = createRandom(seed);
  const sizes = articleSizes(cards, random);
  const width = Math.max(4, String(sizes.length).length);
  const articleIdOf = (index: number) => `demo-${String(index + 1).padStart(width, '0')}`;
  const articleOfCard: number[] = [];
  sizes.forEach((size, article) => {
    for (let i = 0; i < size; i++) articleOfCard.push(article);
  });
  const newPerDay = newCardsPerDay(cards, logs);

  // Pass 1: how long the history is, and when each article was started.
  onProgress(`simulating ${logs} reviews of ${cards} cards to find the length of the history`);
  const probeCard = newCard(new Date(PROBE_BASE));
  const startedAt = new Map<number, number>();
  let lastProbe = PROBE_BASE;
  for (const event of simulate({
    cards,
    logs,
    seed,
    base: PROBE_BASE,
    newPerDay,
    newCardOf: () => probeCard,
  })) {
    const article = articleOfCard[event.card]!;
    if (event.first && !startedAt.has(article)) startedAt.set(article, event.at);
    lastProbe = event.at;
  }
  // Whole days, so that the last study day is the UTC day before `now` (and ends before `now`).
  const dayOf = (ms: number) => Math.floor(ms / DAY) * DAY;
  let shift = dayOf(nowMs) - DAY - dayOf(lastProbe);
  while (logs > 0 && lastProbe + shift >= nowMs - MINUTE) shift -= DAY;
  if (logs === 0) shift = dayOf(nowMs) - DAY - PROBE_BASE;
  const base = PROBE_BASE + shift;
  if (base < 0) throw new RangeError('The history would start before 1970; ask for fewer logs per card.');

  // The articles, each with new cards, added a little before their first card was studied; articles not
  // started yet were added over the last days.
  const store = await openStore({
    dataDir,
    clock: { now: () => new Date(nowMs) },
    checkpointTiming: { quietMs: 3_600_000, maxDelayMs: 3_600_000 },
  });
  const summary: DemoSummary = {
    articles: sizes.length,
    cards,
    logs: 0,
    cardsStarted: 0,
    dueNow: 0,
    firstReview: null,
    lastReview: null,
    days: 0,
    elapsedMs: 0,
  };
  try {
    onProgress(`writing ${sizes.length} articles`);
    const itemIds: string[] = [];
    const addedAtOf: number[] = [];
    const usedIds = new Set<string>();
    const saving: Promise<void>[] = [];
    for (let article = 0; article < sizes.length; article++) {
      const firstStudy = startedAt.get(article);
      const addedAt =
        firstStudy !== undefined
          ? firstStudy + shift - between(random, 10, 600) * MINUTE
          : nowMs - between(random, 1, 14 * 24) * HOUR;
      addedAtOf.push(addedAt);
      const addedIso = new Date(addedAt).toISOString();
      const { record, items } = buildArticle(
        articleIdOf(article),
        sizes[article]!,
        addedIso,
        random,
        usedIds,
      );
      const fresh: StoredCard = { ...newCard(new Date(addedAt)), suspended: false };
      const cardsOfArticle = Object.fromEntries(items.map((item) => [item.id, { ...fresh }]));
      // Articles are independent files: a few are written at once, so that their syncs overlap.
      saving.push(store.saveArticle({ article: record, items, cards: cardsOfArticle }));
      if (saving.length >= PARALLEL_SAVES) await Promise.all(saving.splice(0));
      items.forEach((item) => itemIds.push(item.id));
    }
    await Promise.all(saving);
    // The simulated learner's habits: every due card each day, `newPerDay` new ones.
    const settingsFile = store.settingsFile();
    await store.saveSettings({
      ...settingsFile,
      settings: { ...settingsFile.settings, newCardsPerDay: newPerDay, reviewsPerDay: 9999 },
    });

    // Pass 2: the same history, shifted to end before `now`, written in batches.
    onProgress(`simulating and writing ${logs} reviews`);
    const ids = createRandom(seed ^ 0x1d5);
    let batch: ReviewEntry[] = [];
    let lastAt = -Infinity;
    const plan: SimulationPlan = {
      cards,
      logs,
      seed,
      base,
      newPerDay,
      newCardOf: (card) => newCard(new Date(addedAtOf[articleOfCard[card]!]!)),
    };
    for (const event of simulate(plan)) {
      const article = articleOfCard[event.card]!;
      batch.push({
        schemaVersion: ENTRY_VERSION,
        id: uuidFrom(ids),
        itemId: itemIds[event.card]!,
        articleId: articleIdOf(article),
        ...event.outcome.log,
        durationMs: event.durationMs,
        cardAfter: event.outcome.card,
        ...(event.leech ? { leech: true as const } : {}),
      });
      if (event.first) summary.cardsStarted++;
      summary.firstReview ??= event.outcome.log.review;
      lastAt = event.at;
      if (batch.length >= BATCH) {
        await store.importReviews(batch);
        summary.logs += batch.length;
        batch = [];
        if (summary.logs % 200_000 === 0) onProgress(`${summary.logs} reviews written`);
      }
    }
    await store.importReviews(batch);
    summary.logs += batch.length;
    if (logs > 0 && lastAt !== lastProbe + shift)
      throw new Error('The two simulation passes disagree; the demo data would be inconsistent.');
    summary.lastReview = logs > 0 ? new Date(lastAt).toISOString() : null;
    summary.days =
      summary.firstReview && logs > 0
        ? Math.round((dayOf(lastAt) - dayOf(Date.parse(summary.firstReview))) / DAY) + 1
        : 0;
    const nowIso = now.toISOString();
    for (const id of store.articleIds())
      for (const card of Object.values(store.cardsDoc(id)?.cards ?? {}))
        if (!card.suspended && card.state !== 0 && card.due <= nowIso) summary.dueNow++;
    onProgress('writing the card files');
    await store.flush();
  } finally {
    await store.close();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
