import { createHash } from 'node:crypto';
import type { ItemKind } from './model';

/** The content an item's ID is derived from. */
export interface ItemIdParts {
  kind: ItemKind;
  prompt: string;
  answer: string;
  options?: readonly string[];
}

/** Short, readable prefixes, so an ID alone tells what kind of item it is. */
const KIND_CODES: Record<ItemKind, string> = {
  cloze: 'cz',
  'multiple-choice': 'mc',
  'central-argument': 'ca',
  evidence: 'ev',
  role: 'rl',
  'true-false': 'tf',
  matching: 'mt',
  ordering: 'od',
  'open-recall': 'rc',
};

/**
 * A short stable ID derived from an item's content: the kind's code and the first 16 hex digits of a SHA-256
 * over kind, prompt, answer and the options in sorted order (so the shuffle does not matter). The same content
 * always gives the same ID, which keeps a learner's progress; any change to the content gives a new one.
 */
export function itemId(parts: ItemIdParts): string {
  return `${KIND_CODES[parts.kind]}-${contentHash(parts).slice(0, 16)}`;
}

/** The full SHA-256 hex digest of an item's content, also used to seed its deterministic option shuffle. */
export function contentHash(parts: ItemIdParts): string {
  const options = parts.options ? [...parts.options].sort(compareStrings) : [];
  // JSON keeps the fields apart: no separator character inside a prompt can make two items collide.
  const canonical = JSON.stringify([parts.kind, parts.prompt, parts.answer, options]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Code-unit order: unlike localeCompare it cannot vary between machines. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
