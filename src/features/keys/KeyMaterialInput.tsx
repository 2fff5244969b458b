import { useId, useState, type DragEvent } from 'react';
import type { SecretEncoding } from '../../jose/index.ts';
import { SelectField } from '../../components/Select.tsx';
import { readKeyFile } from '../../lib/readKeyFile.ts';
import { SECRET_ENCODINGS } from '../../lib/secretEncodings.ts';
import { useT } from '../../lib/i18n/index.ts';

interface Props {
  text: string;
  onText: (text: string) => void;
  encoding: SecretEncoding;
  onEncoding: (encoding: SecretEncoding) => void;
  /** Show the secret-encoding choice (when the text was read as a raw secret). */
  showEncoding: boolean;
  /** The engine's message when the text is not a usable key. */
  error: string | null;
}

/** The "Key material" box: paste, type, drop a file or open one. Nothing here is stored. */
export function KeyMaterialInput({ text, onText, encoding, onEncoding, showEncoding, error }: Props) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const errorId = useId();

  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      setFileError(null);
      const read = await readKeyFile(file);
      onText(read.text);
      if (read.encoding) onEncoding(read.encoding);
    } catch (e) {
      setFileError(e instanceof Error ? e.message : String(e));
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };
  const shownError = fileError ?? error;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor="key-material" className="text-sm font-medium">
          {t('keys.material')}
        </label>
        <label className="cursor-pointer rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 focus-within:ring-2 focus-within:ring-sky-500 dark:border-slate-600 dark:hover:bg-slate-800">
          {t('keys.openFile')}
          <input
            type="file"
            className="sr-only"
            accept=".pem,.crt,.cer,.der,.key,.pub,.json,.jwk,.jwks,.txt"
            onChange={(e) => {
              void load(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <textarea
        id="key-material"
        value={text}
        onChange={(e) => {
          setFileError(null);
          onText(e.target.value);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? errorId : undefined}
        placeholder={t('keys.placeholder')}
        rows={12}
        className={`mono w-full resize-y rounded-md border bg-white p-2 text-sm text-slate-900 placeholder:text-slate-400 focus:outline-none focus:ring-2 focus:ring-sky-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-500 ${
          dragging ? 'border-sky-500 ring-2 ring-sky-400' : shownError ? 'border-red-500 dark:border-red-500' : 'border-slate-300 dark:border-slate-700'
        }`}
      />
      {shownError && (
        <p id={errorId} role="alert" className="rounded border-l-4 border-red-500 bg-red-50 px-2 py-1 text-sm text-red-900 dark:bg-red-950 dark:text-red-200">
          {shownError}
        </p>
      )}
      {showEncoding && (
        <SelectField label={t('keys.readSecretAs')} aria-label={t('keys.materialEncoding')} value={encoding} onChange={onEncoding} options={SECRET_ENCODINGS.map((o) => (o.value === 'utf8' ? { ...o, label: t('keys.utf8Text') } : o))} />
      )}
    </div>
  );
}
