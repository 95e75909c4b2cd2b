import type { ArgumentOf, ItemView } from '../api/contract';
import { AppError } from '../api/errors';
import type { Quiz, QuizInput, QuizItem } from '../quiz';
import { newCard } from '../scheduler';
import type { ArticleBundle, ArticleDoc, ArticleRecord, StoredCard, Store } from '../store';
import { toCardView } from './card-view';

/** Runs the quiz generator; the app passes one that works off the main thread and reports progress. */
export type GenerateQuiz = (
  input: QuizInput,
  onProgress?: (fraction: number, stage: string) => void,
) => Promise<Quiz>;

/**
 * Merges a fresh generation with what the user has: items whose content did not change keep their ID and
 * so their card; items the user edited stay as edited; items the user deleted stay deleted.
 */
export function mergeGeneration(
  quiz: Quiz,
  previous: { items: QuizItem[]; cards: Record<string, StoredCard>; removedItemIds: string[] } | undefined,
  now: Date,
): Pick<ArticleBundle, 'items' | 'cards' | 'argumentMap' | 'removedItemIds'> {
  const removed = new Set(previous?.removedItemIds ?? []);
  const edited = (previous?.items ?? []).filter((item) => item.edited);
  const editedIds = new Set(edited.map((item) => item.id));
  const generated = quiz.items.filter((item) => !removed.has(item.id) && !editedIds.has(item.id));
  const items = [...generated, ...edited];
  const cards = Object.fromEntries(
    items.map((item) => [item.id, previous?.cards[item.id] ?? { ...newCard(now), suspended: false }]),
  );
  return { items, cards, argumentMap: quiz.argumentMap, removedItemIds: [...removed] };
}

export async function generateArticle(
  generate: GenerateQuiz,
  article: ArticleRecord,
  now: Date,
  previous?: ArticleDoc & { cards: Record<string, StoredCard> },
  onProgress?: (fraction: number, stage: string) => void,
): Promise<ArticleBundle> {
  const input = {
    articleId: article.id,
    text: article.text,
    title: article.title,
    standfirst: article.standfirst,
  };
  const quiz = await generate(input, onProgress);
  return { article, ...mergeGeneration(quiz, previous, now) };
}

async function loadWithCards(store: Store, articleId: string) {
  const doc = await store.loadArticle(articleId);
  const cards = store.cardsDoc(articleId)?.cards;
  if (!doc || !cards) throw new AppError('not-found', `No article with ID "${articleId}".`);
  return { ...doc, cards };
}

/** Regenerates an article's items (after the generator or the text changed), keeping the progress of unchanged items. */
export function regenerateArticle(
  store: Store,
  generate: GenerateQuiz,
  now: Date,
  articleId: string,
  onProgress?: (fraction: number, stage: string) => void,
): Promise<void> {
  return store.exclusive(async () => {
    const previous = await loadWithCards(store, articleId);
    await store.saveArticle(await generateArticle(generate, previous.article, now, previous, onProgress));
  });
}

function checkEdit(item: QuizItem, arg: ArgumentOf<'editItem'>): void {
  if (arg.prompt.trim() === '' || arg.answer.trim() === '')
    throw new AppError('invalid-argument', 'A question and an answer are needed.');
  if (item.options && !arg.options) throw new AppError('invalid-argument', 'This item needs its options.');
  if (arg.options) {
    const distinct = new Set(arg.options.map((option) => option.trim().toLowerCase()));
    if (distinct.size !== arg.options.length)
      throw new AppError('invalid-argument', 'The options must all be different.');
    if (!arg.options.includes(arg.answer))
      throw new AppError('invalid-argument', 'The answer must be one of the options.');
  }
}

/** Changes an item's question, answer or options. It keeps its ID, so its progress stays. */
export function editItem(store: Store, arg: ArgumentOf<'editItem'>): Promise<ItemView> {
  return store.exclusive(async () => {
    const articleId = store.articleOfItem(arg.itemId);
    const doc = articleId ? await loadWithCards(store, articleId) : undefined;
    const item = doc?.items.find((candidate) => candidate.id === arg.itemId);
    if (!doc || !item) throw new AppError('not-found', `No quiz item with ID "${arg.itemId}".`);
    checkEdit(item, arg);
    const changed: QuizItem = { ...item, prompt: arg.prompt, answer: arg.answer, edited: true };
    if (arg.options) changed.options = arg.options;
    const items = doc.items.map((candidate) => (candidate.id === item.id ? changed : candidate));
    await store.saveArticle({ ...doc, items });
    return { ...changed, card: toCardView(doc.cards[item.id]!) };
  });
}

/** Deletes an item and its card; its past reviews stay in the log, and regeneration does not bring it back. */
export function deleteItem(store: Store, itemId: string): Promise<void> {
  return store.exclusive(async () => {
    const articleId = store.articleOfItem(itemId);
    const doc = articleId ? await loadWithCards(store, articleId) : undefined;
    if (!doc || !doc.items.some((item) => item.id === itemId))
      throw new AppError('not-found', `No quiz item with ID "${itemId}".`);
    const cards = { ...doc.cards };
    delete cards[itemId];
    await store.saveArticle({
      ...doc,
      items: doc.items.filter((item) => item.id !== itemId),
      cards,
      removedItemIds: [...doc.removedItemIds, itemId],
    });
  });
}
