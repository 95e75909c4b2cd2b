import type { ItemKind } from '../../../../main/quiz/model';
import type { ArticleMastery, MasteryGroup } from '../../../../main/stats/types';
import type { ArticleInfo } from '../../hooks/useStats';
import { kindLabel } from '../../lib/format';
import { tintClass } from '../../lib/mastery';
import { percent } from '../../lib/stats-format';
import { MasteryRows } from './MasteryRows';

interface Props {
  mastery: { byArticle: ArticleMastery[]; byNode: MasteryGroup[] } | undefined;
  articles: ReadonlyMap<string, ArticleInfo>;
}

export interface MasteryRow {
  key: string;
  /** The role as shown, and as the argument map names it ('' for items outside the map). */
  role: string;
  roleKey: string;
  text: string;
  group: MasteryGroup;
  order: number;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A group's row: the node's role and sentence from the argument map, or the item kind for the rest. */
function rowOf(group: MasteryGroup, info: ArticleInfo | undefined): MasteryRow {
  const node = group.node ? info?.nodes.get(group.node) : undefined;
  if (node) {
    const role = capitalised(node.role);
    return { key: group.key, role, roleKey: node.role, text: node.text, group, order: node.index };
  }
  const kind = group.kind ? kindLabel(group.kind as ItemKind) : 'Other';
  const role = group.role ? capitalised(group.role) : '—';
  const text = `${kind} items (not tied to one sentence)`;
  return { key: group.key, role, roleKey: group.role ?? '', text, group, order: Infinity };
}

/** Mastery per article and, within each, per argument node (role, sentence, mastery, items). */
export function MasteryTable({ mastery, articles }: Props) {
  const byArticle = mastery?.byArticle ?? [];
  return (
    <section className="chart-card is-wide" aria-labelledby="mastery-heading" data-testid="mastery-table">
      <h2 id="mastery-heading">Mastery by argument</h2>
      <p className="chart-summary">
        How much of each part of the argument you would recall now: the average chance of recall of its quiz
        items, counting items not studied yet as 0.
      </p>
      {byArticle.length === 0 && <p className="chart-empty">No articles yet.</p>}
      {byArticle.map((article) => {
        const info = articles.get(article.articleId);
        const rows = (mastery?.byNode ?? [])
          .filter((group) => group.articleId === article.articleId)
          .map((group) => rowOf(group, info))
          .sort((a, b) => a.order - b.order);
        return (
          <table key={article.articleId} className="stats-table mastery" data-article-id={article.articleId}>
            <caption>
              {info?.title ?? article.articleId}:{' '}
              <span className={`mastery-figure ${tintClass(article.mastery)}`}>
                {percent(article.mastery)}
              </span>{' '}
              mastered ({article.reviewed} of {article.items} items studied)
            </caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Sentence</th>
                <th scope="col">Mastery</th>
                <th scope="col">Items studied</th>
              </tr>
            </thead>
            <MasteryRows rows={rows} />
          </table>
        );
      })}
    </section>
  );
}
