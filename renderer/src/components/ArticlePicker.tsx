import type { ArticleSummary } from '../../../main/api/contract';

/** Which article of the library is open; the due count shows beside each title. */
export function ArticlePicker({
  articles,
  current,
  onOpen,
}: {
  articles: readonly ArticleSummary[];
  current: string;
  onOpen: (id: string) => void;
}) {
  return (
    <label className="article-picker">
      <span className="visually-hidden">Article</span>
      <select data-testid="article-picker" value={current} onChange={(event) => onOpen(event.target.value)}>
        {articles.map((article) => (
          <option key={article.id} value={article.id}>
            {article.title}
            {article.dueCount ? ` (${article.dueCount} due)` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
