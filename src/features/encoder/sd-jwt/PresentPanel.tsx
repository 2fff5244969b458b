import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { buttonClass, fieldClass } from '../../../components/Select.tsx';
import type { Issued } from './sdJwtWork.ts';
import { TokenOutput } from './TokenOutput.tsx';
import { useContentLocale, useT } from '../../../lib/i18n/index.ts';
import { loadEngineWords } from '../../../lib/i18n/engine-words.ts';
import { thrownText } from '../thrownText.ts';

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 50 ? `${text.slice(0, 49)}…` : text;
}

/**
 * The holder's side: choose which Disclosures to reveal, add a Key Binding JWT with "aud" and
 * "nonce", make the presentation and open it in Decode, where it is verified with the Issuer's key.
 */
export function PresentPanel({ issued, holderKeyText, onOpenInDecode }: { issued: Issued; holderKeyText: string; onOpenInDecode: (presentation: string) => void }) {
  const t = useT();
  const locale = useContentLocale(loadEngineWords);
  const [reveal, setReveal] = useState<string[]>(() => issued.disclosures.map((d) => d.pointer));
  const [keyBinding, setKeyBinding] = useState(issued.holderCanSign);
  const [aud, setAud] = useState('https://verifier.example');
  const [nonce, setNonce] = useState(randomNonce);
  const ids = useId();
  const make = useMutation({
    mutationFn: async () => (await import('./sdJwtWork.ts')).present({ token: issued.token, reveal, keyBinding, holderKeyText, aud, nonce }),
  });
  const toggle = (pointer: string, on: boolean) => setReveal((r) => (on ? [...r, pointer] : r.filter((p) => p !== pointer)));
  return (
    <section role="region" aria-label={t('encode.present')} className="flex flex-col gap-2 rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <h3 className="text-sm font-semibold">{t('encode.presentTheHolder')}</h3>
      {issued.disclosures.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('encode.thisSdJwtHasNo')}</p>
      ) : (
        <fieldset>
          <legend className="text-sm font-medium">{t('encode.revealToTheVerifier')}</legend>
          <ul className="flex flex-col gap-0.5 text-sm">
            {issued.disclosures.map((d) => (
              <li key={d.pointer}>
                <label className="flex flex-wrap items-baseline gap-1">
                  <input type="checkbox" aria-label={t('encode.sd.reveal', { pointer: d.pointer })} checked={reveal.includes(d.pointer)} onChange={(e) => toggle(d.pointer, e.target.checked)} />
                  <span className="mono font-semibold">{d.pointer}</span>
                  <span className="mono break-all text-slate-600 dark:text-slate-400">{preview(d.value)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={keyBinding} onChange={(e) => setKeyBinding(e.target.checked)} />
        {t('encode.addAKeyBindingJwt')}
      </label>
      {keyBinding && (
        <div className="grid gap-2 sm:grid-cols-2">
          <label className="flex flex-col gap-1 text-sm" htmlFor={`${ids}-aud`}>
            {t('encode.kbJwtAudienceAud')}
            <input id={`${ids}-aud`} className={fieldClass} value={aud} spellCheck={false} onChange={(e) => setAud(e.target.value)} />
          </label>
          <label className="flex flex-col gap-1 text-sm" htmlFor={`${ids}-nonce`}>
            {t('encode.kbJwtNonce')}
            <input id={`${ids}-nonce`} className={fieldClass} value={nonce} spellCheck={false} onChange={(e) => setNonce(e.target.value)} />
          </label>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} disabled={make.isPending} onClick={() => make.mutate()}>
          {t('encode.createPresentation')}
        </button>
        <button type="button" className={buttonClass} disabled={!make.data || make.isPending} onClick={() => make.data && onOpenInDecode(make.data)}>
          {t('encode.openPresentationInDecode')}
        </button>
      </div>
      <p role="status" aria-label={t('encode.presentationResult')} className={`text-sm ${make.error ? 'text-red-700 dark:text-red-400' : ''}`}>
        {make.isPending
          ? t('encode.sd.presenting')
          : make.error
            ? thrownText(make.error, t, locale)
            : make.data
              ? t('encode.sd.presented', { n: reveal.length, total: issued.disclosures.length, kb: keyBinding ? 'yes' : 'no' })
              : t('encode.sd.notPresented')}
      </p>
      {make.data && <TokenOutput label={t('encode.sdJwtForTheVerifier')} token={make.data} copyLabel={t('encode.copyPresentation')} />}
    </section>
  );
}
