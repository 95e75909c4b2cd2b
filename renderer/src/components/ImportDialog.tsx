import { useEffect, useRef, useState } from 'react';
import type { ArticlePreview, JobView } from '../../../main/api/contract';
import { call, errorMessage } from '../api/client';
import { useJob } from '../hooks/useJob';
import { fileToBase64, MAX_ARTICLE_BYTES } from '../lib/read-file';
import { ArticleConfirm, type ArticleDetails } from './ArticleConfirm';
import { JobProgress } from './JobProgress';

interface Props {
  onClose: () => void;
  onAdded: (articleId: string) => void;
  report: (error: unknown) => void;
}

/**
 * Adds an article: open a .txt, .md, .html or .pdf file or paste text; confirm its title, author and
 * source; then its quiz is generated with a progress bar. Nothing is stored before the confirmation.
 */
export function ImportDialog({ onClose, onAdded, report }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pasted, setPasted] = useState('');
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { job, follow } = useJob((done: JobView) => done.articleId && onAdded(done.articleId), report);

  useEffect(() => dialog.current?.showModal(), []);

  const read = async (load: () => Promise<ArticlePreview>) => {
    setProblem(null);
    try {
      setPreview(await load());
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const openFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size >= MAX_ARTICLE_BYTES)
      return setProblem(`"${file.name}" is 5 MB or more: no article is that long, so it was not read.`);
    void read(async () =>
      call('previewArticleFile', { fileName: file.name, contentBase64: await fileToBase64(file) }),
    );
  };
  const add = async (details: ArticleDetails) => {
    try {
      follow(await call('addArticle', { ...details, text: preview!.text }));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      data-testid="import-dialog"
      aria-labelledby="import-heading"
      onClose={onClose}
    >
      <h2 id="import-heading">Add an article</h2>
      {problem && (
        <p className="alert" role="alert" data-testid="import-problem">
          {problem}
        </p>
      )}
      {job ? (
        <JobProgress job={job} />
      ) : preview ? (
        <ArticleConfirm
          preview={preview}
          onConfirm={(details) => void add(details)}
          onBack={() => setPreview(null)}
        />
      ) : (
        <div className="import-source">
          <label htmlFor="import-file">Open a file (.txt, .md, .html, .pdf)</label>
          <input
            id="import-file"
            data-testid="import-file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.pdf"
            onChange={(e) => openFile(e.target.files?.[0])}
          />
          <label htmlFor="import-paste">or paste the text</label>
          <textarea
            id="import-paste"
            data-testid="import-paste"
            rows={8}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
          <button
            type="button"
            className="button"
            data-testid="import-paste-read"
            disabled={!pasted.trim()}
            onClick={() => void read(() => call('previewPastedArticle', { text: pasted }))}
          >
            Use the pasted text
          </button>
        </div>
      )}
      <div className="dialog-buttons">
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose}>
          {job?.status === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
