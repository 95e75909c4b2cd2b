import { useCallback, useEffect, useState } from 'react';
import type { ArgumentNode } from '../../../main/quiz/model';
import type { Stats } from '../../../main/stats/types';
import { call, errorMessage } from '../api/client';

/** A node of the argument map with its sentence's text and its place in the map. */
export interface NodeInfo {
  role: ArgumentNode['role'];
  text: string;
  index: number;
}

/** What the mastery table needs of an article: its title and its argument map's nodes by ID. */
export interface ArticleInfo {
  title: string;
  nodes: ReadonlyMap<string, NodeInfo>;
}

export type StatsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; stats: Stats; articles: ReadonlyMap<string, ArticleInfo> };

async function articleInfo(articleId: string): Promise<[string, ArticleInfo]> {
  const view = await call('getArticle', { articleId });
  const texts = new Map(view.sentences.map((sentence) => [sentence.id, sentence.text]));
  const nodes = new Map(
    (view.argumentMap?.nodes ?? []).map((node, index) => [
      node.id,
      { role: node.role, text: texts.get(node.sentence) ?? '', index },
    ]),
  );
  return [articleId, { title: view.article.title, nodes }];
}

async function loadStats(): Promise<StatsState> {
  const stats = await call('getStats');
  const ids = (stats.mastery?.byArticle ?? []).map((article) => article.articleId);
  const articles = new Map(await Promise.all(ids.map(articleInfo)));
  return { status: 'ready', stats, articles };
}

/** Every figure of the Stats view, with the argument maps the mastery table names nodes by; `reload` refetches. */
export function useStats() {
  const [state, setState] = useState<StatsState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    loadStats().then(
      (loaded) => !cancelled && setState(loaded),
      (error: unknown) => !cancelled && setState({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { state, reload };
}
