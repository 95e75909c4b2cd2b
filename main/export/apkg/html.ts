import { createHash } from 'node:crypto';
import { escapeHtml } from '../escape-html';

/** Plain text as an Anki field: escaped, line breaks as <br>. */
export function fieldHtml(text: string): string {
  return escapeHtml(text).replaceAll('\n', '<br>');
}

/** What Anki sorts and checks duplicates by: the field without tags, entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .trim();
}

/** Anki's first-field checksum: the first 8 hex digits of SHA-1 over the stripped field, as an integer. */
export function fieldChecksum(html: string): number {
  return Number.parseInt(createHash('sha1').update(stripHtml(html), 'utf8').digest('hex').slice(0, 8), 16);
}

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/**
 * A note's guid in Anki's own style (base 91 of 64 bits), derived from the card's identity: exporting again
 * gives the same guids, so Anki updates the notes it has instead of adding duplicates.
 */
export function stableGuid(key: string): string {
  const digest = createHash('sha256').update(`argument-study:${key}`, 'utf8').digest('hex');
  let value = BigInt(`0x${digest.slice(0, 16)}`);
  let guid = '';
  do {
    guid = BASE91[Number(value % 91n)] + guid;
    value /= 91n;
  } while (value > 0n);
  return guid;
}
