import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { setFetchedKeys } from './fetchedKeys.ts';
import type { FoundKeys } from './fetchKeys.ts';
import { useT, type Translate } from '../../../lib/i18n/index.ts';

function kidList(kids: readonly (string | undefined)[]): string {
  const named = kids.filter((k): k is string => k !== undefined).map((k) => JSON.stringify(k));
  return named.length ? ` (kid ${named.join(', ')})` : '';
}

function summary(found: FoundKeys, t: Translate): string {
  const n = found.kids.length;
  return t('decode.fetch.put', { count: n, n: String(n), kids: kidList(found.kids), url: found.url, via: found.via ? t('decode.fetch.via', { via: found.via }) : '' });
}

/**
 * "Fetch keys": an issuer or JWKS URL, fetched only when the person presses Fetch, in a sandboxed
 * frame that sees the URL and nothing else; the JWKS found goes into the Key input.
 */
export function FetchKeys({ onKeys }: { onKeys: (keyText: string) => void }) {
  const t = useT();
  const id = useId();
  const [input, setInput] = useState('');
  const mutation = useMutation({
    // Loaded when the person presses Fetch: the key-document reader brings the key importer, which the first load does without.
    mutationFn: async (url: string) => (await import('./fetchKeys.ts')).findKeys(url),
    retry: false,
    onSuccess: (found) => {
      setFetchedKeys({ url: found.url, text: found.text });
      onKeys(found.text);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (input.trim() !== '') mutation.mutate(input.trim());
  };
  return (
    // The field's name avoids the word "key": the Key input's name must not be a part of any other (tests match names by substring).
    <form onSubmit={submit} aria-label={t('decodep.fetchKeys')} className="flex flex-col gap-1 text-sm">
      <h3 className="font-medium">{t('decodep.fetchKeys2')}</h3>
      <label htmlFor={id} className="text-xs">{t('decode.fetch.url')}</label>
      <div className="flex gap-2">
        <input
          id={id}
          type="url"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          placeholder={t('decode.fetch.placeholder')}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
        />
        <button type="submit" disabled={mutation.isPending} className="rounded border border-slate-400 px-3 py-1 font-medium disabled:opacity-60 dark:border-slate-500">
          {t(mutation.isPending ? 'decode.fetch.fetching' : 'decode.fetch.fetch')}
        </button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {t('decodep.anIssuerItsOpenidConfiguration')}
      </p>
      {mutation.isSuccess && <p role="status" aria-label={t('decodep.fetchedKeys')} className="text-xs">{summary(mutation.data, t)}{mutation.data.findings.length ? ` ${mutation.data.findings.join(' ')}` : ''}</p>}
      {mutation.isError && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{t('decode.fetch.failed', { error: mutation.error.message })}</p>}
    </form>
  );
}
