import type { Clock } from '../clock';
import { createStatsAccumulator, sentenceRetrievability, type Stats, type StatsAccumulator } from '../stats';
import type { ReviewChange, StoredCard, Store } from '../store';

/**
 * The statistics of an open store, kept current: the whole log is folded in once (on first use), then
 * each answer and each undo as it happens, so the Stats view never re-reads a million reviews.
 */
export function createStatsCache() {
  const accumulators = new WeakMap<Store, Promise<StatsAccumulator>>();

  async function build(store: Store): Promise<StatsAccumulator> {
    const { dayStartHour, desiredRetention, fsrsParameters } = store.settingsFile().settings;
    const accumulator = createStatsAccumulator({
      dayStartHour,
      desiredRetention,
      parameters: fsrsParameters,
    });
    // Changes made while the log is read are held back, then applied unless the read already had them.
    const held: ReviewChange[] = [];
    let apply = (change: ReviewChange) => void held.push(change);
    store.onReviewChange((change) => apply(change));
    const reviews = await store.allReviews();
    const seen = new Set<string>();
    for (const review of reviews) {
      accumulator.add(review);
      seen.add(review.id);
    }
    apply = (change) => {
      if (change.type === 'review') accumulator.add(change.entry);
      else accumulator.remove(change.entry);
    };
    for (const change of held) if (change.type === 'undo' || !seen.has(change.entry.id)) apply(change);
    return accumulator;
  }

  return {
    accumulator(store: Store): Promise<StatsAccumulator> {
      let accumulator = accumulators.get(store);
      if (!accumulator) {
        accumulator = build(store);
        accumulators.set(store, accumulator);
      }
      return accumulator;
    },
  };
}

export type StatsCache = ReturnType<typeof createStatsCache>;

function allCards(store: Store, articleIds: string[]): Record<string, StoredCard> {
  return Object.assign({}, ...articleIds.map((id) => store.cardsDoc(id)?.cards ?? {}));
}

async function allItems(store: Store, articleIds: string[]) {
  const docs = await Promise.all(articleIds.map((id) => store.loadArticle(id)));
  return docs.flatMap((doc) => doc?.items ?? []);
}

/** Every figure of the Stats view: over all articles, with mastery per article and per argument node. */
export async function statsOf(store: Store, cache: StatsCache, clock: Clock): Promise<Stats> {
  const accumulator = await cache.accumulator(store);
  const ids = store.articleIds();
  const { desiredRetention, fsrsParameters } = store.settingsFile().settings;
  return accumulator.snapshot(allCards(store, ids), clock.now(), {
    items: await allItems(store, ids),
    desiredRetention,
    ...(fsrsParameters ? { parameters: fsrsParameters } : {}),
  });
}

/** For the overlay on the article: each sentence's average retrievability over its reviewed items. */
export async function sentenceMastery(
  store: Store,
  clock: Clock,
  articleId: string,
): Promise<Record<string, number>> {
  const doc = await store.loadArticle(articleId);
  const cards = store.cardsDoc(articleId)?.cards ?? {};
  const parameters = store.settingsFile().settings.fsrsParameters;
  return sentenceRetrievability(doc?.items ?? [], cards, clock.now(), parameters ? { parameters } : {});
}
