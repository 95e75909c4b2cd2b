import type { StudyData, useStudyData } from '../hooks/useStudyData';
import { StudyScreen } from './StudyScreen';

type Study = ReturnType<typeof useStudyData>;

interface Props {
  data: StudyData;
  retry: () => void;
  reload: () => void;
  report: (error: unknown) => void;
  onRated: Study['applyRating'];
  applyCard: Study['applyCard'];
}

/** The Study view: the article and its quiz, or what stands in for them while loading or when empty. */
export function StudyView({ data, retry, reload, report, onRated, applyCard }: Props) {
  if (data.status === 'loading')
    return (
      <main className="state" data-testid="loading" role="status" aria-live="polite">
        <p>Loading your article…</p>
      </main>
    );
  if (data.status === 'error')
    return (
      <main className="state state-error" data-testid="load-error" role="alert">
        <h1>The article could not be loaded</h1>
        <p>{data.message}</p>
        <button type="button" className="button primary" onClick={retry}>
          Try again
        </button>
      </main>
    );
  if (data.status === 'empty')
    return (
      <main className="state" data-testid="library-empty">
        <h1>No articles yet</h1>
        <p>The library is empty: there is nothing to study.</p>
      </main>
    );
  return (
    <StudyScreen
      view={data.view}
      today={data.today}
      report={report}
      onRated={onRated}
      applyCard={applyCard}
      reload={reload}
    />
  );
}
