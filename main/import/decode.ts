import { ArticleImportError, MAX_IMPORT_BYTES } from './errors';

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses an empty or enormous file before anything reads it. */
export function checkSize(bytes: Uint8Array, what: string): void {
  if (bytes.length === 0) throw new ArticleImportError('empty', `${what} is empty.`);
  if (bytes.length >= MAX_IMPORT_BYTES)
    throw new ArticleImportError(
      'too-large',
      `${what} is ${MB(bytes.length)}; articles must be under ${MB(MAX_IMPORT_BYTES)}.`,
    );
}

/** C0 control characters other than tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * The bytes as UTF-8 text; a file with NUL bytes or many control characters is binary, and one that is
 * not valid UTF-8 (Latin-1, Windows-1252, UTF-16) is refused rather than guessed at.
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  checkSize(bytes, what);
  if (bytes.includes(0))
    throw new ArticleImportError('binary', `${what} is not a text file (it holds binary data).`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleImportError(
      'not-utf8',
      `${what} is not UTF-8 text (it may be Latin-1 or Windows-1252). Save it as UTF-8 and try again.`,
    );
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(8, text.length / 100))
    throw new ArticleImportError('binary', `${what} is not a text file (it holds binary data).`);
  if (text.trim() === '') throw new ArticleImportError('empty', `${what} holds no text.`);
  return text.replace(CONTROL, '');
}
