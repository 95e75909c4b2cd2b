import { useRef } from 'react';
import { isDesktop } from '../api/client';
import type { ExportChoice } from '../hooks/useExport';

const CHOICES: { format: ExportChoice; label: string; desktopOnly?: boolean; allArticles?: boolean }[] = [
  { format: 'json', label: 'Everything, as a JSON backup' },
  { format: 'revlog-csv', label: 'Review log (FSRS optimizer CSV)' },
  { format: 'cards-csv', label: 'Cards (CSV)' },
  { format: 'apkg', label: 'Anki package (.apkg)' },
  { format: 'report', label: 'Progress report of this article (HTML)' },
  { format: 'report-pdf', label: 'Progress report of this article (PDF)', desktopOnly: true },
  { format: 'report', label: 'Progress report of all articles (HTML)', allArticles: true },
];

interface Props {
  busy: boolean;
  onExport: (format: ExportChoice, allArticles: boolean) => void;
}

/** The Export menu: every format other tools read. */
export function ExportMenu({ busy, onExport }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const choose = (format: ExportChoice, allArticles = false) => {
    menu.current?.removeAttribute('open');
    onExport(format, allArticles);
  };
  return (
    <details className="menu" ref={menu} data-testid="export-menu">
      <summary className="button" aria-busy={busy}>
        {busy ? 'Exporting…' : 'Export'}
      </summary>
      <ul className="menu-list">
        {CHOICES.filter((choice) => !choice.desktopOnly || isDesktop()).map((choice) => (
          <li key={choice.label}>
            <button
              type="button"
              className="menu-item"
              data-testid={`export-${choice.format}${choice.allArticles ? '-all' : ''}`}
              onClick={() => choose(choice.format, choice.allArticles)}
            >
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
