/** A group of radio buttons with a legend: one choice among a few named options. */

interface Props {
  name: string;
  legend: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** Radio buttons in a fieldset, each labelled. */
export function Choice({ name, legend, value, options, onChange }: Props) {
  return (
    <fieldset class="choice">
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <span key={option.value} class="radio">
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <label for={id}>{option.label}</label>
          </span>
        );
      })}
    </fieldset>
  );
}
