interface Props {
  articleTitle?: string;
  onExport: () => void;
  exporting: boolean;
  exportStatus: string | null;
  onOpenBackups: () => void;
}

/** App name, the article's title, the Backups and Export buttons. */
export function AppHeader({ articleTitle, onExport, exporting, exportStatus, onOpenBackups }: Props) {
  return (
    <header className="app-header">
      <p className="app-name">Argument Study</p>
      {articleTitle && (
        <p className="header-title" title={articleTitle}>
          {articleTitle}
        </p>
      )}
      <div className="export">
        <p className="export-status" role="status" data-testid="export-status">
          {exportStatus}
        </p>
        <button type="button" className="button" data-testid="open-backups" onClick={onOpenBackups}>
          Backups
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-json"
          onClick={onExport}
          disabled={exporting}
        >
          {exporting ? 'Exporting…' : 'Export progress (JSON)'}
        </button>
      </div>
    </header>
  );
}
