import { useEffect, useRef, type FormEvent } from 'react';
import { useSettingsForm } from '../../hooks/useSettingsForm';
import { SettingsFields } from './SettingsFields';

const NO_FIELDS: ReadonlySet<never> = new Set();

/** The Settings view: every study setting, saved together; the main process checks each value. */
export function SettingsView({ onSaved }: { onSaved: () => void }) {
  const { loaded, form, change, submit, save } = useSettingsForm(onSaved);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  const fitted = loaded.status === 'ready' && loaded.settings.fsrsParameters;

  return (
    <main className="view settings-view" data-testid="settings-view" aria-labelledby="settings-heading">
      <header className="view-header">
        <h1 id="settings-heading" ref={heading} tabIndex={-1}>
          Settings
        </h1>
      </header>
      {loaded.status === 'loading' && <p role="status">Loading your settings…</p>}
      {loaded.status === 'error' && (
        <p role="alert" className="view-error">
          The settings could not be loaded: {loaded.message}
        </p>
      )}
      {form && (
        <form className="settings-form" onSubmit={onSubmit} noValidate aria-describedby="settings-status">
          <SettingsFields
            form={form}
            change={change}
            invalid={save.status === 'refused' ? save.fields : NO_FIELDS}
          />
          <p className="field-help">
            {fitted
              ? 'Scheduling uses the FSRS parameters fitted to your reviews (Statistics → Optimise).'
              : 'Scheduling uses the default FSRS parameters; Statistics → Optimise fits them to you.'}
          </p>
          <div className="settings-actions">
            <button
              type="submit"
              className="button primary"
              data-testid="save-settings"
              disabled={save.status === 'saving'}
            >
              {save.status === 'saving' ? 'Saving…' : 'Save'}
            </button>
            <p
              id="settings-status"
              className={`settings-status is-${save.status}`}
              data-testid="settings-status"
              role="status"
            >
              {save.status === 'saved' && 'Saved'}
              {save.status === 'refused' && save.message}
            </p>
          </div>
        </form>
      )}
    </main>
  );
}
