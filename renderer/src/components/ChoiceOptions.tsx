interface Props {
  options: readonly string[];
  open: boolean;
  /** The option sent, once sent. */
  chosen?: string;
  /** The expected answer, once checked. */
  expected?: string;
  onChoose: (option: string) => void;
}

function optionClass(option: string, chosen?: string, expected?: string): string {
  const classes = ['button', 'option'];
  if (expected !== undefined && option === expected) classes.push('is-expected');
  if (chosen === option)
    classes.push(expected !== undefined && option !== expected ? 'is-wrong' : 'is-chosen');
  return classes.join(' ');
}

/** One button per option; clicking one submits it. */
export function ChoiceOptions({ options, open, chosen, expected, onChoose }: Props) {
  return (
    <ul className="options" aria-label="Options">
      {options.map((option, index) => (
        <li key={`${index}-${option}`}>
          <button
            type="button"
            className={optionClass(option, chosen, expected)}
            data-testid="option"
            aria-pressed={chosen === option}
            disabled={!open}
            autoFocus={open && index === 0}
            onClick={() => onChoose(option)}
          >
            {option}
          </button>
        </li>
      ))}
    </ul>
  );
}
