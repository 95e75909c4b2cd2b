import type { ArticleSummary } from '../../../main/api/contract';
import type { ExportChoice } from '../hooks/useExport';
import type { ViewId } from '../lib/views';
import { ArticlePicker } from './ArticlePicker';
import { ExportMenu } from './ExportMenu';
import { MainNav } from './MainNav';

interface Props {
  articles: readonly ArticleSummary[];
  articleId: string | null;
  onOpenArticle: (articleId: string) => void;
  view: ViewId;
  onNavigate: (view: ViewId) => void;
  onExport: (format: ExportChoice, allArticles: boolean) => void;
  exporting: boolean;
  exportStatus: string | null;
  onOpenBackups: () => void;
  onOpenImport: () => void;
  onOpenRestoreFile: () => void;
}

/** App name, the views (Study, Statistics, Settings), the article open, and the library's actions. */
export function AppHeader(props: Props) {
  const { articles, articleId, view, onNavigate, exporting, exportStatus } = props;
  return (
    <header className="app-header">
      <p className="app-name">Argument Study</p>
      <MainNav view={view} onChange={onNavigate} />
      {articleId && view === 'study' && (
        <ArticlePicker articles={articles} current={articleId} onOpen={props.onOpenArticle} />
      )}
      <div className="export header-actions">
        <p className="export-status" role="status" data-testid="export-status">
          {exportStatus}
        </p>
        <button type="button" className="button" data-testid="open-import" onClick={props.onOpenImport}>
          Add article
        </button>
        <button type="button" className="button" data-testid="open-backups" onClick={props.onOpenBackups}>
          Backups
        </button>
        <button
          type="button"
          className="button"
          data-testid="open-restore-file"
          onClick={props.onOpenRestoreFile}
        >
          Restore file
        </button>
        <ExportMenu busy={exporting} onExport={props.onExport} />
      </div>
    </header>
  );
}
