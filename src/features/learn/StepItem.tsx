import type { LearnStep } from './steps.ts';
import { StepValueView } from './StepValueView.tsx';
import type { StepFailure } from './runTrace.ts';
import { useContentLocale, useT } from '../../lib/i18n/index.ts';
import { errorText, loadEngineWords } from '../../lib/i18n/engine-words.ts';
import { keyText } from '../../lib/i18n/keyText.ts';
import { refText } from '../../lib/i18n/segmentText.ts';

/** One step: heading, plain sentences, RFC link, values; a failed step says why in words. */
export function StepItem({ step, number, hex, large, failure }: { step: LearnStep; number: number; hex: boolean; large?: boolean; failure?: StepFailure }) {
  const t = useT();
  const locale = useContentLocale(loadEngineWords);
  // The step's error is the engine's message of the error that stopped the run: word it by its code.
  const error = failure?.error && step.error === failure.error.message ? errorText(failure.error, locale) : step.error;
  const failed = step.status === 'failed';
  const skipped = step.status === 'skipped';
  return (
    <li
      className={`rounded-md border p-3 ${failed ? 'border-red-500 bg-red-50 dark:border-red-500 dark:bg-red-950' : 'border-slate-300 dark:border-slate-700'} ${large ? 'p-4 tall:p-6' : ''}`}
      aria-current={large ? 'step' : undefined}
    >
      <h3 className={`font-semibold ${large ? 'text-3xl tall:text-4xl' : 'text-base'}`}>
        <span className="mr-2 text-slate-500 dark:text-slate-400">{number}.</span>
        {step.heading}
        {failed && <span className="ml-2 text-red-700 dark:text-red-300">{t('learn.step.failed')}</span>}
        {skipped && <span className="ml-2 text-slate-600 dark:text-slate-300">{t('learn.step.skipped')}</span>}
      </h3>
      {step.explanation.length > 0 && (
        <p className={`mt-1 ${large ? 'text-xl leading-snug tall:text-2xl' : 'text-sm'}`}>{step.explanation.join(' ')}</p>
      )}
      {failed && step.error && (
        <p className={`mt-2 font-medium text-red-800 dark:text-red-200 ${large ? 'text-xl tall:text-2xl' : 'text-sm'}`}>
          {t('learn.step.why', { error: error ?? '' })}
          {failure?.key && t('learn.step.keyUsed', { key: keyText(failure.key, t) })}
        </p>
      )}
      {skipped && step.error && <p className={`mt-1 text-slate-700 dark:text-slate-300 ${large ? 'text-xl tall:text-2xl' : 'text-sm'}`}>{step.error}</p>}
      {step.ref && (
        <p className={large ? 'mt-1 text-lg tall:mt-2 tall:text-xl' : 'mt-1 text-xs'}>
          <a href={step.ref.url} target="_blank" rel="noreferrer noopener" className="text-sky-700 underline dark:text-sky-300">
            {refText(step.ref.label, t, locale)}
          </a>
        </p>
      )}
      {step.values.length > 0 && (
        <dl className={`mt-2 flex flex-col ${large ? 'gap-2 tall:gap-3' : 'gap-3'}`}>
          {step.values.map((v, i) => (
            <StepValueView key={`${v.name}-${i}`} value={v} hex={hex} step={number} large={large} />
          ))}
        </dl>
      )}
    </li>
  );
}
