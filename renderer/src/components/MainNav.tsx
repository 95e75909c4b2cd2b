import { VIEWS, type ViewId } from '../lib/views';

/** Study, Statistics, Settings: the current one is marked for screen readers and styled apart. */
export function MainNav({ view, onChange }: { view: ViewId; onChange: (view: ViewId) => void }) {
  return (
    <nav className="main-nav" aria-label="Views">
      {VIEWS.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          className={id === view ? 'nav-button is-current' : 'nav-button'}
          aria-current={id === view ? 'page' : undefined}
          data-testid={`nav-${id}`}
          onClick={() => onChange(id)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
