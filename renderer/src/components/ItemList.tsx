import { useMemo } from 'react';
import type { ItemView, JobView } from '../../../main/api/contract';
import type { ArgumentMap } from '../../../main/quiz/model';
import { buildOutline, ROLE_LABELS } from '../lib/outline';
import { ItemRow } from './ItemRow';

interface Props {
  items: readonly ItemView[];
  argumentMap?: ArgumentMap;
  sentenceText: (sentenceId: string) => string;
  selectedId: string | null;
  currentId: string | null;
  onSelect: (itemId: string) => void;
  onSelectSentence: (sentenceId: string) => void;
  onEdit: (itemId: string) => void;
  onToggleSuspend: (item: ItemView) => void;
  onRegenerate: () => void;
  job: JobView | null;
}

/** The argument map as an outline (thesis, claims, their evidence), each node with its items. */
export function ItemList({
  items,
  argumentMap,
  sentenceText,
  selectedId,
  currentId,
  onSelect,
  onSelectSentence,
  onEdit,
  onToggleSuspend,
  onRegenerate,
  job,
}: Props) {
  const groups = useMemo(() => buildOutline(argumentMap, items), [argumentMap, items]);
  const running = job?.status === 'running';
  return (
    <section className="items" aria-labelledby="items-heading">
      <header className="items-header">
        <h2 id="items-heading">The argument and its items ({items.length})</h2>
        <button
          type="button"
          className="link-button"
          data-testid="regenerate"
          disabled={running}
          onClick={onRegenerate}
        >
          Regenerate the quiz
        </button>
      </header>
      {job && job.status !== 'done' && (
        <div className="job" data-testid="job" data-status={job.status}>
          <progress max={1} value={job.progress} aria-label={job.label} />
          <span>{job.status === 'failed' ? job.error : `${job.stage}…`}</span>
        </div>
      )}
      {items.length === 0 ? (
        <p className="hint">This article has no quiz items yet.</p>
      ) : (
        <ol className="outline" data-testid="item-list">
          {groups.map((group, index) => (
            <li
              key={group.node?.id ?? `other-${index}`}
              className={`outline-node depth-${group.depth}`}
              data-testid="outline-node"
              data-role={group.node?.role ?? 'other'}
            >
              {group.node ? (
                <button
                  type="button"
                  className="node-heading"
                  data-testid="node-heading"
                  onClick={() => onSelectSentence(group.node!.sentence)}
                >
                  <span className={`role role-${group.node.role}`}>
                    {ROLE_LABELS[group.node.role] ?? group.node.role}
                  </span>
                  <span className="node-text">{sentenceText(group.node.sentence)}</span>
                </button>
              ) : (
                <p className="node-heading">
                  <span className="role">Other items</span>
                </p>
              )}
              {group.items.length > 0 && (
                <ol className="item-list">
                  {group.items.map((item) => (
                    <ItemRow
                      key={item.id}
                      item={item}
                      selected={item.id === selectedId}
                      current={item.id === currentId}
                      onSelect={onSelect}
                      onEdit={onEdit}
                      onToggleSuspend={onToggleSuspend}
                    />
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
