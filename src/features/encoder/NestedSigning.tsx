import type { Dispatch } from 'react';
import { buttonClass, SelectField } from '../../components/Select.tsx';
import type { JweEnc } from '../../jose/index.ts';
import { algLabel, SIGN_ALGS, type SignAlg } from './algorithms.ts';
import { KeyField } from './KeyField.tsx';
import type { EncoderAction, EncoderState } from './state.ts';
import { useGenerateKey } from './useGenerate.ts';
import { useT } from '../../lib/i18n/index.ts';

/** A nested JWT's inner signature (sign, then encrypt): its algorithm and signing key. */
export function NestedSigning({ nested, enc, dispatch }: { nested: EncoderState['nested']; enc: JweEnc; dispatch: Dispatch<EncoderAction> }) {
  const t = useT();
  const generate = useGenerateKey((outcome) => dispatch({ type: 'nested', patch: { key: { text: outcome.keyText, encoding: 'utf8' } } }));
  return (
    <div className="flex flex-col gap-2 rounded-md border border-slate-300 p-2 dark:border-slate-700">
      <SelectField<SignAlg>
        label={t('encode.signingAlgorithm')}
        labelClassName="font-medium"
        value={nested.alg}
        onChange={(alg) => dispatch({ type: 'nested', patch: { alg } })}
        options={SIGN_ALGS.map((a) => ({ value: a, label: algLabel(a, t) }))}
      />
      <KeyField label="Signing key" entry={nested.key} rows={3} onChange={(patch) => dispatch({ type: 'nested', patch: { key: patch } })}>
        <button type="button" className={buttonClass} disabled={generate.isPending} onClick={() => generate.mutate({ alg: nested.alg, enc })}>
          {t('encode.generateSigningKey')}
        </button>
      </KeyField>
    </div>
  );
}
