import type { ServiceTable } from '../api/contract';
import { AppError } from '../api/errors';
import type { Clock } from '../clock';
import { buildJsonBackup } from '../export';
import { checkAnswer } from '../quiz';
import type { Store } from '../store';
import { articleSummary, articleView } from './library';
import { findItem, previewRatings, rateItem, today } from './study';

export { seedBundledArticles } from './library';

export type SharedServices = Omit<ServiceTable, 'saveExportAs'>;

export interface ServiceDeps {
  store: Store;
  clock: Clock;
}

/** The service table mounted on IPC in the desktop app and on the web host alike. */
export function createServices({ store, clock }: ServiceDeps): SharedServices {
  const files = () => store.articleIds().flatMap((id) => store.article(id) ?? []);
  return {
    getLibrary: async () => ({
      articles: files().map((file) => articleSummary(file, clock.now())),
      notices: store.notices,
    }),
    getArticle: async ({ articleId }) => {
      const file = store.article(articleId);
      if (!file) throw new AppError('not-found', `No article with ID "${articleId}".`);
      return articleView(file);
    },
    getToday: async ({ articleId }) => today(store, clock.now(), articleId),
    checkAnswer: async ({ itemId, response }) => checkAnswer(findItem(store, itemId).item, response),
    previewRatings: async ({ itemId }) => previewRatings(store, clock.now(), itemId),
    rateItem: (arg) => rateItem(store, clock.now(), arg),
    getSettings: async () => store.settingsFile().settings,
    exportData: async () => {
      const backup = buildJsonBackup(
        { articles: files(), reviews: store.reviews(), settings: store.settingsFile() },
        clock.now(),
      );
      return { ...backup, mimeType: 'application/json' };
    },
  };
}
