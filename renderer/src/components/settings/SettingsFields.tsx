import type { SettingsForm, TextKey } from '../../lib/settings-form';
import { CheckboxField, Field } from './Field';
import { FIELDS } from './fields';

interface Props {
  form: SettingsForm;
  invalid: ReadonlySet<keyof SettingsForm>;
  change: <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => void;
}

/** The groups of the Settings form, each a fieldset with its legend. */
export function SettingsFields({ form, invalid, change }: Props) {
  const text = (key: TextKey, disabled = false) => (
    <Field
      key={key}
      name={key}
      value={form[key]}
      invalid={invalid.has(key)}
      onChange={(value) => change(key, value)}
      {...FIELDS[key]}
      disabled={disabled}
    />
  );
  return (
    <>
      <fieldset className="settings-group">
        <legend>Scheduling</legend>
        {text('desiredRetention')}
        {text('maximumInterval')}
        <CheckboxField
          name="enableFuzz"
          label="Spread due dates a little (fuzz)"
          help="Cards learned together do not all come back on the same day."
          checked={form.enableFuzz}
          onChange={(checked) => change('enableFuzz', checked)}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>Daily limits</legend>
        {text('newCardsPerDay')}
        {text('reviewsPerDay')}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Steps</legend>
        {text('learningSteps')}
        {text('relearningSteps')}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Study day and leeches</legend>
        {text('dayStartHour')}
        {text('leechThreshold')}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Daily reminder</legend>
        <CheckboxField
          name="reminderEnabled"
          label="Remind me to study"
          help="A notification when cards are due, once a day."
          checked={form.reminderEnabled}
          onChange={(checked) => change('reminderEnabled', checked)}
        />
        {text('reminderTime', !form.reminderEnabled)}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Backups</legend>
        {text('backupsDaily')}
        {text('backupsWeekly')}
        {text('backupsMonthly')}
      </fieldset>
    </>
  );
}
