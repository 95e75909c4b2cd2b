/**
 * Nesting limits for HTML. jsdom and Readability slow down sharply on deeply nested markup (a 1,000-deep
 * page takes Readability minutes), so a page nested deeper than any real article is refused before it is
 * parsed, and Readability is skipped for one that is merely deep.
 */
import { ArticleImportError } from './errors';

/** Deeper than this (estimated from the markup) is refused unparsed. Real pages stay under ~100. */
export const MAX_MARKUP_DEPTH = 1000;
/** Deeper than this (measured in the parsed document), the body is used as it is, without Readability. */
export const MAX_READABILITY_DEPTH = 200;

// Elements that never hold content, and those the parser closes by itself: neither adds lasting depth.
const NOT_NESTING = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th option optgroup rb rt rp tbody thead tfoot colgroup caption html head body'
  ).split(' '),
);

/** Estimates the nesting depth of `html` from its tags (scripts, styles and comments left out). */
export function estimateDepth(html: string): number {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  let depth = 0;
  let deepest = 0;
  for (const [, close, name, selfClosing] of markup.matchAll(
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g,
  )) {
    if (NOT_NESTING.has(name!.toLowerCase()) || selfClosing) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

export function checkMarkupDepth(html: string, what: string): void {
  if (estimateDepth(html) > MAX_MARKUP_DEPTH)
    throw new ArticleImportError(
      'too-complex',
      `${what} is nested more than ${MAX_MARKUP_DEPTH} levels deep; no article page is. Save the article's text as .txt instead.`,
    );
}

/** The deepest element of a parsed document, counted without recursion. */
export function domDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let child = node.firstChild; child; child = child.nextSibling)
      if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return deepest;
}
