/**
 * An HTML page to an article: @mozilla/readability finds the main text (dropping navigation, ads and
 * comments), DOMPurify sanitises it, and only its text is kept, one paragraph per line.
 */
import { Readability } from '@mozilla/readability';
import { checkMarkupDepth, domDepth, MAX_READABILITY_DEPTH } from './html-depth';
import { domToParagraphs } from './paragraphs';
import { sanitisedFragment, webUrl, withInertDocument } from './dom';
import type { ImportedArticle } from './types';

function meta(document: Document, selector: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute('content')?.trim();
  return value || undefined;
}

function oneLine(text: string | null | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line || undefined;
}

/** Drops a first paragraph that only repeats the title. */
function withoutTitleLine(text: string, title: string): string {
  const [first, ...rest] = text.split('\n');
  return first?.trim().toLowerCase() === title.trim().toLowerCase() ? rest.join('\n') : text;
}

export function htmlToArticle(html: string, fallbackTitle: string, what: string): ImportedArticle {
  checkMarkupDepth(html, what);
  return withInertDocument(html, (dom) => {
    const document = dom.window.document;
    // Read before Readability, which changes the document it is given.
    const source =
      webUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      webUrl(meta(document, 'meta[property="og:url"]'));
    const metaAuthor = meta(document, 'meta[name="author"]');
    const parsed =
      domDepth(document) <= MAX_READABILITY_DEPTH
        ? new Readability(document, { keepClasses: false }).parse()
        : null;
    const fragment = sanitisedFragment(dom, parsed?.content ?? document.body?.innerHTML ?? '');
    const title = oneLine(parsed?.title) ?? oneLine(document.title) ?? fallbackTitle;
    const author = oneLine(parsed?.byline?.replace(/^\s*by\s+/i, '')) ?? metaAuthor;
    return {
      title,
      ...(author ? { author } : {}),
      ...(source ? { source } : {}),
      text: withoutTitleLine(domToParagraphs(fragment), title),
    };
  });
}
