import { useMemo, useState } from 'react';
import { CopyButton } from '../../components/CopyButton.tsx';
import { base64Encode, base64urlDecode, exportPem, importKey, toHex, type JoseKey } from '../../jose/index.ts';
import { Select } from '../../components/Select.tsx';
import { useQuery } from '@tanstack/react-query';
import type { GeneratedPair } from './state.ts';
import { useT } from '../../lib/i18n/index.ts';

function usePem(jwkText: string | undefined) {
  return useQuery({
    queryKey: ['encoder-pem', jwkText ?? ''],
    enabled: jwkText !== undefined,
    queryFn: async () => {
      try {
        return exportPem((await importKey(jwkText!)) as JoseKey);
      } catch {
        return '';
      }
    },
  });
}

/** The generated pair's public key (JWK and PEM) with copy buttons; the private half is kept for the round trip. */
export function GeneratedKey({ generated, encrypting }: { generated: GeneratedPair; encrypting: boolean }) {
  const t = useT();
  const pem = usePem(generated.publicJwk);
  const summary = useMemo(() => {
    const what = generated.password !== undefined ? 'password' : generated.publicJwk ? 'pair' : 'secret';
    return t('encode.generated.summary', { what, alg: generated.alg, ms: String(generated.ms) });
  }, [generated, t]);
  return (
    <section role="region" aria-label={t('encode.generatedKey')} className="flex flex-col gap-1 rounded-md border border-slate-300 p-2 text-sm dark:border-slate-700">
      <p>{summary}</p>
      {generated.publicJwk ? (
        <>
          <p className="text-slate-600 dark:text-slate-400">
            {t(encrypting ? 'encode.generated.encryptNote' : 'encode.generated.signNote')}
          </p>
          <pre className="mono max-h-32 overflow-auto rounded bg-slate-100 p-1 text-xs dark:bg-slate-900">{generated.publicJwk}</pre>
          <div className="flex flex-wrap gap-1">
            <CopyButton text={generated.publicJwk} label={t('encode.copyPublicJwk')} />
            <CopyButton text={pem.data ?? ''} label={t('encode.copyPublicPem')} />
            <CopyButton text={generated.privateJwk} label={t('encode.copyPrivateJwk')} />
          </div>
        </>
      ) : (
        <>
          {generated.password === undefined && <PlainSecret jwkText={generated.privateJwk} />}
          <div className="flex flex-wrap gap-1">
            <CopyButton text={generated.password ?? generated.privateJwk} label={t(generated.password !== undefined ? 'encode.copyPassword' : 'encode.copySecretJwk')} />
          </div>
        </>
      )}
    </section>
  );
}

const PLAIN_ENCODINGS = { base64: 'base64', base64url: 'base64url', hex: 'hex' } as const;
type PlainEncoding = keyof typeof PLAIN_ENCODINGS;

/** The secret's bytes from a JWK's "k", written the way a server's config takes them. */
export function plainSecret(jwkText: string, encoding: PlainEncoding): string {
  try {
    const k = (JSON.parse(jwkText) as { k?: unknown }).k;
    if (typeof k !== 'string') return '';
    if (encoding === 'base64url') return k;
    const bytes = base64urlDecode(k);
    return encoding === 'hex' ? toHex(bytes) : base64Encode(bytes);
  } catch {
    return '';
  }
}

/** The generated secret as plain text in the chosen encoding (a server's config rarely takes a JWK). */
function PlainSecret({ jwkText }: { jwkText: string }) {
  const t = useT();
  const [encoding, setEncoding] = useState<PlainEncoding>('base64');
  const secret = plainSecret(jwkText, encoding);
  if (!secret) return null;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-wrap items-center gap-2">
        <span>{t('encode.plainSecretAs')}</span>
        <Select aria-label={t('encode.plainSecretEncoding')} value={encoding} onChange={setEncoding} options={Object.keys(PLAIN_ENCODINGS) as PlainEncoding[]} />
      </label>
      <input
        readOnly
        aria-label={t('encode.plainSecret')}
        value={secret}
        onFocus={(e) => e.target.select()}
        spellCheck={false}
        className="mono w-full min-w-0 rounded border border-slate-300 bg-slate-100 p-1 text-xs dark:border-slate-700 dark:bg-slate-900"
      />
      <div>
        <CopyButton text={secret} label={t('encode.copyPlainSecret')} />
      </div>
    </div>
  );
}
