/**
 * Mastery where it matters: the average retrievability now of the items of each article, of each argument
 * node (or kind, for items outside the argument map), and of each sentence (the article overlay).
 */
import { cardOf, retrievabilityOf } from './retrievability';
import type { ArticleMastery, CardsByItem, MasteryFigures, MasteryGroup, MasteryItem } from './types';

/** A node of the argument map as mastery needs it: its ID and role. */
export interface MasteryNode {
  id: string;
  role: string;
}

export interface MasteryOptions {
  /** The FSRS parameters in use (their decay shapes the forgetting curve); ts-fsrs's defaults otherwise. */
  parameters?: readonly number[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

class Tally {
  items = 0;
  reviewed = 0;
  sum = 0;

  add(r: number | null): void {
    this.items++;
    if (r === null) return;
    this.reviewed++;
    this.sum += r;
  }

  figures(): MasteryFigures {
    return {
      items: this.items,
      reviewed: this.reviewed,
      averageRetrievability: this.reviewed > 0 ? this.sum / this.reviewed : null,
      mastery: this.items > 0 ? this.sum / this.items : 0,
    };
  }
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  return tally;
}

interface ArticleTallies {
  all: Tally;
  nodes: Map<string, Tally>;
  kinds: Map<string, Tally>;
}

/** Retrievability of each item's card now (null: no card, or never reviewed). */
function itemRetrievability(cards: CardsByItem, now: Date, options: MasteryOptions) {
  const nowMs = now.getTime();
  const retrievability = retrievabilityOf(options.parameters);
  return (item: MasteryItem): number | null => {
    const card = cardOf(cards, item.id);
    return card ? retrievability(card, nowMs) : null;
  };
}

/** One pass over the items: per article, per node and per kind; each item's retrievability computed once. */
function tallyArticles(
  items: readonly MasteryItem[],
  cards: CardsByItem,
  now: Date,
  options: MasteryOptions,
) {
  const rOf = itemRetrievability(cards, now, options);
  const articles = new Map<string, ArticleTallies>();
  for (const item of items) {
    let article = articles.get(item.articleId);
    if (!article)
      articles.set(item.articleId, (article = { all: new Tally(), nodes: new Map(), kinds: new Map() }));
    const r = rOf(item);
    article.all.add(r);
    const group = item.argumentNode
      ? tallyOf(article.nodes, item.argumentNode)
      : tallyOf(article.kinds, item.kind);
    group.add(r);
  }
  return articles;
}

function byArticle(articles: Map<string, ArticleTallies>): ArticleMastery[] {
  return [...articles].map(([articleId, { all }]) => ({ articleId, ...all.figures() }));
}

function byNode(articles: Map<string, ArticleTallies>, nodes: readonly MasteryNode[] = []): MasteryGroup[] {
  const order = new Map(nodes.map((node, index) => [node.id, index]));
  const roles = new Map(nodes.map((node) => [node.id, node.role]));
  const rank = (id: string) => order.get(id) ?? order.size;
  const groups: MasteryGroup[] = [];
  for (const articleId of [...articles.keys()].sort(compareText)) {
    const article = articles.get(articleId) as ArticleTallies;
    const nodeIds = [...article.nodes.keys()].map((id, index) => ({ id, index }));
    nodeIds.sort((a, b) => rank(a.id) - rank(b.id) || a.index - b.index);
    for (const { id } of nodeIds) {
      const role = roles.get(id);
      const figures = (article.nodes.get(id) as Tally).figures();
      groups.push({
        key: `${articleId}:node:${id}`,
        articleId,
        by: 'node',
        node: id,
        ...(role ? { role } : {}),
        ...figures,
      });
    }
    for (const [kind, tally] of article.kinds)
      groups.push({ key: `${articleId}:kind:${kind}`, articleId, by: 'kind', kind, ...tally.figures() });
  }
  return groups;
}

/** Per article, in order of first appearance. `items` need only `id` and `articleId` of every item. */
export function masteryByArticle(
  items: readonly MasteryItem[],
  cards: CardsByItem,
  now: Date,
  options: MasteryOptions = {},
): ArticleMastery[] {
  return byArticle(tallyArticles(items, cards, now, options));
}

/**
 * Per argument node of each article (items with `argumentNode`), then per kind for the items outside the
 * map; articles in ID order. With the argument map's `nodes` (node IDs are per article: give them with one
 * article's items), node groups carry their role and follow the map's order.
 */
export function masteryByNode(
  items: readonly MasteryItem[],
  cards: CardsByItem,
  now: Date,
  options: MasteryOptions & { nodes?: readonly MasteryNode[] } = {},
): MasteryGroup[] {
  return byNode(tallyArticles(items, cards, now, options), options.nodes);
}

/** Both of the above from one pass over the items, as the Stats view shows them. */
export function masteryOverview(
  items: readonly MasteryItem[],
  cards: CardsByItem,
  now: Date,
  options: MasteryOptions = {},
): { byArticle: ArticleMastery[]; byNode: MasteryGroup[] } {
  const articles = tallyArticles(items, cards, now, options);
  return { byArticle: byArticle(articles), byNode: byNode(articles) };
}

/** Per role of the argument map (thesis, claim, evidence...): the node groups of `masteryByNode` pooled. */
export function masteryByRole(
  items: readonly MasteryItem[],
  cards: CardsByItem,
  now: Date,
  options: MasteryOptions & { nodes: readonly MasteryNode[] },
): (MasteryFigures & { role: string })[] {
  const roles = new Map(options.nodes.map((node) => [node.id, node.role]));
  const rOf = itemRetrievability(cards, now, options);
  const tallies = new Map<string, Tally>();
  for (const item of items) {
    const role = item.argumentNode ? roles.get(item.argumentNode) : undefined;
    if (role) tallyOf(tallies, role).add(rOf(item));
  }
  return [...tallies].map(([role, tally]) => ({ role, ...tally.figures() }));
}

/**
 * Average retrievability of the reviewed items of each sentence, for tinting the article text: an item
 * counts for every sentence it comes from. Sentences whose items were never reviewed are absent (untinted).
 * Sentence IDs are per article: pass one article's items.
 */
export function sentenceRetrievability(
  items: readonly MasteryItem[],
  cards: CardsByItem,
  now: Date,
  options: MasteryOptions = {},
): Record<string, number> {
  const rOf = itemRetrievability(cards, now, options);
  const sums = new Map<string, { sum: number; count: number }>();
  for (const item of items) {
    const r = rOf(item);
    if (r === null) continue;
    for (const sentenceId of new Set(item.sourceSentenceIds)) {
      const entry = sums.get(sentenceId) ?? { sum: 0, count: 0 };
      entry.sum += r;
      entry.count++;
      sums.set(sentenceId, entry);
    }
  }
  return Object.fromEntries([...sums].map(([id, { sum, count }]) => [id, sum / count]));
}
