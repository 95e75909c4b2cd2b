/**
 * Markdown to an article: optional front matter (title, author, source), then marked renders it to HTML,
 * which is sanitised and reduced to text like any HTML. The first level-1 heading is the title when the
 * front matter has none.
 */
import { marked } from 'marked';
import { ArticleImportError } from './errors';
import { checkMarkupDepth } from './html-depth';
import { domToParagraphs } from './paragraphs';
import { sanitisedFragment, webUrl, withInertDocument } from './dom';
import type { ImportedArticle } from './types';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

function frontMatter(markdown: string): { fields: Map<string, string>; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  const fields = new Map<string, string>();
  if (!match) return { fields, body: markdown };
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), field[2]!.replace(/^(['"])(.*)\1$/, '$2').trim());
  }
  return { fields, body: markdown.slice(match[0].length) };
}

export function markdownToArticle(markdown: string, fallbackTitle: string, what: string): ImportedArticle {
  const { fields, body } = frontMatter(markdown);
  let html: string;
  try {
    html = marked.parse(body, { async: false, gfm: true });
  } catch (error) {
    // marked recurses into nested quotes and lists: a hostile file can exhaust the stack.
    if (error instanceof RangeError)
      throw new ArticleImportError('too-complex', `${what} is nested too deeply to read.`);
    throw error;
  }
  checkMarkupDepth(html, what);
  const author = fields.get('author') || undefined;
  const source = webUrl(fields.get('source') ?? fields.get('url'));
  return withInertDocument('<!doctype html><html><body></body></html>', (dom) => {
    const fragment = sanitisedFragment(dom, html);
    let title = fields.get('title') || undefined;
    const heading = fragment.querySelector('h1');
    if (!title && heading) {
      title = heading.textContent?.replace(/\s+/g, ' ').trim() || undefined;
      heading.remove();
    }
    return {
      title: title ?? fallbackTitle,
      ...(author ? { author } : {}),
      ...(source ? { source } : {}),
      text: domToParagraphs(fragment),
    };
  });
}
