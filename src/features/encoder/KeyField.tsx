import { useId, type ReactNode } from 'react';
import type { SecretEncoding } from '../../jose/index.ts';
import { isRawSecret, type KeyEntry } from './keyInput.ts';

export const ENCODINGS: { value: SecretEncoding; label: string }[] = [
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64', label: 'base64' },
  { value: 'base64url', label: 'base64url' },
  { value: 'hex', label: 'hex' },
];

export const fieldClass =
  'mono w-full rounded-md border border-slate-300 bg-white p-2 text-sm text-slate-900 focus:outline-none focus:ring-2 focus:ring-sky-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
export const selectClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
export const buttonClass =
  'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * A key textarea with its secret encoding picker (shown for raw secrets) and, for a JWKS, the kid
 * picker. `label` is the accessible name ("Encoding key", "Signing key", "Key 2").
 */
export function KeyField({
  label,
  entry,
  kids,
  onChange,
  placeholder,
  rows = 5,
  children,
}: {
  label: string;
  entry: KeyEntry;
  kids?: string[] | undefined;
  onChange: (patch: Partial<KeyEntry>) => void;
  placeholder?: string;
  rows?: number;
  children?: ReactNode;
}) {
  const id = useId();
  const raw = isRawSecret(entry.text);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        className={fieldClass}
        rows={rows}
        value={entry.text}
        onChange={(e) => onChange({ text: e.target.value })}
        placeholder={placeholder ?? 'A secret, a PEM key or certificate, a JWK or a JWKS'}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
      />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {raw && (
          <label className="flex items-center gap-1">
            <span>{label === 'Encoding key' ? 'Secret encoding' : `${label} encoding`}</span>
            <select className={selectClass} value={entry.encoding} onChange={(e) => onChange({ encoding: e.target.value as SecretEncoding })}>
              {ENCODINGS.map((e) => (
                <option key={e.value} value={e.value}>
                  {e.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {kids && kids.length > 0 && (
          <label className="flex items-center gap-1">
            <span>{label === 'Encoding key' ? 'Key ID' : `${label} ID`}</span>
            <select className={selectClass} value={entry.kid ?? ''} onChange={(e) => onChange({ kid: e.target.value || undefined })}>
              <option value="">the header's kid, else the first that fits</option>
              {kids.map((kid) => (
                <option key={kid} value={kid}>
                  {kid}
                </option>
              ))}
            </select>
          </label>
        )}
        {children}
      </div>
    </div>
  );
}
