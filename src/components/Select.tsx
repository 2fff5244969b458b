/**
 * The app's one native <select> and the Tailwind classes its form controls share. Native, so the
 * keyboard, screen readers and phones treat it as they treat every select; each option's value is
 * the identifier it stands for (an alg, a curve), which is what e2e tests and contract names pick.
 */
import type { ReactNode } from 'react';

/** A text box or textarea holding code or key material. */
export const fieldClass =
  'mono w-full rounded-md border border-slate-300 bg-white p-2 text-sm text-slate-900 focus:outline-none focus:ring-2 focus:ring-sky-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
/** A select or a small input beside one. */
export const selectClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
/** A secondary button (the primary ones are filled sky). */
export const buttonClass =
  'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** An option: the value alone (shown as it is), or a value with the words shown for it. */
export type SelectOption<V extends string> = V | { value: V; label: string };
export interface SelectGroup<V extends string> {
  label: string;
  options: readonly SelectOption<V>[];
}

export interface SelectProps<V extends string> {
  value: V | '';
  onChange: (value: V) => void;
  /** Flat options; or `groups` for <optgroup>s (both may be given: the flat ones come first). */
  options?: readonly SelectOption<V>[];
  groups?: readonly SelectGroup<V>[];
  /** A first option with the value '' (e.g. "choose…"); choosing it calls onChange with '', so V must include ''. */
  placeholder?: string;
  /** Extra classes (width, flex) after the shared look. */
  className?: string;
  id?: string;
  'aria-label'?: string;
  disabled?: boolean;
}

const optionValue = <V extends string>(o: SelectOption<V>): V => (typeof o === 'string' ? o : o.value);
const optionLabel = <V extends string>(o: SelectOption<V>): string => (typeof o === 'string' ? o : o.label);

function renderOptions<V extends string>(options: readonly SelectOption<V>[]) {
  return options.map((o) => (
    <option key={optionValue(o)} value={optionValue(o)}>
      {optionLabel(o)}
    </option>
  ));
}

export function Select<V extends string>({ value, onChange, options = [], groups = [], placeholder, className, ...rest }: SelectProps<V>) {
  return (
    <select {...rest} className={className ? `${selectClass} ${className}` : selectClass} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {renderOptions(options)}
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {renderOptions(g.options)}
        </optgroup>
      ))}
    </select>
  );
}

/**
 * A select with its visible label around it, so the label is its accessible name. `stacked` puts
 * the label above (form rows), otherwise beside (toolbars).
 */
export function SelectField<V extends string>({ label, stacked = false, labelClassName, ...select }: SelectProps<V> & { label: ReactNode; stacked?: boolean; labelClassName?: string }) {
  const layout = stacked ? 'flex flex-col gap-1 text-sm' : 'flex items-center gap-1 text-sm';
  return (
    <label className={labelClassName ? `${layout} ${labelClassName}` : layout}>
      <span>{label}</span>
      <Select {...select} />
    </label>
  );
}
