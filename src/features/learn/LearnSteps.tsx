import type { LearnSteps as Steps } from './steps.ts';
import type { StepFailure } from './runTrace.ts';
import { StepItem } from './StepItem.tsx';
import { useT } from '../../lib/i18n/index.ts';

const OPERATION_WORDS = { verify: 'learn.op.verify', decrypt: 'learn.op.decrypt', sign: 'learn.op.sign', encrypt: 'learn.op.encrypt' } as const;

/** The Steps list: every step of verify / decrypt (or sign / encrypt) with its exact values. */
export function LearnSteps({ steps, working, hex, failure }: { steps: Steps | undefined; working: boolean; hex: boolean; failure: StepFailure | undefined }) {
  const t = useT();
  return (
    <section className="flex flex-col gap-2" aria-labelledby="learn-steps-heading">
      <h2 id="learn-steps-heading" className="text-lg font-semibold">
        {steps ? t('learn.stepsOf', { operation: t(OPERATION_WORDS[steps.operation]) }) : t('learn.steps')}
      </h2>
      {working && <p className="text-sm">{t('learn.working')}</p>}
      {steps && steps.failedAt !== undefined && (
        <p className="text-sm font-medium text-red-800 dark:text-red-200">{t('learn.stoppedAt', { n: steps.failedAt + 1 })}</p>
      )}
      {steps && (
        <ol aria-label={t('learn.steps')} className="flex flex-col gap-3">
          {steps.steps.map((s, i) => (
            <StepItem key={`${s.id}-${i}`} step={s} number={i + 1} hex={hex} {...(failure && s.status === 'failed' ? { failure } : {})} />
          ))}
        </ol>
      )}
    </section>
  );
}
