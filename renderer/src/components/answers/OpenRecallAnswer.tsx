import { useState } from 'react';

interface Props {
  open: boolean;
  onSubmit: (response: string) => void;
}

/** Open recall: the learner answers in their own words (or just thinks), then reveals the model answer. */
export function OpenRecallAnswer({ open, onSubmit }: Props) {
  const [text, setText] = useState('');
  return (
    <form
      className="open-recall"
      onSubmit={(event) => {
        event.preventDefault();
        if (open) onSubmit(text.trim());
      }}
    >
      <label htmlFor="open-recall-input">Your answer (optional; you grade yourself)</label>
      <textarea
        id="open-recall-input"
        data-testid="open-recall-input"
        rows={3}
        value={text}
        readOnly={!open}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Ctrl+Enter reveals from inside the text box; plain Enter makes a new line.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && open) {
            event.preventDefault();
            onSubmit(text.trim());
          }
        }}
      />
      <button type="submit" className="button primary" data-testid="reveal-answer" disabled={!open}>
        Show the model answer
      </button>
    </form>
  );
}
