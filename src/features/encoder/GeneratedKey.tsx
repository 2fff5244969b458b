import { useMemo } from 'react';
import { CopyButton } from '../../components/CopyButton.tsx';
import { exportPem, importKey, type JoseKey } from '../../jose/index.ts';
import { useQuery } from '@tanstack/react-query';
import type { GeneratedPair } from './state.ts';

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
  const pem = usePem(generated.publicJwk);
  const summary = useMemo(() => {
    const what = generated.password !== undefined ? 'password' : generated.publicJwk ? 'key pair' : 'secret';
    return `New ${what} for ${generated.alg}, generated in a worker in ${generated.ms} ms.`;
  }, [generated]);
  return (
    <section role="region" aria-label="Generated key" className="flex flex-col gap-1 rounded-md border border-slate-300 p-2 text-sm dark:border-slate-700">
      <p>{summary}</p>
      {generated.publicJwk ? (
        <>
          <p className="text-slate-600 dark:text-slate-400">
            {encrypting
              ? 'The Encoding key holds the public key (the recipient\u2019s); the private key stays here so "Open in Decode" can decrypt.'
              : 'The Encoding key holds the private key; share the public key below with whoever verifies.'}
          </p>
          <pre className="mono max-h-32 overflow-auto rounded bg-slate-100 p-1 text-xs dark:bg-slate-900">{generated.publicJwk}</pre>
          <div className="flex flex-wrap gap-1">
            <CopyButton text={generated.publicJwk} label="Copy public JWK" />
            <CopyButton text={pem.data ?? ''} label="Copy public PEM" />
            <CopyButton text={generated.privateJwk} label="Copy private JWK" />
          </div>
        </>
      ) : (
        <div className="flex flex-wrap gap-1">
          <CopyButton text={generated.password ?? generated.privateJwk} label={generated.password !== undefined ? 'Copy password' : 'Copy secret JWK'} />
        </div>
      )}
    </section>
  );
}
