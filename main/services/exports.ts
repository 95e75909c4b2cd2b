import { AppError } from '../api/errors';
import type { ExportFile, ExportFormat } from '../api/contract';
import {
  buildApkg,
  buildCardsCsv,
  buildJsonBackup,
  buildReport,
  buildRevlogCsv,
  type BackupSource,
} from '../export';
import type { Store } from '../store';

/** Everything the store holds, for a complete export. */
export async function collectCollection(store: Store): Promise<BackupSource> {
  const articles = [];
  for (const id of store.articleIds()) {
    const doc = await store.loadArticle(id);
    if (doc)
      articles.push({ article: doc.article, items: doc.items, cards: store.cardsDoc(id)?.cards ?? {} });
  }
  return { articles, reviews: await store.allReviews(), settings: store.settingsFile().settings };
}

export interface RenderedExport {
  fileName: string;
  mimeType: string;
  data: string | Uint8Array;
}

const day = (now: Date) => now.toISOString().slice(0, 10);

/** One export in the chosen format; `articleId` narrows the report to one article. */
export async function renderExport(
  source: BackupSource,
  format: ExportFormat,
  now: Date,
  articleId?: string,
): Promise<RenderedExport> {
  switch (format) {
    case 'json': {
      const { fileName, content } = buildJsonBackup(source, now);
      return { fileName, mimeType: 'application/json', data: content };
    }
    case 'revlog-csv':
      return {
        fileName: `argument-study-revlog-${day(now)}.csv`,
        mimeType: 'text/csv',
        data: buildRevlogCsv(source.reviews),
      };
    case 'cards-csv':
      return {
        fileName: `argument-study-cards-${day(now)}.csv`,
        mimeType: 'text/csv',
        data: buildCardsCsv(source.articles, now),
      };
    case 'apkg': {
      const { fileName, bytes } = await buildApkg(source, { now });
      return { fileName, mimeType: 'application/octet-stream', data: bytes };
    }
    case 'report': {
      if (articleId && !source.articles.some((bundle) => bundle.article.id === articleId)) {
        throw new AppError('not-found', `No article with ID "${articleId}".`);
      }
      const { fileName, html } = buildReport(source, { now, articleId });
      return { fileName, mimeType: 'text/html', data: html };
    }
  }
}

/** An export as it crosses the API: text as it is, binary files in base64. */
export function toExportFile(rendered: RenderedExport): ExportFile {
  if (typeof rendered.data === 'string') {
    return {
      fileName: rendered.fileName,
      mimeType: rendered.mimeType,
      content: rendered.data,
      encoding: 'utf8',
    };
  }
  const content = Buffer.from(rendered.data).toString('base64');
  return { fileName: rendered.fileName, mimeType: rendered.mimeType, content, encoding: 'base64' };
}
