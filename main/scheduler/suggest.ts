import type { Grade } from './records';

/** A quick answer: a few seconds to read, plus time to type what was asked. */
function quickLimitMs(typedLength: number): number {
  return 5_000 + 120 * typedLength;
}

/**
 * The rating the app suggests: wrong answers Again, right answers Good, right and quick ones Easy.
 * Without a time the suggestion stays Good.
 */
export function suggestRating(correct: boolean, durationMs: number | undefined, typedLength = 0): Grade {
  if (!correct) return 1;
  if (durationMs !== undefined && durationMs <= quickLimitMs(typedLength)) return 4;
  return 3;
}
