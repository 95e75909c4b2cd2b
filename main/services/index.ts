import type { ServiceTable } from '../api/contract';
import { AppError } from '../api/errors';
import type { Clock } from '../clock';
import { buildJsonBackup } from '../export';
import { checkAnswer } from '../quiz';
import type { Store } from '../store';
import { articleSummary, articleView } from './library';
import { findItem, previewRatings, rateItem, today } from './study';

export { seedBundledArticles } from './library';

/** Everything the store holds, for a complete export. */
async function collectBackupSource(store: Store) {
  const articles = [];
  for (const id of store.articleIds()) {
    const doc = await store.loadArticle(id);
    if (doc)
      articles.push({ article: doc.article, items: doc.items, cards: store.cardsDoc(id)?.cards ?? {} });
  }
  return { articles, reviews: await store.allReviews(), settings: store.settingsFile().settings };
}

export type SharedServices = Omit<ServiceTable, 'saveExportAs'>;

export interface ServiceDeps {
  store: Store;
  clock: Clock;
}

/** The service table mounted on IPC in the desktop app and on the web host alike. */
export function createServices({ store, clock }: ServiceDeps): SharedServices {
  return {
    getLibrary: async () => ({
      articles: store.articleIds().flatMap((id) => {
        const doc = store.cardsDoc(id);
        return doc ? [articleSummary(doc, clock.now())] : [];
      }),
      notices: store.notices,
    }),
    getArticle: async ({ articleId }) => {
      const doc = await store.loadArticle(articleId);
      const cards = store.cardsDoc(articleId);
      if (!doc || !cards) throw new AppError('not-found', `No article with ID "${articleId}".`);
      return articleView(doc, cards.cards);
    },
    getToday: async ({ articleId }) => today(store, clock.now(), articleId),
    checkAnswer: async ({ itemId, response }) => checkAnswer((await findItem(store, itemId)).item, response),
    previewRatings: async ({ itemId }) => previewRatings(store, clock.now(), itemId),
    rateItem: (arg) => rateItem(store, clock.now(), arg),
    getSettings: async () => store.settingsFile().settings,
    exportData: async () => {
      const backup = buildJsonBackup(await collectBackupSource(store), clock.now());
      return { ...backup, mimeType: 'application/json' };
    },
  };
}
