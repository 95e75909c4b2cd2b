import { createScheduler } from '../../main/scheduler';
import { ENTRY_VERSION, type ReviewEntry, type StoredCard } from '../../main/store';

const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });

/** The log entry of answering `card` Good at `at`, as the study service would write it. */
export function goodAnswer(
  articleId: string,
  itemId: string,
  card: StoredCard,
  at: Date,
  id = `r-${at.getTime()}`,
): ReviewEntry {
  const { card: next, log } = scheduler.answer(card, at, 3);
  return { schemaVersion: ENTRY_VERSION, id, itemId, articleId, ...log, durationMs: 1200, cardAfter: next };
}
