import { decodeUtf8 } from './decode';
import { ArticleImportError } from './errors';
import { textToParagraphs } from './paragraphs';
import type { ImportedArticle } from './types';

/** A short first line without closing punctuation reads as a heading: the title. */
function headingOf(line: string | undefined): string | undefined {
  if (!line || line.length > 150 || /[.!?;,:]$/.test(line)) return undefined;
  return line;
}

/**
 * An article from pasted text: the same checks as a file (empty, 5 MB and more, binary), kept as plain
 * text, one paragraph per line. The title is `title` when given, else a heading-like first line, else
 * "Pasted article".
 */
export function pasteArticle(text: string, title?: string): ImportedArticle {
  const clean = decodeUtf8(new TextEncoder().encode(text), 'The pasted text');
  const paragraphs = textToParagraphs(clean).split('\n');
  const given = title?.replace(/\s+/g, ' ').trim();
  const heading = given ? undefined : headingOf(paragraphs[0]);
  const body = heading && paragraphs.length > 1 ? paragraphs.slice(1) : paragraphs;
  const result = body.join('\n');
  if (!result.trim()) throw new ArticleImportError('empty', 'The pasted text holds no article text.');
  return { title: given || heading || 'Pasted article', text: result };
}
