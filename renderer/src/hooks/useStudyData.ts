import { useCallback, useEffect, useState } from 'react';
import type {
  ArticleSummary,
  ArticleView,
  CardView,
  Notice,
  RateResult,
  TodayView,
} from '../../../main/api/contract';
import { call, errorMessage } from '../api/client';
import { syncClock } from './useNow';

export type StudyData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'empty'; notices: Notice[] }
  | { status: 'ready'; notices: Notice[]; articles: ArticleSummary[]; view: ArticleView; today: TodayView };

/** Loads the library and one article: the one asked for if it is there, else the first. */
async function loadArticle(wanted: string | null): Promise<StudyData> {
  const library = await call('getLibrary');
  const chosen = library.articles.find((article) => article.id === wanted) ?? library.articles[0];
  if (!chosen) return { status: 'empty', notices: library.notices };
  const articleId = chosen.id;
  const [view, today] = await Promise.all([
    call('getArticle', { articleId }),
    call('getToday', { articleId }),
  ]);
  return { status: 'ready', notices: library.notices, articles: library.articles, view, today };
}

/** Loads the library, its first article and today's queue; keeps them current as cards are rated. */
export function useStudyData() {
  const [data, setData] = useState<StudyData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [wanted, setWanted] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadArticle(wanted).then(
      (loaded) => !cancelled && setData(loaded),
      (error: unknown) => !cancelled && setData({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt, wanted]);

  const appNow = data.status === 'ready' ? data.today.now : undefined;
  useEffect(() => {
    if (appNow) syncClock(appNow);
  }, [appNow]);

  /** Opens another article of the library (also one just added). */
  const open = useCallback((articleId: string) => {
    setWanted(articleId);
    setAttempt((n) => n + 1);
  }, []);

  /** Starts over from the library (after a load error). */
  const retry = useCallback(() => {
    setData({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  /** Fetches the article and today's queue again, keeping the page shown meanwhile. */
  const refresh = useCallback(async (articleId: string) => {
    const [view, today] = await Promise.all([
      call('getArticle', { articleId }),
      call('getToday', { articleId }),
    ]);
    setData((current) => (current.status === 'ready' ? { ...current, view, today } : current));
  }, []);

  /** Applies a change to one card (a rating, an undo, a bury...): its new state and the new queue. */
  const applyCard = useCallback((itemId: string, result: { card: CardView; today: TodayView }) => {
    setData((current) => {
      if (current.status !== 'ready') return current;
      const items = current.view.items.map((item) =>
        item.id === itemId ? { ...item, card: result.card } : item,
      );
      // Another article's card (an undo can reach one) changes that article's queue, not this one's.
      const today = current.view.items.some((item) => item.id === itemId) ? result.today : current.today;
      return { ...current, view: { ...current.view, items }, today };
    });
  }, []);

  const applyRating = useCallback(
    (itemId: string, result: RateResult) => applyCard(itemId, result),
    [applyCard],
  );

  return { data, retry, refresh, applyRating, applyCard, open };
}
