import { useEffect, useRef, useState } from 'react';
import type { ItemView } from '../../../main/api/contract';
import { call } from '../api/client';

interface Props {
  item: ItemView;
  onSaved: (item: ItemView) => void;
  onDeleted: (itemId: string) => void;
  onClose: () => void;
  report: (error: unknown) => void;
}

/** Edits an item's question, answer and options (it keeps its progress), or deletes it. */
export function ItemEditor({ item, onSaved, onDeleted, onClose, report }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [prompt, setPrompt] = useState(item.prompt);
  const [answer, setAnswer] = useState(item.answer);
  const [options, setOptions] = useState((item.options ?? []).join('\n'));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const structured = Boolean(item.pairs || item.sequence);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const save = async () => {
    try {
      const list = options
        .split('\n')
        .map((o) => o.trim())
        .filter(Boolean);
      const saved = await call('editItem', {
        itemId: item.id,
        prompt,
        answer,
        ...(item.options ? { options: list } : {}),
      });
      onSaved(saved);
    } catch (error) {
      report(error);
    }
  };
  const remove = async () => {
    try {
      await call('deleteItem', { itemId: item.id });
      onDeleted(item.id);
    } catch (error) {
      report(error);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog item-editor"
      data-testid="item-editor"
      aria-labelledby="editor-heading"
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="editor-heading">Edit the item</h2>
        <label htmlFor="edit-prompt">Question</label>
        <textarea
          id="edit-prompt"
          data-testid="edit-prompt"
          rows={4}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
        />
        {!structured && (
          <>
            <label htmlFor="edit-answer">Answer</label>
            <input
              id="edit-answer"
              data-testid="edit-answer"
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
            />
          </>
        )}
        {item.options && (
          <>
            <label htmlFor="edit-options">Options, one per line (the answer must be one of them)</label>
            <textarea
              id="edit-options"
              data-testid="edit-options"
              rows={5}
              value={options}
              onChange={(e) => setOptions(e.target.value)}
            />
          </>
        )}
        <p className="hint">The item keeps its progress. Regenerating the quiz keeps your version.</p>
        <div className="dialog-buttons">
          {confirmDelete ? (
            <button
              type="button"
              className="button danger"
              data-testid="confirm-delete"
              onClick={() => void remove()}
            >
              Delete for good
            </button>
          ) : (
            <button
              type="button"
              className="button"
              data-testid="delete-item"
              onClick={() => setConfirmDelete(true)}
            >
              Delete…
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" data-testid="save-item">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
