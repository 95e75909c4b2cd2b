import type { CardView } from '../api/contract';
import { cardStamp } from '../scheduler';
import type { StoredCard } from '../store';

const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

export function toCardView(card: StoredCard): CardView {
  return {
    state: STATE_NAMES[card.state],
    due: card.due,
    reps: card.reps,
    lapses: card.lapses,
    suspended: card.suspended,
    stamp: cardStamp(card),
  };
}
