import type { LearnSteps as Steps } from './steps.ts';
import { StepItem } from './StepItem.tsx';

const OPERATION_WORDS = { verify: 'Verifying the signature', decrypt: 'Decrypting', sign: 'Signing', encrypt: 'Encrypting' } as const;

/** The Steps list: every step of verify / decrypt (or sign / encrypt) with its exact values. */
export function LearnSteps({ steps, working, hex, keyDescription }: { steps: Steps | undefined; working: boolean; hex: boolean; keyDescription: string | undefined }) {
  return (
    <section className="flex flex-col gap-2" aria-labelledby="learn-steps-heading">
      <h2 id="learn-steps-heading" className="text-lg font-semibold">
        Steps{steps ? `: ${OPERATION_WORDS[steps.operation]}` : ''}
      </h2>
      {working && <p className="text-sm">Working…</p>}
      {steps && steps.failedAt !== undefined && (
        <p className="text-sm font-medium text-red-800 dark:text-red-200">The operation stopped at step {steps.failedAt + 1}: the list ends there and says why.</p>
      )}
      {steps && (
        <ol aria-label="Steps" className="flex flex-col gap-3">
          {steps.steps.map((s, i) => (
            <StepItem key={`${s.id}-${i}`} step={s} number={i + 1} hex={hex} {...(keyDescription && s.status === 'failed' ? { keyDescription } : {})} />
          ))}
        </ol>
      )}
    </section>
  );
}
