/**
 * Plain text, one paragraph per line: the form the article store and the quiz generator expect. From
 * plain text (blank-line separated blocks, or one paragraph per line) and from a sanitised DOM.
 */

const collapse = (line: string): string => line.replace(/\s+/g, ' ').trim();

/** Joins paragraphs, one a line, dropping empty ones. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  return [...paragraphs].map(collapse).filter(Boolean).join('\n');
}

/**
 * Plain text to paragraphs: where the text has blank lines, the blocks between them are the paragraphs
 * (hard-wrapped lines are joined); otherwise each line is one.
 */
export function textToParagraphs(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n');
  const blocks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n+/) : normalised.split('\n');
  return joinParagraphs(blocks);
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'HEAD',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/**
 * The text of a (sanitised) DOM subtree, one block-level element per line. Iterative, so that a hostile,
 * deeply nested document cannot exhaust the stack.
 */
export function domToParagraphs(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    lines.push(current);
    current = '';
  };
  // A null entry marks the end of a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (!node) break;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE)
      continue;
    const name = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      flush();
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return joinParagraphs(lines);
}
