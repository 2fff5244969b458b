import { useId, type ReactNode } from 'react';
import { fieldClass, SelectField } from '../../components/Select.tsx';
import { SECRET_ENCODINGS } from '../../lib/secretEncodings.ts';
import { isRawSecret } from '../../lib/keyImport.ts';
import type { KeyEntry } from './keyInput.ts';

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
          <SelectField
            label={label === 'Encoding key' ? 'Secret encoding' : `${label} encoding`}
            value={entry.encoding}
            onChange={(encoding) => onChange({ encoding })}
            options={SECRET_ENCODINGS}
          />
        )}
        {kids && kids.length > 0 && (
          <SelectField
            label={label === 'Encoding key' ? 'Key ID' : `${label} ID`}
            value={entry.kid ?? ''}
            onChange={(kid) => onChange({ kid: kid || undefined })}
            placeholder="the header's kid, else the first that fits"
            options={kids}
          />
        )}
        {children}
      </div>
    </div>
  );
}
