/**
 * A PDF's text with pdf.js (pdfjs-dist's legacy build, which runs in Node; no worker thread, no canvas,
 * no eval, no PDF scripting: only the text layer is read). Lines are joined into paragraphs where the gap
 * between them is larger than the usual line spacing.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ArticleImportError } from './errors';
import { joinParagraphs } from './paragraphs';
import type { ImportedArticle } from './types';

interface Line {
  text: string;
  y: number;
  height: number;
  page: number;
}

const MAX_PAGES = 2000;

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/** Paragraph breaks where a vertical gap is clearly wider than the page's usual line spacing, and at page ends after a full stop. */
function linesToParagraphs(lines: Line[]): string {
  const gaps = lines.slice(1).flatMap((line, i) => {
    const prev = lines[i]!;
    return line.page === prev.page && prev.y > line.y ? [prev.y - line.y] : [];
  });
  const spacing = median(gaps) || 14;
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const breaks =
      !prev ||
      (line.page === prev.page
        ? prev.y - line.y > spacing * 1.4 || line.y > prev.y
        : /[.!?:"”’)]$/.test(prev.text));
    if (breaks && current) {
      paragraphs.push(current);
      current = '';
    }
    // A line ending in a hyphen continues the word on the next line.
    current = current.endsWith('-') ? current + line.text : current ? `${current} ${line.text}` : line.text;
  });
  if (current) paragraphs.push(current);
  return joinParagraphs(paragraphs);
}

export async function pdfToArticle(bytes: Uint8Array, fallbackTitle: string): Promise<ImportedArticle> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-'))
    throw new ArticleImportError('unreadable-pdf', 'This file is named .pdf but is not a PDF.');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      const name = (error as Error)?.name;
      const reason =
        name === 'PasswordException' ? 'it is protected by a password' : 'it is damaged or not a PDF';
      throw new ArticleImportError('unreadable-pdf', `This PDF cannot be read: ${reason}.`);
    });
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    const lines: Line[] = [];
    for (let number = 1; number <= Math.min(pdf.numPages, MAX_PAGES); number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      let y = 0;
      let height = 0;
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        if (!text && item.str.trim()) {
          y = item.transform[5] ?? 0;
          height = item.height;
        }
        text += item.str;
        if (item.hasEOL) {
          if (text.trim()) lines.push({ text: text.replace(/\s+/g, ' ').trim(), y, height, page: number });
          text = '';
        }
      }
      if (text.trim()) lines.push({ text: text.replace(/\s+/g, ' ').trim(), y, height, page: number });
      page.cleanup();
    }
    const text = linesToParagraphs(lines);
    if (!text)
      throw new ArticleImportError('no-text', 'This PDF has no text to read (it may be a scanned image).');
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : fallbackTitle;
    const author = typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : undefined;
    return { title, ...(author ? { author } : {}), text };
  } finally {
    await task.destroy();
  }
}
