import { basename } from 'node:path';
import type { Notice } from '../api/contract';
import type { LoadOutcome } from './json-doc';

export function noticeForSetAside<T>(
  outcome: Extract<LoadOutcome<T>, { status: 'set-aside' }>,
  what: string,
): Notice {
  return {
    level: 'error',
    message: `${what} could not be read (${outcome.reason}). It was moved aside to ${basename(outcome.movedTo)} and left untouched.`,
  };
}
