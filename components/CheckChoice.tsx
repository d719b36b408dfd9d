interface Props<V extends string> {
  /** What the group chooses, said to screen readers. */
  legend: string;
  /** The choices, in order. */
  choices: ReadonlyArray<{ value: V; label: string }>;
  /** Whether a choice is on. */
  isChecked: (value: V) => boolean;
  /** Called when the reader turns one on or off. */
  onChange: (value: V, checked: boolean) => void;
  /** The group's test id. */
  testId?: string;
}

/** Any number of a few choices, as checkboxes (the options page's kinds to mark). */
export function CheckChoice<V extends string>({ legend, choices, isChecked, onChange, testId }: Props<V>) {
  return (
    <fieldset class="choice" data-testid={testId}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="checkbox" value={choice.value} checked={isChecked(choice.value)} onChange={(event) => onChange(choice.value, event.currentTarget.checked)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
