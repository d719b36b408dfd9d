interface Props<V extends string> {
  /** What the group chooses, said to screen readers. */
  legend: string;
  /** The choices, in order. */
  choices: ReadonlyArray<{ value: V; label: string }>;
  /** The choice in use. */
  value: V;
  /** Called when the reader picks another. */
  onChange: (value: V) => void;
  /** The group's test id. */
  testId?: string;
}

/** One choice among a few, as radio buttons (the options page's density). */
export function RadioChoice<V extends string>({ legend, choices, value, onChange, testId }: Props<V>) {
  return (
    <fieldset class="choice" data-testid={testId}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="radio" name={legend} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
