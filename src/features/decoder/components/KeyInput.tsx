import { useId, useRef, useState, type DragEvent } from 'react';
import type { Finding } from '../../../jose/index.ts';
import { FindingsList } from '../../../components/FindingsList.tsx';
import { detectKeyFormat, secretByteLength } from '../logic/keyFormat.ts';

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
          Key <span className="font-normal text-slate-500 dark:text-slate-400">— secret, PEM, certificate, JWK or JWKS (paste or drop a file)</span>
        </label>
        <button type="button" onClick={() => fileRef.current?.click()} className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Open key file…
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
        aria-label="Key"
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
        placeholder="Paste the secret or key that verifies or decrypts the token"
        className={`mono w-full resize-y rounded-md border bg-white p-2 text-sm text-slate-900 outline-none focus:ring-2 focus:ring-sky-500 dark:bg-slate-900 dark:text-slate-100 ${dragging ? 'border-sky-500 ring-2 ring-sky-400' : 'border-slate-300 dark:border-slate-700'}`}
      />
      <p id={`${id}-format`} className="text-xs text-slate-700 dark:text-slate-300">
        {keyText.trim() === '' ? 'Nothing is sent anywhere and nothing is stored: the key stays in this page.' : (
          <>
            <span className="font-medium">Detected: {format.label}</span>
            {bytes !== undefined && ` — ${bytes} byte${bytes === 1 ? '' : 's'} as ${encoding}`}
            {format.secret && bytes === undefined && ` — not valid ${encoding}`}
            {description && <span className="block">Read as {description}.</span>}
          </>
        )}
      </p>
      {fileError && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{fileError}</p>}
      {format.secret && (
        <fieldset className="flex flex-wrap items-center gap-3 text-xs">
          <legend className="sr-only">Secret encoding</legend>
          <span aria-hidden="true" className="font-medium">Secret encoding:</span>
          {ENCODINGS.map((e) => (
            <label key={e.value} className="flex items-center gap-1">
              <input type="radio" name={`${id}-encoding`} value={e.value} checked={encoding === e.value} onChange={() => onChange({ keyEncoding: e.value })} />
              {e.label}
            </label>
          ))}
        </fieldset>
      )}
      <FindingsList findings={findings} label="Key findings" />
    </div>
  );
}
