import type { ArticleBundle, ReviewEntry, Settings } from '../store';

export const BACKUP_FORMAT = 'argument-study-backup';
export const BACKUP_VERSION = 1;

export interface BackupSource {
  articles: readonly ArticleBundle[];
  reviews: readonly ReviewEntry[];
  settings: Settings;
}

/** Everything the user has, in one JSON document: articles with their items and cards, the review log, settings. */
export function buildJsonBackup(source: BackupSource, now: Date): { fileName: string; content: string } {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: source.settings,
    articles: source.articles.map(({ article, items, cards }) => ({ article, items, cards })),
    reviews: source.reviews,
  };
  const day = now.toISOString().slice(0, 10);
  return { fileName: `argument-study-backup-${day}.json`, content: JSON.stringify(backup, null, 1) };
}
