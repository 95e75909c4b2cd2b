/** Why an article could not be imported; `message` is meant for the user and says what to do. */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'unsupported-type'
  | 'no-text'
  | 'too-complex'
  | 'unreadable-pdf';

export class ArticleImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleImportError';
  }
}

/** Files and pasted texts of this size or more are refused: no article is that long. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
