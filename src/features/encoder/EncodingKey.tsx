import { useState, type Dispatch } from 'react';
import { buttonClass, SelectField } from '../../components/Select.tsx';
import { isJoseError, thumbprint, type JweEnc } from '../../jose/index.ts';
import { isEncryptAlg, keyChoices, usesKeyPair, type EncoderAlg } from './algorithms.ts';
import { readKey } from './keyInput.ts';
import { KeyField } from './KeyField.tsx';
import type { EncoderAction, EncoderState } from './state.ts';
import { useGenerateKey } from './useGenerate.ts';
import { useLocale, useT } from '../../lib/i18n/index.ts';
import { say, type Words } from '../../lib/i18n/words.ts';

/** The key size or curve to generate, remembered per algorithm while the screen lives. */
function useKeyChoice(alg: EncoderAlg) {
  const choices = keyChoices(alg);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const value = choices ? (chosen[choices.kind + alg] ?? String(choices.values[0])) : undefined;
  const choose = (next: string) => choices && setChosen({ ...chosen, [choices.kind + alg]: next });
  const request = {
    ...(choices?.kind === 'size' ? { size: Number(value) } : {}),
    ...(choices?.kind === 'curve' ? { crv: value! } : {}),
  };
  return { choices, value, choose, request };
}

/**
 * The "Encoding key" field with what makes a key for it: a size or curve, "Generate key" and
 * "Set kid to thumbprint". For alg "none", a line saying no key is taken.
 */
export function EncodingKey({ state, alg, enc, kids, keyWords, dispatch }: {
  state: EncoderState;
  alg: EncoderAlg;
  enc: JweEnc;
  kids: string[] | undefined;
  keyWords: Words | undefined;
  dispatch: Dispatch<EncoderAction>;
}) {
  const t = useT();
  const locale = useLocale();
  const jwe = isEncryptAlg(alg);
  const { choices, value, choose, request } = useKeyChoice(alg);
  const generate = useGenerateKey((outcome) => dispatch({ type: 'generated', generated: outcome.generated, keyText: outcome.keyText, encoding: 'utf8' }));
  const [kidError, setKidError] = useState('');

  const setKidFromThumbprint = async () => {
    try {
      const read = await readKey(state.key, alg, undefined);
      dispatch({ type: 'headerMember', name: 'kid', value: await thumbprint(read.key) });
      setKidError('');
    } catch (error) {
      setKidError(isJoseError(error) || error instanceof Error ? error.message : String(error));
    }
  };

  if (alg === 'none') return <p className="text-sm text-slate-600 dark:text-slate-400">{t('encode.noneNoKey')}</p>;
  return (
    <>
      <KeyField
        label="Encoding key"
        entry={state.key}
        kids={kids}
        onChange={(patch) => dispatch({ type: 'key', patch })}
        placeholder={jwe && usesKeyPair(alg) ? t('encode.recipientKeyPlaceholder') : undefined}
      >
        {choices && (
          <SelectField
            label={t(choices.kind === 'size' ? 'encode.keySize' : 'encode.curve')}
            value={value ?? ''}
            onChange={choose}
            options={choices.values.map((v) => ({ value: String(v), label: choices.kind === 'size' ? t('keys.generate.bits', { n: v }) : String(v) }))}
          />
        )}
        <button type="button" className={buttonClass} disabled={generate.isPending} onClick={() => generate.mutate({ alg, enc, ...request })}>
          {t(generate.isPending ? 'encode.generating' : 'encode.generateKey')}
        </button>
        <button type="button" className={buttonClass} disabled={!state.key.text.trim()} onClick={() => void setKidFromThumbprint()}>
          {t('encode.setKidToThumbprint')}
        </button>
      </KeyField>
      {keyWords && <p className="text-sm text-slate-600 dark:text-slate-400">{say(keyWords, t, locale)}</p>}
      {generate.error && <p className="text-sm text-red-700 dark:text-red-400">{t('encode.generationFailed', { message: generate.error.message })}</p>}
      {kidError && <p className="text-sm text-red-700 dark:text-red-400">{kidError}</p>}
    </>
  );
}
