import { useId, useState, type FormEvent } from 'react';

interface Props {
  /** False once the answer has been sent. */
  open: boolean;
  checking: boolean;
  onSubmit: (response: string) => void;
}

/** A typed answer: the input and its Check button; Enter submits. */
export function AnswerForm({ open, checking, onSubmit }: Props) {
  const [response, setResponse] = useState('');
  const inputId = useId();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open) onSubmit(response.trim());
  };

  return (
    <form className="answer-form" onSubmit={handleSubmit}>
      <label htmlFor={inputId}>Your answer</label>
      <div className="answer-row">
        <input
          id={inputId}
          type="text"
          data-testid="cloze-input"
          value={response}
          onChange={(event) => setResponse(event.target.value)}
          readOnly={!open}
          maxLength={2000}
          autoComplete="off"
          autoFocus
        />
        <button type="submit" className="button primary" data-testid="check-answer" disabled={!open}>
          {checking ? 'Checking…' : 'Check'}
        </button>
      </div>
    </form>
  );
}
