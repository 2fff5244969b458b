import { useMemo } from 'react';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { SegmentedToken } from '../../../components/SegmentedToken.tsx';
import { inspect } from '../../../jose/index.ts';
import { useT } from '../../../lib/i18n/index.ts';

/** An SD-JWT or presentation in its segment colours (Issuer-signed JWT, each Disclosure, the KB-JWT), in a named region, with a copy button. */
export function TokenOutput({ label, token, copyLabel }: { label: string; token: string; copyLabel: string }) {
  const t = useT();
  const inspected = useMemo(() => inspect(token), [token]);
  return (
    <div className="flex flex-col gap-1">
      <section role="region" aria-label={label} className="rounded-md border border-slate-300 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-950">
        <SegmentedToken result={inspected} />
      </section>
      <div className="flex items-center gap-2 text-sm">
        <span className="text-slate-600 dark:text-slate-400">{t('encode.characters', { n: String(token.length) })}</span>
        <CopyButton text={token} label={copyLabel} className="!text-sm" />
      </div>
    </div>
  );
}
