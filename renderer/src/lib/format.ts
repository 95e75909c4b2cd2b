import type { CardView } from '../../../main/api/contract';
import type { ItemKind } from '../../../main/quiz/model';

/** The blank in a cloze prompt (the same string as the model's CLOZE_BLANK). */
export const CLOZE_BLANK = '_____';

const KIND_LABELS: Record<ItemKind, string> = {
  cloze: 'Fill the gap',
  'multiple-choice': 'Multiple choice',
  'central-argument': 'Central argument',
  evidence: 'Evidence',
  role: 'Role',
  'true-false': 'True or false',
  matching: 'Matching',
  ordering: 'Ordering',
  'open-recall': 'Open recall',
};

export function kindLabel(kind: ItemKind): string {
  return KIND_LABELS[kind] ?? kind;
}

const STATE_LABELS: Record<CardView['state'], string> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  relearning: 'Relearning',
};

/** A short duration such as "10m", "3h", "5d", "2mo". */
export function shortDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days}d`;
  const months = Math.round(days / 30);
  if (months < 12) return `${months}mo`;
  return `${(days / 365).toFixed(1)}y`;
}

/** "New", "Learning · due now", "Review · due in 3d", "Suspended". */
export function describeCard(card: CardView, now: number): string {
  if (card.suspended) return 'Suspended';
  const state = STATE_LABELS[card.state] ?? card.state;
  if (card.state === 'new') return `${state} · not studied yet`;
  const due = Date.parse(card.due);
  if (Number.isNaN(due)) return state;
  const wait = due - now;
  return wait <= 0 ? `${state} · due now` : `${state} · due in ${shortDuration(wait)}`;
}

/** Splits a cloze prompt around its blank(s), so the blank can be styled. */
export function splitCloze(prompt: string): string[] {
  return prompt.split(CLOZE_BLANK);
}
