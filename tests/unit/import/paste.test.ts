import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, pasteArticle } from '../../../main/import';

describe('pasting an article', () => {
  it('keeps plain text, one paragraph per line, and takes a heading-like first line as the title', () => {
    expect(
      pasteArticle('Summit Diplomacy\n\nThe talks collapsed.\nBoth sides left.\n\nA second paragraph.'),
    ).toEqual({
      title: 'Summit Diplomacy',
      text: 'The talks collapsed. Both sides left.\nA second paragraph.',
    });
    expect(pasteArticle('The talks collapsed.\nBoth sides left.', 'My title')).toEqual({
      title: 'My title',
      text: 'The talks collapsed.\nBoth sides left.',
    });
    expect(pasteArticle('The talks collapsed.').title).toBe('Pasted article');
  });

  it('keeps markup as the text it is: nothing pasted is ever parsed as HTML', () => {
    const text = 'A claim.\n<script>alert(1)</script> <img src=x onerror=alert(2)>';
    expect(pasteArticle(text).text).toBe(text);
  });

  it('refuses empty, binary and enormous pastes', () => {
    expect(() => pasteArticle('   \n ')).toThrow(/holds no text/);
    expect(() => pasteArticle('text\u0000more')).toThrow(/not a text file/);
    expect(() => pasteArticle('a'.repeat(MAX_IMPORT_BYTES))).toThrow(/must be under 5.0 MB/);
    // 5 MB counted in UTF-8 bytes, not characters
    expect(() => pasteArticle('é'.repeat(MAX_IMPORT_BYTES / 2))).toThrow(
      /is 5.0 MB; articles must be under 5.0 MB/,
    );
  });
});
