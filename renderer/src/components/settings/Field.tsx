import { useId } from 'react';

export interface FieldSpec {
  label: string;
  help: string;
  unit?: string;
  type?: 'number' | 'text' | 'time';
  min?: number;
  max?: number;
  step?: number | 'any';
  placeholder?: string;
  disabled?: boolean;
}

interface Props extends FieldSpec {
  name: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}

/** One labelled input with its unit and a line of help (read with it by screen readers). */
export function Field({
  name,
  value,
  invalid,
  onChange,
  label,
  help,
  unit,
  type = 'number',
  ...rest
}: Props) {
  const id = useId();
  return (
    <div className={invalid ? 'field is-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <span className="field-input">
        <input
          id={id}
          name={name}
          type={type}
          inputMode={type === 'number' ? 'decimal' : undefined}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-help`}
          data-testid={`setting-${name}`}
          onChange={(event) => onChange(event.target.value)}
          {...rest}
        />
        {unit && <span className="field-unit">{unit}</span>}
      </span>
      <p id={`${id}-help`} className="field-help">
        {help}
      </p>
    </div>
  );
}

interface CheckboxProps {
  name: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox with its help line. */
export function CheckboxField({ name, label, help, checked, onChange }: CheckboxProps) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <label>
        <input
          type="checkbox"
          name={name}
          checked={checked}
          aria-describedby={`${id}-help`}
          data-testid={`setting-${name}`}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      <p id={`${id}-help`} className="field-help">
        {help}
      </p>
    </div>
  );
}
