import { useMutation } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { SdAlg } from '../../../jose/index.ts';
import { generateKeyInWorker } from '../../../lib/generate-key/generateKeyInWorker.ts';
import type { EncoderAlg } from '../algorithms.ts';
import { buttonClass, fieldClass, selectClass, SelectField } from '../../../components/Select.tsx';
import type { KeyEntry } from '../keyInput.ts';
import { claimRows, keepExisting, parseClaims } from './claimTree.ts';
import { DisclosableClaims } from './DisclosableClaims.tsx';
import { PresentPanel } from './PresentPanel.tsx';
import { TokenOutput } from './TokenOutput.tsx';
import { useContentLocale, useT } from '../../../lib/i18n/index.ts';
import { loadEngineWords } from '../../../lib/i18n/engine-words.ts';
import { thrownText } from '../thrownText.ts';
import { say } from '../../../lib/i18n/words.ts';

const SD_ALGS: readonly SdAlg[] = ['sha-256', 'sha-384', 'sha-512'];

export interface SdJwtPanelProps {
  claimsText: string;
  headerText: string;
  alg: EncoderAlg;
  issuerKey: KeyEntry;
  /** Opens the presentation in Decode with the key that verifies the Issuer's signature. */
  onOpenInDecode: (token: string, key: { keyText: string; keyEncoding: KeyEntry['encoding'] }) => void;
}

/**
 * The encoder's SD-JWT panel (RFC 9901): choose the selectively disclosable claims in a tree of check
 * boxes, decoys, "_sd_alg" and the holder key, issue with the Encoding key and Algorithm, then
 * present. Issue and present run on demand, their engine code loaded only then.
 */
export function SdJwtPanel({ claimsText, headerText, alg, issuerKey, onOpenInDecode }: SdJwtPanelProps) {
  const t = useT();
  const locale = useContentLocale(loadEngineWords);
  const ids = useId();
  const parsed = useMemo(() => parseClaims(claimsText), [claimsText]);
  const rows = useMemo(() => (parsed.claims ? claimRows(parsed.claims) : []), [parsed]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [sdAlg, setSdAlg] = useState<SdAlg>('sha-256');
  const [decoys, setDecoys] = useState(0);
  const [holderKeyText, setHolderKeyText] = useState('');
  const live = keepExisting(chosen, rows);
  const issue = useMutation({
    mutationFn: async () => (await import('./sdJwtWork.ts')).issue({ claimsText, headerText, alg, issuerKey, disclose: live, sdAlg, decoys, holderKeyText }),
  });
  const generate = useMutation({
    mutationFn: async () => JSON.stringify((await generateKeyInWorker('ES256')).privateJwk, null, 2),
    onSuccess: setHolderKeyText,
  });
  const toggle = (pointer: string, on: boolean) => setChosen((c) => (on ? [...keepExisting(c, rows), pointer] : c.filter((p) => p !== pointer)));
  const issued = issue.data;
  // Words from what was issued, not from the fields as they are now (they may have changed since).
  const status = issue.isPending
    ? t('encode.sd.issuing')
    : issue.error
      ? thrownText(issue.error, t, locale)
      : issued
        ? t('encode.sd.issued', { n: issued.disclosures.length, sdAlg: issued.sdAlg, holder: issued.holderBound ? 'yes' : 'no' })
        : t('encode.sd.notIssued');

  return (
    <section role="region" aria-label={t('encode.disclosableClaims')} className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      <h2 className="text-sm font-semibold">{t('encode.sdJwtDisclosableClaimsRfc')}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t('encode.issueTheClaimsAsAn')}
      </p>
      {parsed.problem ? <p className="text-sm text-red-700 dark:text-red-400">{parsed.problemWords ? say(parsed.problemWords, t, locale) : parsed.problem}</p> : <DisclosableClaims rows={rows} chosen={live} onToggle={toggle} />}
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex items-center gap-1">
          {t('encode.decoyDigests')}
          <input type="number" min={0} max={20} className={`${selectClass} w-16`} value={decoys} onChange={(e) => setDecoys(Math.max(0, Math.min(20, Number(e.target.value) || 0)))} />
        </label>
        <SelectField label={t('encode.sd.sdAlg')} value={sdAlg} onChange={setSdAlg} options={SD_ALGS} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${ids}-holder`} className="text-sm font-medium">{t('encode.holderKey')}</label>
        <textarea
          id={`${ids}-holder`}
          className={fieldClass}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          placeholder={t('encode.theHolderSKeyPair')}
          value={holderKeyText}
          onChange={(e) => setHolderKeyText(e.target.value)}
        />
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} disabled={generate.isPending} onClick={() => generate.mutate()}>
            {t(generate.isPending ? 'encode.generating' : 'encode.sd.generateHolderKey')}
          </button>
          {generate.error && <span className="text-sm text-red-700 dark:text-red-400">{generate.error.message}</span>}
        </div>
      </div>
      <div>
        <button type="button" className={buttonClass} disabled={issue.isPending || !!parsed.problem} onClick={() => issue.mutate()}>
          {t('encode.issueSdJwt')}
        </button>
      </div>
      <p role="status" aria-label={t('encode.sdJwtResult')} className={`text-sm ${issue.error ? 'text-red-700 dark:text-red-400' : ''}`}>{status}</p>
      {issue.data && (
        <>
          <TokenOutput label={t('encode.issuedSdJwt')} token={issue.data.token} copyLabel={t('encode.copySdJwt')} />
          <PresentPanel key={issue.data.token} issued={issue.data} holderKeyText={holderKeyText} onOpenInDecode={(p) => onOpenInDecode(p, issue.data!.decodeKey)} />
        </>
      )}
    </section>
  );
}
