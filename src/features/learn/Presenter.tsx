import { useEffect, useRef, type ReactNode } from 'react';
import type { InspectResult } from '../../jose/index.ts';
import { PresenterToken } from './PresenterToken.tsx';
import type { LearnStep } from './steps.ts';
import { StepItem } from './StepItem.tsx';

const INTERACTIVE = new Set(['BUTTON', 'A', 'INPUT', 'SELECT', 'TEXTAREA']);

/**
 * Presenter mode: the whole window, type readable from the back of a room, high contrast, one step
 * at a time. Next: ArrowRight, ArrowDown, PageDown, Space; Previous: ArrowLeft, ArrowUp, PageUp;
 * Escape leaves. Space on a focused button stays that button's own click.
 */
export function Presenter({ steps, index, onIndex, onExit, hex, toolbar, keyDescription, result }: {
  steps: readonly LearnStep[];
  /** The token, shown large at the top with the current step's segment marked. */
  result?: InspectResult;
  index: number;
  onIndex: (index: number) => void;
  onExit: () => void;
  hex: boolean;
  toolbar: ReactNode;
  keyDescription?: string;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const at = Math.min(index, Math.max(0, steps.length - 1));
  const go = (i: number) => onIndex(Math.min(steps.length - 1, Math.max(0, i)));

  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const onControl = target !== null && INTERACTIVE.has(target.tagName);
      if (event.key === 'Escape') {
        event.preventDefault();
        onExit();
      } else if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key) || (event.key === ' ' && !onControl)) {
        if (onControl && target?.tagName === 'SELECT') return;
        event.preventDefault();
        onIndex(Math.min(steps.length - 1, at + 1));
      } else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) {
        if (onControl && target?.tagName === 'SELECT') return;
        event.preventDefault();
        onIndex(Math.max(0, at - 1));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [at, steps.length, onIndex, onExit]);

  const step = steps[at];
  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      aria-label="Presenter"
      role="region"
      className="fixed inset-0 z-50 flex flex-col gap-6 overflow-auto bg-white p-8 text-black outline-none dark:bg-black dark:text-white"
    >
      <div className="flex flex-wrap items-center gap-4 text-xl">{toolbar}</div>
      {result && result.segments.length > 0 && <PresenterToken result={result} stepId={step?.id} />}
      {step ? (
        <ol aria-label="Steps" start={at + 1} className="flex flex-col">
          <StepItem step={step} number={at + 1} hex={hex} large {...(keyDescription ? { keyDescription } : {})} />
        </ol>
      ) : (
        <p className="text-3xl">There are no steps to present yet: choose an example or put a token in the decoder.</p>
      )}
      <div className="flex items-center gap-4 text-2xl">
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0} className="rounded-md border-2 border-current px-4 py-2 disabled:opacity-40">
          ← Previous
        </button>
        <p aria-live="polite">
          Step {steps.length ? at + 1 : 0} of {steps.length}
        </p>
        <button type="button" onClick={() => go(at + 1)} disabled={at >= steps.length - 1} className="rounded-md border-2 border-current px-4 py-2 disabled:opacity-40">
          Next →
        </button>
        <p className="text-lg text-slate-700 dark:text-slate-300">Arrow keys or space to move, Escape to leave.</p>
      </div>
    </div>
  );
}
