/**
 * Reads an article from a file the user chose: .txt, .md, .html and .pdf. Whatever the file holds, the
 * result is plain text (nothing from it can run) or an ArticleImportError that says what is wrong.
 */
import { checkSize, decodeUtf8 } from './decode';
import { ArticleImportError } from './errors';
import { htmlToArticle } from './html';
import { markdownToArticle } from './markdown';
import { textToParagraphs } from './paragraphs';
import { pdfToArticle } from './pdf';
import type { ImportedArticle } from './types';

export const IMPORT_EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.xhtml',
  '.pdf',
] as const;

function splitName(name: string): { base: string; extension: string } {
  const file = name.split(/[\\/]/).pop() ?? name;
  const dot = file.lastIndexOf('.');
  return dot > 0
    ? { base: file.slice(0, dot), extension: file.slice(dot).toLowerCase() }
    : { base: file, extension: '' };
}

function finish(article: ImportedArticle, what: string): ImportedArticle {
  if (!article.text.trim()) throw new ArticleImportError('no-text', `${what} holds no article text.`);
  return { ...article, title: article.title.replace(/\s+/g, ' ').trim().slice(0, 300) };
}

/** Reads `bytes` as the kind of file its `name` says it is. */
export async function readArticleFile(name: string, bytes: Uint8Array): Promise<ImportedArticle> {
  const { base, extension } = splitName(name);
  const what = `"${base}${extension}"`;
  const title = base.replace(/[_]+/g, ' ').trim() || 'Untitled article';
  switch (extension) {
    case '.txt':
    case '.text':
      return finish({ title, text: textToParagraphs(decodeUtf8(bytes, what)) }, what);
    case '.md':
    case '.markdown':
      return finish(markdownToArticle(decodeUtf8(bytes, what), title, what), what);
    case '.html':
    case '.htm':
    case '.xhtml':
      return finish(htmlToArticle(decodeUtf8(bytes, what), title, what), what);
    case '.pdf':
      checkSize(bytes, what);
      return finish(await pdfToArticle(bytes, title), what);
    default:
      throw new ArticleImportError(
        'unsupported-type',
        `${what} cannot be imported: open a .txt, .md, .html or .pdf file, or paste the text.`,
      );
  }
}
