import { useId, useRef, useState, type DragEvent } from 'react';
import type { Finding, SecretEncoding } from '../../../jose/index.ts';
import { FindingsList } from '../../../components/FindingsList.tsx';
import { RadioGroup } from '../../../components/RadioGroup.tsx';
import { SECRET_ENCODINGS } from '../../../lib/secretEncodings.ts';
import { detectKeyFormat, secretByteLength, type KeyTextFormat } from '../logic/keyFormat.ts';
import { useT, type MessageId, type Translate } from '../../../lib/i18n/index.ts';
import type { KeySummary } from '../logic/check.ts';
import { useOtherLanguage } from '../hooks/useOtherLanguage.ts';

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

/** The encodings by their short names (the radios are one line under the field). */
const ENCODING_RADIOS = SECRET_ENCODINGS.map(({ value }) => ({ value, label: value === 'utf8' ? 'UTF-8' : value }));

type KeyPatch = { keyText?: string; keyEncoding?: SecretEncoding };

export interface DecoderKeyFieldProps {
  keyText: string;
  encoding: SecretEncoding;
  onChange: (patch: KeyPatch) => void;
  /** What the worker read the key as ("an RSA 2048-bit public key ..."), when known. */
  description?: KeySummary;
  /** Key findings and encoding hints from the import. */
  findings: Finding[];
}

/**
 * The Key input: a secret, a PEM, a certificate, a JWK or a JWKS, pasted or dropped as a file. The
 * format is named as soon as it is typed; for a secret the encoding is chosen here. The key lives
 * in memory only: never in the URL, never in storage.
 */
export function DecoderKeyField({ keyText, encoding, onChange, description, findings }: DecoderKeyFieldProps) {
  const t = useT();
  const id = useId();
  const file = useKeyFile(onChange);
  const [dragging, setDragging] = useState(false);
  const format = detectKeyFormat(keyText);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void file.load(event.dataTransfer.files[0]);
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={`${id}-key`} className="text-sm font-medium">
          {t('decode.key.label')} <span className="font-normal text-slate-500 dark:text-slate-400">{t('decode.key.hint')}</span>
        </label>
        <KeyFileButton onFile={(f) => void file.load(f)} />
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
      <KeyFormatLine id={`${id}-format`} keyText={keyText} format={format} encoding={encoding} description={description} />
      {file.error && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{file.error}</p>}
      {format.secret && (
        <RadioGroup legend={t('decode.key.encoding')} label={t('decode.key.encodingShown')} value={encoding} options={ENCODING_RADIOS} onChange={(keyEncoding) => onChange({ keyEncoding })} />
      )}
      <FindingsList findings={findings} label={t('decode.key.findings')} />
    </div>
  );
}

/** A dropped or chosen key file read into the field (DER as PEM, raw bytes as base64); a file that cannot be read is named in `error`. */
function useKeyFile(onChange: (patch: KeyPatch) => void) {
  const [error, setError] = useState<string>();
  const load = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    try {
      // The Keys screen's reader, loaded when a file first arrives.
      const { readKeyFile } = await import('../../../lib/readKeyFile.ts');
      const read = await readKeyFile(file);
      onChange({ keyText: read.text, ...(read.encoding ? { keyEncoding: read.encoding } : {}) });
    } catch (failure) {
      setError(`${file.name}: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };
  return { load, error };
}

/** "Open key file…": a button in front of a hidden file input (the input itself is not in the tab order). */
function KeyFileButton({ onFile }: { onFile: (file: File | undefined) => void }) {
  const t = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <>
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
          onFile(e.target.files?.[0]);
          // The same file chosen again (after an edit) loads again.
          e.target.value = '';
        }}
      />
    </>
  );
}

/** The line under the field that describes it: what the text looks like, a secret's length, and what the worker read it as. */
function KeyFormatLine({ id, keyText, format, encoding, description }: { id: string; keyText: string; format: KeyTextFormat; encoding: SecretEncoding; description: KeySummary | undefined }) {
  const t = useT();
  const { wording } = useOtherLanguage();
  const readAs = description && (wording ? wording.keySummaryText(description.words, t) : description.description);
  const bytes = format.secret ? secretByteLength(keyText, encoding) : undefined;
  return (
    <p id={id} className="text-xs text-slate-700 dark:text-slate-300">
      {keyText.trim() === '' ? t('decode.key.private') : (
        <>
          <span className="font-medium">{t('decode.key.detected', { format: formatLabel(format, t) })}</span>
          {bytes !== undefined && t('decode.key.bytesAs', { n: bytes, encoding })}
          {format.secret && bytes === undefined && t('decode.key.notValid', { encoding })}
          {readAs && <span className="block">{t('decode.key.readAs', { description: readAs })}</span>}
        </>
      )}
    </p>
  );
}
