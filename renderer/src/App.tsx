import { lazy, Suspense, useCallback, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { BackupsDialog } from './components/BackupsDialog';
import { ErrorAlert } from './components/ErrorAlert';
import { ImportDialog } from './components/ImportDialog';
import { RestoreFileDialog } from './components/RestoreFileDialog';
import { Notices } from './components/Notices';
import { SettingsView } from './components/settings/SettingsView';
import { StudyView } from './components/StudyView';
import { useBackupsDialog } from './hooks/useBackups';
import { useErrorAlert } from './hooks/useErrorAlert';
import { useExport } from './hooks/useExport';
import { useStudyData } from './hooks/useStudyData';
import type { ViewId } from './lib/views';

// The charting library is loaded with the Stats view only, so the study screen starts as fast as before.
const StatsView = lazy(() =>
  import('./components/stats/StatsView').catch(() => ({
    default: () => (
      <main className="state state-error" role="alert" data-testid="stats-view">
        <p>The Statistics view could not be loaded. Reload the page to try again.</p>
      </main>
    ),
  })),
);

export function App() {
  const { data, retry, refresh, applyRating, applyCard, open } = useStudyData();
  const { error, report, dismiss } = useErrorAlert();
  const { exportAs, busy, status } = useExport(report);
  const [dialog, setDialog] = useState<'import' | 'restore-file' | null>(null);
  const backups = useBackupsDialog();
  const [view, setView] = useState<ViewId>('study');
  const articleId = data.status === 'ready' ? data.view.article.id : null;

  const reload = useCallback(() => {
    if (articleId) refresh(articleId).catch(report);
  }, [articleId, refresh, report]);

  // Settings, a reschedule or an answer given elsewhere may have changed today's queue: fetch it afresh.
  const navigate = useCallback(
    (next: ViewId) => {
      if (next === 'study' && view !== 'study') reload();
      setView(next);
    },
    [reload, view],
  );

  return (
    <div className="app">
      <AppHeader
        articles={data.status === 'ready' ? data.articles : []}
        articleId={articleId}
        onOpenArticle={open}
        view={view}
        onNavigate={navigate}
        onExport={(format, all) =>
          void exportAs(format, format.startsWith('report') && !all ? (articleId ?? undefined) : undefined)
        }
        exporting={busy}
        exportStatus={status}
        onOpenBackups={() => backups.open()}
        onOpenImport={() => setDialog('import')}
        onOpenRestoreFile={() => setDialog('restore-file')}
      />
      {dialog === 'import' && (
        <ImportDialog
          report={report}
          onClose={() => setDialog(null)}
          onAdded={(id) => {
            setDialog(null);
            setView('study');
            open(id);
          }}
        />
      )}
      {dialog === 'restore-file' && <RestoreFileDialog onClose={() => setDialog(null)} onRestored={retry} />}
      {(data.status === 'ready' || data.status === 'empty') && (
        <Notices notices={data.notices} onAction={(action) => backups.open(action.backupId)} />
      )}
      {backups.isOpen && (
        <BackupsDialog confirmFirst={backups.confirmId} onClose={backups.close} onRestored={retry} />
      )}
      <ErrorAlert error={error} onDismiss={dismiss} />
      {view === 'study' && (
        <StudyView
          data={data}
          retry={retry}
          reload={reload}
          report={report}
          onRated={applyRating}
          applyCard={applyCard}
        />
      )}
      {view === 'stats' && (
        <Suspense
          fallback={
            <main className="state" role="status">
              <p>Loading the statistics…</p>
            </main>
          }
        >
          <StatsView />
        </Suspense>
      )}
      {view === 'settings' && <SettingsView onSaved={reload} />}
    </div>
  );
}
