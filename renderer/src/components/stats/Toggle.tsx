import { useId } from 'react';

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  testId?: string;
}

/** A small segmented switch (30 / 90 days, day / week / month): radio buttons, so arrow keys move it. */
export function Toggle<T extends string>({ label, value, options, onChange, testId }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="toggle" data-testid={testId}>
      <legend className="visually-hidden">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className={option.value === value ? 'is-on' : undefined}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
