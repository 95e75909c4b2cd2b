import { bundledArticles, type BundledArticle } from '../../content';
import type { ArticleMeta, ArticleSummary, ArticleView, CardView, ItemView } from '../api/contract';
import { generateSimpleItems, splitSentences, type Sentence } from '../quiz';
import { cardStamp, newCard } from '../scheduler';
import { SCHEMA_VERSION, type ArticleFile, type ArticleRecord, type StoredCard, type Store } from '../store';

const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

export function toCardView(card: StoredCard): CardView {
  return {
    state: STATE_NAMES[card.state],
    due: card.due,
    reps: card.reps,
    lapses: card.lapses,
    suspended: card.suspended,
    stamp: cardStamp(card),
  };
}

/** Builds an article's file from its text: generated items, each with a new card. */
export function createArticleFile(article: ArticleRecord, now: Date): ArticleFile {
  const { items } = generateSimpleItems(article.id, article.text);
  const cards = Object.fromEntries(items.map((item) => [item.id, { ...newCard(now), suspended: false }]));
  return { schemaVersion: SCHEMA_VERSION, article, items, cards };
}

function bundledRecord(bundled: BundledArticle, now: Date): ArticleRecord {
  return { ...bundled, addedAt: now.toISOString() };
}

/**
 * Loads the bundled articles on first run. One the user removed is not added back; one whose file was
 * set aside as unreadable is, and the store's log repairs its cards on the next start.
 */
export async function seedBundledArticles(store: Store, now: Date): Promise<void> {
  const settingsFile = store.settingsFile();
  const missing = bundledArticles.filter(
    (bundled) => !store.article(bundled.id) && !settingsFile.seededArticles.includes(bundled.id),
  );
  if (missing.length === 0) return;
  for (const bundled of missing) await store.saveArticle(createArticleFile(bundledRecord(bundled, now), now));
  const seeded = [...settingsFile.seededArticles, ...missing.map((b) => b.id)];
  await store.saveSettings({ ...settingsFile, seededArticles: seeded });
}

export function articleMeta(article: ArticleRecord): ArticleMeta {
  const { id, title, author, authorBio, source, licence, attribution, standfirst } = article;
  return { id, title, author, authorBio, source, licence, attribution, standfirst };
}

const sentenceCache = new Map<string, Sentence[]>();

/** Sentences are derived from the text; cached by text so an unchanged article is split once. */
export function sentencesOf(text: string): Sentence[] {
  const cached = sentenceCache.get(text);
  if (cached) return cached;
  const sentences = splitSentences(text);
  sentenceCache.set(text, sentences);
  return sentences;
}

export function articleView(file: ArticleFile): ArticleView {
  const items: ItemView[] = file.items.flatMap((item) => {
    const card = file.cards[item.id];
    return card ? [{ ...item, card: toCardView(card) }] : [];
  });
  return {
    article: articleMeta(file.article),
    text: file.article.text,
    sentences: sentencesOf(file.article.text),
    items,
  };
}

export function articleSummary(file: ArticleFile, now: Date): ArticleSummary {
  const nowIso = now.toISOString();
  const cards = Object.values(file.cards).filter((card) => !card.suspended);
  return {
    id: file.article.id,
    title: file.article.title,
    author: file.article.author,
    itemCount: file.items.length,
    dueCount: cards.filter((card) => card.state !== 0 && card.due <= nowIso).length,
  };
}
