/**
 * A row of native radio buttons in a fieldset: the group is named by its legend, each radio by its
 * own text, so screen readers, the keyboard (arrows move within the group) and e2e tests treat it
 * as every radio group. Use it when the few choices should all be visible at once; otherwise <Select>.
 */
import { useId } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
}

export interface RadioGroupProps<V extends string> {
  /** The group's accessible name (the fieldset's legend, read by screen readers only). */
  legend: string;
  /** The words shown before the radios (hidden from screen readers: the legend says it). */
  label?: string;
  value: V;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  className?: string;
}

export function RadioGroup<V extends string>({ legend, label, value, options, onChange, className = 'flex flex-wrap items-center gap-3 text-xs' }: RadioGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className={className}>
      <legend className="sr-only">{legend}</legend>
      {label && (
        <span aria-hidden="true" className="font-medium">
          {label}
        </span>
      )}
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-1">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
