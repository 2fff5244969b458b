import { useId, type ReactNode } from 'react';
import { fieldClass, SelectField } from '../../components/Select.tsx';
import { SECRET_ENCODINGS } from '../../lib/secretEncodings.ts';
import { isRawSecret } from '../../lib/keyImport.ts';
import type { KeyEntry } from './keyInput.ts';
import { useT } from '../../lib/i18n/index.ts';

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
  const t = useT();
  const id = useId();
  const raw = isRawSecret(entry.text);
  // The caller's English name picks the words ("Encoding key" is a contract name; "Key 2" counts).
  const nth = /^Key (\d+)$/.exec(label)?.[1];
  const shown = label === 'Encoding key' ? t('encode.key.encoding') : label === 'Signing key' ? t('encode.key.signing') : nth ? t('encode.key.nth', { n: nth }) : label;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {shown}
      </label>
      <textarea
        id={id}
        className={fieldClass}
        rows={rows}
        value={entry.text}
        onChange={(e) => onChange({ text: e.target.value })}
        placeholder={placeholder ?? t('encode.key.placeholder')}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
      />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {raw && (
          <SelectField
            label={label === 'Encoding key' ? t('encode.key.secretEncoding') : t('encode.key.labelEncoding', { label: shown })}
            value={entry.encoding}
            onChange={(encoding) => onChange({ encoding })}
            options={SECRET_ENCODINGS.map((o) => (o.value === 'utf8' ? { ...o, label: t('encode.key.utf8Text') } : o))}
          />
        )}
        {kids && kids.length > 0 && (
          <SelectField
            label={label === 'Encoding key' ? t('encode.key.keyId') : t('encode.key.labelId', { label: shown })}
            value={entry.kid ?? ''}
            onChange={(kid) => onChange({ kid: kid || undefined })}
            placeholder={t('encode.key.kidDefault')}
            options={kids}
          />
        )}
        {children}
      </div>
    </div>
  );
}
