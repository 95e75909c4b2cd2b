import { useState } from 'react';
import type { ArticlePreview } from '../../../main/api/contract';

export interface ArticleDetails {
  title: string;
  author: string;
  source: string;
  licence: string;
}

interface Props {
  preview: ArticlePreview;
  onConfirm: (details: ArticleDetails) => void;
  onBack: () => void;
}

/** The user checks what was read and confirms the title, author, source and licence. */
export function ArticleConfirm({ preview, onConfirm, onBack }: Props) {
  const [details, setDetails] = useState<ArticleDetails>({
    title: preview.title,
    author: preview.author ?? '',
    source: preview.source ?? '',
    licence: '',
  });
  const field = (key: keyof ArticleDetails, label: string) => (
    <>
      <label htmlFor={`confirm-${key}`}>{label}</label>
      <input
        id={`confirm-${key}`}
        data-testid={`confirm-${key}`}
        value={details[key]}
        onChange={(e) => setDetails({ ...details, [key]: e.target.value })}
      />
    </>
  );
  const paragraphs = preview.text.split('\n');
  return (
    <form
      className="article-confirm"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(details);
      }}
    >
      {field('title', 'Title')}
      {field('author', 'Author')}
      {field('source', 'Source (where it was published)')}
      {field('licence', 'Licence')}
      <p className="hint">
        {paragraphs.length} paragraphs, {preview.text.split(/\s+/).length} words. It begins:
      </p>
      <blockquote className="preview-text" data-testid="import-preview">
        {paragraphs.slice(0, 2).join(' ').slice(0, 400)}…
      </blockquote>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <span className="spacer" />
        <button
          type="submit"
          className="button primary"
          data-testid="confirm-import"
          disabled={!details.title.trim()}
        >
          Add and generate the quiz
        </button>
      </div>
    </form>
  );
}
