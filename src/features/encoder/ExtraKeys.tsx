import type { Dispatch } from 'react';
import { ENCRYPT_ALGS, SIGN_ALGS, wrapsContentKey, type EncoderAlg } from './algorithms.ts';
import type { ExtraKey } from './encode.ts';
import { buttonClass, SelectField } from '../../components/Select.tsx';
import { KeyField } from './KeyField.tsx';
import type { EncoderAction } from './state.ts';
import { useT } from '../../lib/i18n/index.ts';

/** JSON (general): more signatures (JWS) or recipients (JWE), each with its own alg and key. */
export function ExtraKeys({ extra, jwe, dispatch }: { extra: ExtraKey[]; jwe: boolean; dispatch: Dispatch<EncoderAction> }) {
  const t = useT();
  const algs = jwe ? ENCRYPT_ALGS.filter(wrapsContentKey) : SIGN_ALGS.filter((a) => a !== 'none');
  return (
    <section role="region" aria-label={t(jwe ? 'encode.moreRecipients' : 'encode.moreSigners')} className="flex flex-col gap-2 rounded-md border border-slate-300 p-2 text-sm dark:border-slate-700">
      <p className="text-slate-600 dark:text-slate-400">
        {t('encode.extra.intro', { jwe: jwe ? 'yes' : 'no' })}
      </p>
      {extra.map((e, i) => (
        <div key={i} className="flex flex-col gap-1 border-t border-slate-200 pt-2 dark:border-slate-800">
          <SelectField<EncoderAlg> label={t('encode.algForKey', { n: i + 2 })} value={e.alg} onChange={(alg) => dispatch({ type: 'extra', index: i, patch: { alg } })} options={algs} />
          <KeyField label={`Key ${i + 2}`} entry={e.key} rows={3} onChange={(patch) => dispatch({ type: 'extra', index: i, patch: { key: patch } })}>
            <button type="button" className={buttonClass} onClick={() => dispatch({ type: 'removeExtra', index: i })}>
              {t('encode.removeKey', { n: i + 2 })}
            </button>
          </KeyField>
        </div>
      ))}
      <button type="button" className={`${buttonClass} self-start`} onClick={() => dispatch({ type: 'addExtra' })}>
        {t('encode.extra.add', { jwe: jwe ? 'yes' : 'no' })}
      </button>
    </section>
  );
}
