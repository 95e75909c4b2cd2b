import { useCallback } from 'react';
import { AppHeader } from './components/AppHeader';
import { BackupsDialog } from './components/BackupsDialog';
import { ErrorAlert } from './components/ErrorAlert';
import { Notices } from './components/Notices';
import { StudyScreen } from './components/StudyScreen';
import { useBackupsDialog } from './hooks/useBackups';
import { useErrorAlert } from './hooks/useErrorAlert';
import { useExport } from './hooks/useExport';
import { useStudyData } from './hooks/useStudyData';

export function App() {
  const { data, retry, refresh, applyRating, applyCard } = useStudyData();
  const { error, report, dismiss } = useErrorAlert();
  const { exportJson, busy, status } = useExport(report);
  const backups = useBackupsDialog();
  const articleId = data.status === 'ready' ? data.view.article.id : null;

  const reload = useCallback(() => {
    if (articleId) refresh(articleId).catch(report);
  }, [articleId, refresh, report]);

  return (
    <div className="app">
      <AppHeader
        articleTitle={data.status === 'ready' ? data.view.article.title : undefined}
        onExport={() => void exportJson()}
        exporting={busy}
        exportStatus={status}
        onOpenBackups={() => backups.open()}
      />
      {(data.status === 'ready' || data.status === 'empty') && (
        <Notices notices={data.notices} onAction={(action) => backups.open(action.backupId)} />
      )}
      {backups.isOpen && (
        <BackupsDialog confirmFirst={backups.confirmId} onClose={backups.close} onRestored={retry} />
      )}
      <ErrorAlert error={error} onDismiss={dismiss} />
      {data.status === 'loading' && (
        <main className="state" data-testid="loading" role="status" aria-live="polite">
          <p>Loading your article…</p>
        </main>
      )}
      {data.status === 'error' && (
        <main className="state state-error" data-testid="load-error" role="alert">
          <h1>The article could not be loaded</h1>
          <p>{data.message}</p>
          <button type="button" className="button primary" onClick={retry}>
            Try again
          </button>
        </main>
      )}
      {data.status === 'empty' && (
        <main className="state" data-testid="library-empty">
          <h1>No articles yet</h1>
          <p>The library is empty: there is nothing to study.</p>
        </main>
      )}
      {data.status === 'ready' && (
        <StudyScreen
          view={data.view}
          today={data.today}
          report={report}
          onRated={applyRating}
          applyCard={applyCard}
          reload={reload}
        />
      )}
    </div>
  );
}
