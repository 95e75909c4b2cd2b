/**
 * The numbers of the progress report, computed from articles, cards and reviews at `now`: mastery per
 * argument node, retention over the last 30 days, reviews per week and the weakest items. Pure.
 */
import type { ReviewEntry } from '../../store/schema';
import type { ArticleBundle } from '../../store/store';
import { answerText, sourceText } from '../item-text';
import { retrievabilityAt } from '../retrievability';

const DAY_MS = 86_400_000;
export const RETENTION_DAYS = 30;
export const WEEKS_SHOWN = 12;
export const WEAKEST_COUNT = 10;

export interface NodeMastery {
  articleId: string;
  articleTitle: string;
  /** The argument node's ID, or "kind:<kind>" for items without one. */
  key: string;
  /** The node's sentence, or the kind for items without a node. */
  label: string;
  items: number;
  studied: number;
  /** Mean retrievability of the node's items now, an unstudied item counting 0 (0..1). */
  mastery: number;
}

export interface WeakItem {
  itemId: string;
  articleTitle: string;
  prompt: string;
  answer: string;
  retrievability: number;
  lapses: number;
}

export interface ReportData {
  title: string;
  generatedAt: string;
  articles: { id: string; title: string; author: string }[];
  totals: { items: number; studied: number; reviews: number; suspended: number };
  nodes: NodeMastery[];
  retention: { days: number; reviews: number; recalled: number; share?: number };
  /** Monday (UTC) of each of the last weeks, oldest first, with the number of reviews in it. */
  weeks: { start: string; reviews: number }[];
  weakest: WeakItem[];
}

/** Monday 00:00 UTC of the week holding `ms`. */
function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return (day - ((day + 3) % 7)) * DAY_MS;
}

/** The text of each sentence some item was made from, by sentence ID (spans align with sentence IDs). */
function sentenceTexts(bundle: ArticleBundle): Map<string, string> {
  const texts = new Map<string, string>();
  for (const item of bundle.items) {
    if (item.sources.length !== item.sourceSentenceIds.length) continue;
    item.sourceSentenceIds.forEach((id, i) => {
      const span = item.sources[i]!;
      if (!texts.has(id)) texts.set(id, bundle.article.text.slice(span.start, span.end).trim());
    });
  }
  return texts;
}

function nodeOrder(key: string): number {
  const match = /^n-s(\d+)$/.exec(key);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

function masteryByNode(bundle: ArticleBundle, now: Date): NodeMastery[] {
  const sentences = sentenceTexts(bundle);
  const groups = new Map<string, NodeMastery & { sum: number }>();
  for (const item of bundle.items) {
    const card = bundle.cards[item.id];
    if (!card) continue;
    const key = item.argumentNode ?? `kind:${item.kind}`;
    let group = groups.get(key);
    if (!group) {
      const sentence = item.argumentNode ? sentences.get(item.argumentNode.replace(/^n-/, '')) : undefined;
      const label = item.argumentNode
        ? (sentence ?? item.argumentNode)
        : `${item.kind} items (no argument node)`;
      group = {
        articleId: bundle.article.id,
        articleTitle: bundle.article.title,
        key,
        label,
        items: 0,
        studied: 0,
        mastery: 0,
        sum: 0,
      };
      groups.set(key, group);
    }
    const recall = retrievabilityAt(card, now);
    group.items += 1;
    if (recall !== undefined) {
      group.studied += 1;
      group.sum += recall;
    }
  }
  return [...groups.values()]
    .sort((a, b) => nodeOrder(a.key) - nodeOrder(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ sum, ...group }) => ({ ...group, mastery: group.items ? sum / group.items : 0 }));
}

export interface ReportOptions {
  now: Date;
  /** One article's report; all articles when absent. */
  articleId?: string;
}

/** Throws when `articleId` names no article. */
export function computeReport(
  source: { articles: readonly ArticleBundle[]; reviews: readonly ReviewEntry[] },
  { now, articleId }: ReportOptions,
): ReportData {
  const bundles = articleId
    ? source.articles.filter((b) => b.article.id === articleId)
    : [...source.articles];
  if (articleId && bundles.length === 0) throw new Error(`No article with ID "${articleId}".`);
  const ids = new Set(bundles.map((b) => b.article.id));
  const reviews = source.reviews.filter((r) => ids.has(r.articleId));
  const nowMs = now.getTime();

  const sinceMs = nowMs - RETENTION_DAYS * DAY_MS;
  const recent = reviews.filter((r) => {
    const t = Date.parse(r.review);
    return t >= sinceMs && t <= nowMs;
  });
  const recalled = recent.filter((r) => r.rating >= 2).length;

  const firstWeek = weekStart(nowMs) - (WEEKS_SHOWN - 1) * 7 * DAY_MS;
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, i) => ({
    start: new Date(firstWeek + i * 7 * DAY_MS).toISOString().slice(0, 10),
    reviews: 0,
  }));
  for (const r of reviews) {
    const index = Math.floor((weekStart(Date.parse(r.review)) - firstWeek) / (7 * DAY_MS));
    if (index >= 0 && index < WEEKS_SHOWN) weeks[index]!.reviews += 1;
  }

  const weak: WeakItem[] = [];
  const totals = { items: 0, studied: 0, reviews: reviews.length, suspended: 0 };
  for (const bundle of bundles) {
    for (const item of bundle.items) {
      const card = bundle.cards[item.id];
      if (!card) continue;
      totals.items += 1;
      if (card.suspended) totals.suspended += 1;
      const recall = retrievabilityAt(card, now);
      if (recall === undefined) continue;
      totals.studied += 1;
      weak.push({
        itemId: item.id,
        articleTitle: bundle.article.title,
        prompt: item.prompt || sourceText(bundle.article, item),
        answer: answerText(item),
        retrievability: recall,
        lapses: card.lapses,
      });
    }
  }
  weak.sort(
    (a, b) => a.retrievability - b.retrievability || b.lapses - a.lapses || (a.itemId < b.itemId ? -1 : 1),
  );

  const only = bundles.length === 1 ? bundles[0] : undefined;
  return {
    title: only ? only.article.title : 'All articles',
    generatedAt: now.toISOString(),
    articles: bundles.map((b) => ({ id: b.article.id, title: b.article.title, author: b.article.author })),
    totals,
    nodes: bundles.flatMap((bundle) => masteryByNode(bundle, now)),
    retention: {
      days: RETENTION_DAYS,
      reviews: recent.length,
      recalled,
      ...(recent.length ? { share: recalled / recent.length } : {}),
    },
    weeks,
    weakest: weak.slice(0, WEAKEST_COUNT),
  };
}
