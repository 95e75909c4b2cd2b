import type { Overlay } from '../hooks/useSentenceMastery';

interface Props {
  on: boolean;
  overlay: Overlay;
  onToggle: () => void;
}

function countText(mastery: Record<string, number>): string {
  const count = Object.keys(mastery).length;
  if (count === 0) return 'No sentence studied yet: answer a few cards to see them tinted.';
  return `${count} ${count === 1 ? 'sentence' : 'sentences'} tinted by how well you would recall them now.`;
}

/** The "Show what I remember" switch over the article, with the colour legend while it is on. */
export function MasteryOverlayControls({ on, overlay, onToggle }: Props) {
  return (
    <div className="overlay-controls">
      <button
        type="button"
        className={on ? 'button is-on' : 'button'}
        aria-pressed={on}
        data-testid="toggle-overlay"
        onClick={onToggle}
      >
        Show what I remember
      </button>
      {on && (
        <div className="overlay-legend" data-testid="overlay-legend">
          <span className="legend-scale" aria-hidden="true">
            <span>Forgotten</span>
            <span className="legend-bar" />
            <span>Remembered</span>
          </span>
          <span className="legend-note" role="status">
            {overlay.status === 'loading' && 'Loading…'}
            {overlay.status === 'on' && countText(overlay.mastery)}
            {overlay.status === 'error' && overlay.message}
          </span>
        </div>
      )}
    </div>
  );
}
