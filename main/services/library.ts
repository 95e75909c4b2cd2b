import { bundledArticles, type BundledArticle } from '../../content';
import type { ArticleMeta, ArticleSummary, ArticleView, ItemView } from '../api/contract';
import { splitSentences, type Sentence } from '../quiz';
import { generateArticle, type GenerateQuiz } from './items';
import type { ArticleDoc, ArticleRecord, CardsDoc, Store } from '../store';
import { toCardView } from './card-view';

export { toCardView } from './card-view';

function bundledRecord(bundled: BundledArticle, now: Date): ArticleRecord {
  return { ...bundled, addedAt: now.toISOString() };
}

/** Loads the bundled articles on first run; one the user removed is not added back. */
export async function seedBundledArticles(store: Store, now: Date, generate: GenerateQuiz): Promise<void> {
  const settingsFile = store.settingsFile();
  const missing = bundledArticles.filter(
    (bundled) => !store.cardsDoc(bundled.id) && !settingsFile.seededArticles.includes(bundled.id),
  );
  if (missing.length === 0) return;
  for (const bundled of missing)
    await store.saveArticle(await generateArticle(generate, bundledRecord(bundled, now), now));
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

export function articleView(doc: ArticleDoc, cards: CardsDoc['cards']): ArticleView {
  const items: ItemView[] = doc.items.flatMap((item) => {
    const card = cards[item.id];
    return card ? [{ ...item, card: toCardView(card) }] : [];
  });
  return {
    article: articleMeta(doc.article),
    ...(doc.argumentMap ? { argumentMap: doc.argumentMap } : {}),
    text: doc.article.text,
    sentences: sentencesOf(doc.article.text),
    items,
  };
}

export function articleSummary(doc: CardsDoc, now: Date): ArticleSummary {
  const nowIso = now.toISOString();
  const cards = Object.values(doc.cards).filter((card) => !card.suspended);
  return {
    id: doc.articleId,
    title: doc.title,
    author: doc.author,
    itemCount: Object.keys(doc.cards).length,
    dueCount: cards.filter((card) => card.state !== 0 && card.due <= nowIso).length,
  };
}
