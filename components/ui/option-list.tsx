/** A select's options whose values are also their labels (time zones, currency codes). */
export function OptionList({ values }: { values: readonly string[] }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {value}
    </option>
  ));
}

/** A select's options from value and label pairs (stages, users, channels). */
export function ChoiceList({ choices }: { choices: readonly { value: string; label: string }[] }) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}
