/**
 * JSON.parse for files from outside: size, nesting depth and string length are checked by one linear scan
 * before anything is parsed (so a hostile file cannot exhaust memory or the stack), and keys that could
 * reach an object's prototype are refused while parsing.
 */

export interface JsonLimits {
  /** Longest text accepted, in UTF-16 code units (about bytes for mostly-ASCII JSON). */
  maxChars: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Longest single string (key or value), in code units as written (escapes included). */
  maxStringChars: number;
}

export type JsonErrorCode = 'too-large' | 'too-deep' | 'string-too-long' | 'not-json' | 'forbidden-key';

export class UnsafeJsonError extends Error {
  constructor(
    readonly code: JsonErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UnsafeJsonError';
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x7b, 0x5b]);
const CLOSE = new Set([0x7d, 0x5d]);

const mib = (chars: number): string =>
  chars < 1024 * 1024 ? `${Math.ceil(chars / 1024)} KB` : `${Math.round(chars / 1024 / 1024)} MB`;

/** Walks the text once, outside of strings counting nesting, inside them counting length. */
function scan(text: string, limits: JsonLimits): void {
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      if (i - stringStart > limits.maxStringChars)
        throw new UnsafeJsonError(
          'string-too-long',
          `It holds a text of more than ${mib(limits.maxStringChars)} (at character ${stringStart}), more than any real article.`,
        );
    } else if (c === QUOTE) {
      inString = true;
      stringStart = i;
    } else if (OPEN.has(c)) {
      depth++;
      if (depth > limits.maxDepth)
        throw new UnsafeJsonError(
          'too-deep',
          `It is nested more than ${limits.maxDepth} levels deep (at character ${i}); a backup never is.`,
        );
    } else if (CLOSE.has(c)) {
      depth--;
    }
  }
}

/** Parses `text` within `limits`; throws UnsafeJsonError with a message meant for the user. */
export function parseJsonSafely(text: string, limits: JsonLimits): unknown {
  if (text.length > limits.maxChars)
    throw new UnsafeJsonError(
      'too-large',
      `It is ${mib(text.length)}, more than the ${mib(limits.maxChars)} accepted.`,
    );
  if (text.trim() === '') throw new UnsafeJsonError('not-json', 'It is empty.');
  scan(text, limits);
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key))
        throw new UnsafeJsonError('forbidden-key', `It holds the key "${key}", which no backup has.`);
      return value;
    });
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw error;
    throw new UnsafeJsonError(
      'not-json',
      `It is not complete JSON; it may be truncated or damaged (${(error as Error).message}).`,
    );
  }
}
