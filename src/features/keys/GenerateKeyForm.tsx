import { JWE_ENCS, type Curve, type JweEnc } from '../../jose/index.ts';
import { SelectField } from '../../components/Select.tsx';
import { ALG_GROUPS, RSA_SIZES, choiceText, extraChoiceFor, type GenerateChoice, type RsaSize } from './generateChoices.ts';
import { useT } from '../../lib/i18n/index.ts';

interface Props {
  choice: GenerateChoice;
  onChoice: (choice: GenerateChoice) => void;
  onGenerate: () => void;
  onCancel: () => void;
  pending: boolean;
  elapsedMs: number;
  message: { tone: 'ok' | 'error' | 'info'; text: string } | null;
}

const TONE = { ok: 'text-emerald-800 dark:text-emerald-300', error: 'text-red-800 dark:text-red-300', info: 'text-slate-700 dark:text-slate-300' } as const;

/** Pick an alg (and its size, curve or enc) and generate; RSA runs in a worker with a progress bar. */
export function GenerateKeyForm({ choice, onChoice, onGenerate, onCancel, pending, elapsedMs, message }: Props) {
  const t = useT();
  const extra = extraChoiceFor(choice.alg);
  return (
    <form
      className="flex flex-col gap-2 rounded-md border border-slate-300 p-3 dark:border-slate-700"
      aria-label={t('keys.generate.region')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending) onGenerate();
      }}
    >
      <h2 className="text-base font-semibold">{t('keys.generate.region')}</h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('keys.generate.note')}</p>
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          stacked
          label={t('keys.generate.forAlg')}
          aria-label={t('keys.generate.alg')}
          value={choice.alg}
          onChange={(alg) => onChoice({ ...choice, alg, curve: '' })}
          groups={ALG_GROUPS.map((group) => ({ label: t(group.label), options: group.algs }))}
        />
        {extra.kind === 'rsa-size' && (
          <SelectField
            stacked
            label={t('keys.generate.rsaSize')}
            aria-label={t('keys.generate.rsaSizeLabel')}
            value={String(choice.rsaSize)}
            onChange={(bits) => onChoice({ ...choice, rsaSize: Number(bits) as RsaSize })}
            options={RSA_SIZES.map((bits) => ({ value: String(bits), label: t('keys.generate.bits', { n: bits }) }))}
          />
        )}
        {extra.kind === 'curve' && (
          <SelectField<Curve> stacked label={t('keys.generate.curve')} aria-label={t('keys.generate.curveLabel')} value={choice.curve || extra.curves[0]!} onChange={(curve) => onChoice({ ...choice, curve })} options={extra.curves} />
        )}
        {extra.kind === 'enc' && (
          <SelectField<JweEnc> stacked label={t('keys.generate.forEnc')} aria-label={t('keys.generate.dirSize')} value={choice.enc} onChange={(enc) => onChoice({ ...choice, enc })} options={JWE_ENCS} />
        )}
        <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-60 dark:bg-sky-600 dark:hover:bg-sky-500">
          {t('keys.generate.submit')}
        </button>
        {pending && (
          <button type="button" onClick={onCancel} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
            {t('keys.generate.cancel')}
          </button>
        )}
      </div>
      <div role="status" aria-label={t('keys.generate.status')} className="min-h-5 text-sm">
        {pending ? (
          <span className="flex items-center gap-2">
            <progress aria-label={t('keys.generate.progress')} className="h-2 w-32" />
            {t('keys.generate.running', { what: choiceText(choice, t), s: (elapsedMs / 1000).toFixed(1) })}
          </span>
        ) : (
          message && <span className={TONE[message.tone]}>{message.text}</span>
        )}
      </div>
    </form>
  );
}
