import type { Rating, RatingPreview } from '../../../main/api/contract';

const RATINGS: { rating: Rating; label: string }[] = [
  { rating: 1, label: 'Again' },
  { rating: 2, label: 'Hard' },
  { rating: 3, label: 'Good' },
  { rating: 4, label: 'Easy' },
];

interface Props {
  preview: RatingPreview;
  suggested: Rating | undefined;
  disabled: boolean;
  onRate: (rating: Rating) => void;
}

/** Again / Hard / Good / Easy, each with the interval it would give; the suggested one stands out. */
export function RatingButtons({ preview, suggested, disabled, onRate }: Props) {
  return (
    <div className="ratings">
      <div className="rating-buttons" role="group" aria-label="How well did you remember?">
        {RATINGS.map(({ rating, label }) => {
          const interval = preview.outcomes.find((outcome) => outcome.rating === rating)?.interval;
          const isSuggested = rating === suggested;
          return (
            <button
              key={rating}
              type="button"
              className={`button rating rating-${rating}${isSuggested ? ' suggested' : ''}`}
              data-testid={`rate-${rating}`}
              data-suggested={isSuggested ? 'true' : undefined}
              aria-keyshortcuts={String(rating)}
              disabled={disabled}
              autoFocus={isSuggested}
              onClick={() => onRate(rating)}
            >
              {interval ? `${label} · ${interval}` : label}
            </button>
          );
        })}
      </div>
      <p className="hint">Press 1–4 to rate, Enter to take the suggestion, u to undo.</p>
    </div>
  );
}
