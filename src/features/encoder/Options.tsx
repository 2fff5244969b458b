import type { Dispatch } from 'react';
import type { JweEnc } from '../../jose/index.ts';
import { CONTENT_ENCRYPTIONS, ENCRYPT_ALGS, SIGN_ALGS, algLabel, isEncryptAlg, type EncoderAlg } from './algorithms.ts';
import type { SerializationChoice } from './encode.ts';
import { SelectField } from '../../components/Select.tsx';
import { headerOptions, type EncoderAction, type EncoderState } from './state.ts';
import { useLocale, useT, type MessageId } from '../../lib/i18n/index.ts';
import { sayValue, type WordValue } from '../../lib/i18n/words.ts';

/** The "Algorithm" and "Content encryption" selects: native, each option's value the identifier. */
export function AlgorithmFields({ alg, enc, problem, dispatch }: { alg: EncoderAlg; enc: JweEnc; problem?: WordValue | undefined; dispatch: Dispatch<EncoderAction> }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          stacked
          labelClassName="font-medium"
          label={t('encode.algorithm')}
          value={alg}
          onChange={(alg) => dispatch({ type: 'alg', alg })}
          groups={[
            { label: t('encode.sign'), options: SIGN_ALGS.map((a) => ({ value: a, label: algLabel(a, t) })) },
            { label: t('encode.encrypt'), options: ENCRYPT_ALGS.map((a) => ({ value: a, label: algLabel(a, t) })) },
          ]}
        />
        {isEncryptAlg(alg) && (
          <SelectField stacked labelClassName="font-medium" label={t('encode.contentEncryption')} value={enc} onChange={(enc) => dispatch({ type: 'enc', enc })} options={CONTENT_ENCRYPTIONS} />
        )}
      </div>
      {problem !== undefined && <p className="text-sm text-amber-800 dark:text-amber-300">{sayValue(problem, t, locale)}</p>}
    </div>
  );
}

const SERIALIZATIONS: { value: SerializationChoice; label: MessageId }[] = [
  { value: 'compact', label: 'encode.compact' },
  { value: 'flattened', label: 'encode.jsonFlattened' },
  { value: 'general', label: 'encode.jsonGeneral' },
];

/** Minify, serialization and the header options (b64, zip, nested), all read from the header text. */
export function EncodeOptions({ state, alg, dispatch }: { state: EncoderState; alg: EncoderAlg; dispatch: Dispatch<EncoderAction> }) {
  const t = useT();
  const header = headerOptions(state.headerText);
  const jwe = isEncryptAlg(alg);
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={state.minify} onChange={(e) => dispatch({ type: 'minify', minify: e.target.checked })} />
          {t('encode.minifyJson')}
        </label>
        <div role="radiogroup" aria-label={t('encode.serialization')} className="flex flex-wrap items-center gap-3">
          <span className="font-medium" aria-hidden="true">
            {t('encode.serialization2')}
          </span>
          {SERIALIZATIONS.map((s) => (
            <label key={s.value} className="flex items-center gap-1">
              <input type="radio" name="encoder-serialization" value={s.value} checked={state.serialization === s.value} onChange={() => dispatch({ type: 'serialization', serialization: s.value })} />
              {t(s.label)}
            </label>
          ))}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        {!jwe && (
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={header.unencoded} onChange={(e) => dispatch({ type: 'b64', unencoded: e.target.checked })} />
            {t('encode.unencodedPayloadB64FalseRfc')}
          </label>
        )}
        {jwe && (
          <>
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={header.zip} onChange={(e) => dispatch({ type: 'zip', on: e.target.checked })} />
              {t('encode.compressZipDef')}
            </label>
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={state.nested.enabled} onChange={(e) => dispatch({ type: 'nested', patch: { enabled: e.target.checked } })} />
              {t('encode.nestedJwtSignThenEncrypt')}
            </label>
          </>
        )}
      </div>
      {!state.minify && <p className="text-slate-600 dark:text-slate-400">{t('encode.theHeaderAndClaimsAre')}</p>}
    </div>
  );
}
