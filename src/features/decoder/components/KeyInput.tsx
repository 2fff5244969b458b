import { useId, useRef, useState, type DragEvent } from 'react';
import type { Finding } from '../../../jose/index.ts';
import { FindingsList } from '../../../components/FindingsList.tsx';
import { detectKeyFormat, secretByteLength, type KeyTextFormat } from '../logic/keyFormat.ts';
import { useT, type MessageId, type Translate } from '../../../lib/i18n/index.ts';

const FORMAT_IDS: Partial<Record<KeyTextFormat['kind'], MessageId>> = {
  empty: 'decode.keyFormat.empty',
  'pem-spki': 'decode.keyFormat.spki',
  'pem-pkcs8': 'decode.keyFormat.pkcs8',
  'pem-pkcs1-public': 'decode.keyFormat.pkcs1Public',
  'pem-pkcs1-private': 'decode.keyFormat.pkcs1Private',
  'pem-sec1': 'decode.keyFormat.sec1',
  certificate: 'decode.keyFormat.certificate',
  'pem-encrypted': 'decode.keyFormat.encrypted',
  ssh: 'decode.keyFormat.ssh',
  secret: 'decode.keyFormat.secret',
};

/** What the text looks like, in the person's language (an unnamed PEM keeps its own label). */
function formatLabel(format: KeyTextFormat, t: Translate): string {
  const v = format.values ?? {};
  if (format.kind === 'jwks') return t('decode.keyFormat.jwks', { n: v.n ?? 0, kids: v.kids ?? '' });
  if (format.kind === 'jwk') {
    const kid = v.kid ?? '';
    if (v.kty === undefined) return t('decode.keyFormat.jwkNoKty', { kid });
    return t(v.kty === 'oct' ? 'decode.keyFormat.jwkSecret' : v.private ? 'decode.keyFormat.jwkPrivate' : 'decode.keyFormat.jwkPublic', { kty: v.kty, kid });
  }
  if (format.kind === 'json-invalid') return t(format.label.startsWith('JSON, but') ? 'decode.keyFormat.jsonNotJwk' : 'decode.keyFormat.jsonInvalid');
  const id = FORMAT_IDS[format.kind];
  return id ? t(id) : format.label;
}

export type Encoding = 'utf8' | 'base64' | 'base64url' | 'hex';
const ENCODINGS: { value: Encoding; label: string }[] = [
  { value: 'utf8', label: 'UTF-8' },
  { value: 'base64', label: 'base64' },
  { value: 'base64url', label: 'base64url' },
  { value: 'hex', label: 'hex' },
];

export interface KeyInputProps {
  keyText: string;
  encoding: Encoding;
  onChange: (patch: { keyText?: string; keyEncoding?: Encoding }) => void;
  /** What the worker read the key as ("an RSA 2048-bit public key ..."), when known. */
  description?: string;
  /** Key findings and encoding hints from the import. */
  findings: Finding[];
}

/**
 * The Key input: a secret, a PEM, a certificate, a JWK or a JWKS, pasted or dropped as a file. The
 * format is named as soon as it is typed; for a secret the encoding is chosen here. The key lives
 * in memory only: never in the URL, never in storage.
 */
export function KeyInput({ keyText, encoding, onChange, description, findings }: KeyInputProps) {
  const t = useT();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string>();
  const format = detectKeyFormat(keyText);
  const bytes = format.secret ? secretByteLength(keyText, encoding) : undefined;

  const load = async (file: File | undefined) => {
    if (!file) return;
    setFileError(undefined);
    try {
      // The Keys screen's reader (DER as PEM, raw bytes as base64), loaded when a file first arrives.
      const { readKeyFile } = await import('../../../lib/readKeyFile.ts');
      const read = await readKeyFile(file);
      onChange({ keyText: read.text, ...(read.encoding ? { keyEncoding: read.encoding } : {}) });
    } catch (error) {
      setFileError(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={`${id}-key`} className="text-sm font-medium">
          {t('decode.key.label')} <span className="font-normal text-slate-500 dark:text-slate-400">{t('decode.key.hint')}</span>
        </label>
        <button type="button" onClick={() => fileRef.current?.click()} className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          {t('decode.key.openFile')}
        </button>
        <input
          ref={fileRef}
          type="file"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            // The same file chosen again (after an edit) loads again.
            e.target.value = '';
          }}
        />
      </div>
      <textarea
        id={`${id}-key`}
        aria-label={t('decode.key.label')}
        aria-describedby={`${id}-format`}
        value={keyText}
        onChange={(e) => onChange({ keyText: e.target.value })}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        rows={4}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        placeholder={t('decode.key.placeholder')}
        className={`mono w-full resize-y rounded-md border bg-white p-2 text-sm text-slate-900 outline-none focus:ring-2 focus:ring-sky-500 dark:bg-slate-900 dark:text-slate-100 ${dragging ? 'border-sky-500 ring-2 ring-sky-400' : 'border-slate-300 dark:border-slate-700'}`}
      />
      <p id={`${id}-format`} className="text-xs text-slate-700 dark:text-slate-300">
        {keyText.trim() === '' ? t('decode.key.private') : (
          <>
            <span className="font-medium">{t('decode.key.detected', { format: formatLabel(format, t) })}</span>
            {bytes !== undefined && t('decode.key.bytesAs', { n: bytes, encoding })}
            {format.secret && bytes === undefined && t('decode.key.notValid', { encoding })}
            {description && <span className="block">{t('decode.key.readAs', { description })}</span>}
          </>
        )}
      </p>
      {fileError && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{fileError}</p>}
      {format.secret && (
        <fieldset className="flex flex-wrap items-center gap-3 text-xs">
          <legend className="sr-only">{t('decode.key.encoding')}</legend>
          <span aria-hidden="true" className="font-medium">{t('decode.key.encodingShown')}</span>
          {ENCODINGS.map((e) => (
            <label key={e.value} className="flex items-center gap-1">
              <input type="radio" name={`${id}-encoding`} value={e.value} checked={encoding === e.value} onChange={() => onChange({ keyEncoding: e.value })} />
              {e.label}
            </label>
          ))}
        </fieldset>
      )}
      <FindingsList findings={findings} label={t('decode.key.findings')} />
    </div>
  );
}
