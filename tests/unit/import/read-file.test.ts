import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArticleImportError,
  MAX_IMPORT_BYTES,
  readArticleFile,
  type ImportErrorCode,
} from '../../../main/import';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
const fixture = (name: string) => readFile(join(FIXTURES, name));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(run: Promise<unknown>): Promise<ArticleImportError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArticleImportError);
  return error as ArticleImportError;
}

async function expectRefused(run: Promise<unknown>, code: ImportErrorCode, message: RegExp): Promise<void> {
  const error = await refusal(run);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

describe('reading an article from a file', () => {
  it('keeps only the main text of hostile HTML, as plain text: no script ran, nothing executable survives', async () => {
    const article = await readArticleFile('hostile.html', await fixture('hostile.html'));
    expect(article.title).toBe('Sanctions and the Summit');
    expect(article.author).toBe('Jane Roe');
    expect(article.source).toBe('https://example.org/sanctions-summit');
    const lines = article.text.split('\n');
    expect(lines[0]).toMatch(
      /^The talks in Hanoi collapsed when the two sides could not agree on sanctions relief\./,
    );
    expect(lines).toContain('Negotiators should prepare fall-back positions.');
    expect(lines).toContain('Summits are the end of a process, not its start.');
    expect(lines).toContain('Prepare at the working level.');
    expect(article.text).toContain('Read the full agreement and compare it with the earlier draft');
    // no script, handler or javascript: URL ran...
    expect(article.text).not.toMatch(/PWNED|RAN/);
    // ...and none of their code, nor any markup, is in the text
    expect(article.text).not.toMatch(/[<>]|javascript|alert|onerror|onclick|document\./);
    // navigation, footer and form controls are not the article
    expect(article.text).not.toMatch(/About us|Copyright|type here|Send/);
  });

  it('refuses a javascript: or data: URL as the source', async () => {
    const html = `<html><head><title>T</title><link rel="canonical" href="javascript:alert(1)"></head><body><p>${'Some text. '.repeat(30)}</p></body></html>`;
    const article = await readArticleFile('page.htm', utf8(html));
    expect(article.source).toBeUndefined();
    expect(article.text).toBe('Some text. '.repeat(30).trim());
  });

  it('reads Markdown as paragraphs, with front matter for title, author and source', async () => {
    const article = await readArticleFile('article.md', await fixture('article.md'));
    expect(article).toEqual({
      title: 'Personal Chemistry Is Not a Strategy',
      author: 'Trevor Findlay',
      source: 'https://example.org/chemistry',
      text: [
        'A heading that is not the title',
        'The breakdown of the second round of talks highlights the limits of personal chemistry in diplomatic relations. This line was hard-wrapped.',
        'What went wrong',
        'The deal was not prepared.',
        'The leaders improvised.',
        'A link and inline code and an image .',
      ].join('\n'),
    });
  });

  it('takes the first level-1 heading of Markdown without front matter as the title', async () => {
    const article = await readArticleFile(
      'notes.markdown',
      utf8('# The Title\n\nFirst paragraph.\n\nSecond.\n'),
    );
    expect(article).toEqual({ title: 'The Title', text: 'First paragraph.\nSecond.' });
  });

  it('reads a text file with blank lines as one paragraph per block, and one without as one per line', async () => {
    const wrapped = await readArticleFile('wrapped.txt', await fixture('wrapped.txt'));
    expect(wrapped).toEqual({
      title: 'wrapped',
      text: 'The talks collapsed in Hanoi. They had been badly prepared, by both sides.\nA second paragraph follows here.',
    });
    const lines = await readArticleFile(
      'One_Per_Line.TXT',
      utf8('\uFEFFFirst paragraph.\nSecond paragraph.\n'),
    );
    expect(lines).toEqual({ title: 'One Per Line', text: 'First paragraph.\nSecond paragraph.' });
  });

  it('refuses empty, binary, non-UTF-8 and enormous files with a clear message', async () => {
    await expectRefused(readArticleFile('empty.txt', new Uint8Array()), 'empty', /"empty.txt" is empty/);
    await expectRefused(readArticleFile('blank.md', utf8('  \n\n\t ')), 'empty', /holds no text/);
    await expectRefused(
      readArticleFile('binary.txt', await fixture('binary.txt')),
      'binary',
      /not a text file/,
    );
    await expectRefused(
      readArticleFile('latin1.txt', await fixture('latin1.txt')),
      'not-utf8',
      /not UTF-8 text.*Save it as UTF-8/,
    );
    const enormous = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    await expectRefused(
      readArticleFile('big.txt', enormous),
      'too-large',
      /is 5.0 MB; articles must be under 5.0 MB/,
    );
    await expectRefused(readArticleFile('big.pdf', enormous), 'too-large', /must be under/);
    // just under the limit is fine
    const text = await readArticleFile('almost.txt', enormous.subarray(0, MAX_IMPORT_BYTES - 1));
    expect(text.text).toHaveLength(MAX_IMPORT_BYTES - 1);
  });

  it('refuses HTML with nothing but script in it, and file types it does not read', async () => {
    await expectRefused(
      readArticleFile('scripts.html', utf8('<html><body><script>alert(1)</script></body></html>')),
      'no-text',
      /holds no article text/,
    );
    await expectRefused(
      readArticleFile('report.docx', utf8('PK...')),
      'unsupported-type',
      /open a .txt, .md, .html or .pdf/,
    );
    await expectRefused(
      readArticleFile('no-extension', utf8('text')),
      'unsupported-type',
      /cannot be imported/,
    );
  });

  it('refuses HTML and Markdown nested deeper than any article, quickly, and reads a merely deep page', async () => {
    const nested = (depth: number) =>
      `<html><body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    await expectRefused(
      readArticleFile('deep.html', utf8(nested(20_000))),
      'too-complex',
      /nested more than 1000 levels/,
    );
    await expectRefused(
      readArticleFile('deep.md', utf8('>'.repeat(100_000) + ' quote')),
      'too-complex',
      /nested/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await readArticleFile('deep.html', utf8(nested(300)))).text).toBe('Deep text.');
  });
});
