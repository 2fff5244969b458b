import { useId } from 'react';
import type { CertificatesState } from './useCertificates.ts';
import { useT } from '../../../lib/i18n/index.ts';

type Region = NonNullable<CertificatesState['region']>;

/**
 * The two ways the leaf's key may verify the token: a root the person trusts (the chain is then
 * checked up to it), or their explicit choice to use the key although nothing vouches for it.
 */
export function TrustControls({ region }: { region: Region }) {
  const t = useT();
  const id = useId();
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-root`} className="font-medium">{t('decodep.trustedRootCertificate')}</label>
        <textarea
          id={`${id}-root`}
          value={region.roots}
          onChange={(e) => region.setRoots(e.target.value)}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          placeholder={t('decode.x5c.rootPlaceholder')}
          aria-describedby={`${id}-root-hint`}
          className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
        />
        <p id={`${id}-root-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {t('decode.x5c.rootHint')}
        </p>
        {region.rootsError && region.error && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{t('decode.x5c.rootUnreadable', { error: region.error })}</p>}
      </div>
      <div className="flex flex-col gap-0.5">
        <label className="flex items-start gap-2">
          <input type="checkbox" checked={region.optedIn} onChange={(e) => region.setOptedIn(e.target.checked)} aria-describedby={`${id}-opt-hint`} className="mt-1" />
          <span>{t('decodep.verifyWithTheCertificateApos')}</span>
        </label>
        <p id={`${id}-opt-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {t('decode.x5c.optHint')}
        </p>
      </div>
      {region.keyGiven && (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          {t(region.keyIsCertificate ? 'decode.x5c.keyGivenCertificate' : 'decode.x5c.keyGiven')}
        </p>
      )}
    </div>
  );
}
