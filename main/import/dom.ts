/**
 * The one place HTML is parsed: jsdom, which runs no script and fetches no resource unless told to (it is
 * not), with DOMPurify over everything before text is taken from it. What leaves here is plain text.
 */
import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Runs `use` on a document with no scripts run, no resources loaded and nothing printed about its CSS,
 * then closes the document's window.
 */
export function withInertDocument<T>(html: string, use: (dom: JSDOM) => T): T {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    return use(dom);
  } finally {
    dom.window.close();
  }
}

/** DOMPurify bound to `dom`'s window. */
export function purifierFor(dom: JSDOM): DOMPurify {
  return createDOMPurify(dom.window as unknown as WindowLike);
}

/** Sanitises `html` into a fragment of `dom`'s document: no script, handler, frame or javascript: URL survives. */
export function sanitisedFragment(dom: JSDOM, html: string): DocumentFragment {
  return purifierFor(dom).sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  });
}

/** An http(s) URL, or undefined: nothing else (javascript:, data:) is kept as an article's source. */
export function webUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
