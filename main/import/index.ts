/** Articles from outside: files (.txt, .md, .html, .pdf) and pasted text, always as plain text. */
export { readArticleFile, IMPORT_EXTENSIONS } from './read-file';
export { pasteArticle } from './paste';
export { ArticleImportError, MAX_IMPORT_BYTES, type ImportErrorCode } from './errors';
export type { ImportedArticle } from './types';
