import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Icon } from '../../components/Icon.tsx';
import { useScreenVisible } from '../../components/screenVisibility.ts';
import type { InspectResult } from '../../jose/index.ts';
import { PresenterToken } from './PresenterToken.tsx';
import type { LearnStep } from './steps.ts';
import type { StepFailure } from './runTrace.ts';
import { StepItem } from './StepItem.tsx';
import { useT } from '../../lib/i18n/index.ts';

const INTERACTIVE = new Set(['BUTTON', 'A', 'INPUT', 'SELECT', 'TEXTAREA']);
const CONTROL = 'flex items-center gap-2 rounded-md border-2 border-current px-4 py-2 disabled:opacity-40';

/** While presenting, the page under the overlay is inert: Tab stays among the presenter's controls. */
function useInertPage(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const page = document.getElementById('root');
    page?.setAttribute('inert', '');
    return () => page?.removeAttribute('inert');
  }, [active]);
}

/**
 * The presenter's keys, while its screen is shown (after Back, they are that screen's again):
 * next, previous, Escape to leave; a select keeps its own arrows, a focused button its Space.
 */
function usePresenterKeys(visible: boolean, at: number, count: number, onIndex: (index: number) => void, onExit: () => void) {
  useEffect(() => {
    if (!visible) return undefined;
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
        onIndex(Math.min(count - 1, at + 1));
      } else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) {
        if (onControl && target?.tagName === 'SELECT') return;
        event.preventDefault();
        onIndex(Math.max(0, at - 1));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [visible, at, count, onIndex, onExit]);
}

/**
 * Presenter mode: the whole window, type readable from the back of a room, high contrast, one step
 * at a time. The step controls and the step's values fit a 1280×720 projector without scrolling the
 * window: the toolbar, the token and the controls keep their place, the step scrolls between them.
 * Next: ArrowRight, ArrowDown, PageDown, Space; Previous: ArrowLeft, ArrowUp, PageUp; Escape leaves.
 * Space on a focused button stays that button's own click.
 */
export function Presenter({ steps, index, onIndex, onExit, hex, toolbar, failure, result }: {
  steps: readonly LearnStep[];
  /** The token, shown large at the top with the current step's segment marked. */
  result?: InspectResult;
  index: number;
  onIndex: (index: number) => void;
  onExit: () => void;
  hex: boolean;
  toolbar: ReactNode;
  failure?: StepFailure;
}) {
  const t = useT();
  const visible = useScreenVisible();
  const rootRef = useRef<HTMLDivElement>(null);
  const at = Math.min(index, Math.max(0, steps.length - 1));
  const go = (i: number) => onIndex(Math.min(steps.length - 1, Math.max(0, i)));
  useInertPage(visible);

  useEffect(() => {
    if (visible) rootRef.current?.focus();
  }, [visible]);

  usePresenterKeys(visible, at, steps.length, onIndex, onExit);

  if (!visible) return null;
  const step = steps[at];
  return createPortal(
    <div
      ref={rootRef}
      tabIndex={-1}
      aria-label={t('learn.presenter')}
      role="region"
      className="fixed inset-0 z-50 flex flex-col gap-3 bg-white p-4 text-black outline-none lg:gap-4 lg:p-6 dark:bg-black dark:text-white"
    >
      <div className="flex shrink-0 flex-wrap items-center gap-4 text-lg lg:text-xl">{toolbar}</div>
      {result && result.segments.length > 0 && (
        <div className="max-h-[22vh] shrink-0 overflow-auto">
          <PresenterToken result={result} stepId={step?.id} />
        </div>
      )}
      <div className="min-h-0 flex-1 overflow-auto">
        {step ? (
          <ol aria-label={t('learn.steps')} start={at + 1} className="flex flex-col">
            <StepItem step={step} number={at + 1} hex={hex} large {...(failure ? { failure } : {})} />
          </ol>
        ) : (
          <p className="text-3xl">{t('learn.thereAreNoStepsTo')}</p>
        )}
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-4 text-xl lg:text-2xl">
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0} className={CONTROL}>
          <Icon name="arrow-left" /> {t('learn.presenter.previous')}
        </button>
        <p aria-live="polite">
          {t('learn.presenter.stepOf', { n: steps.length ? at + 1 : 0, total: steps.length })}
        </p>
        <button type="button" onClick={() => go(at + 1)} disabled={at >= steps.length - 1} className={CONTROL}>
          {t('learn.presenter.next')} <Icon name="arrow-right" />
        </button>
        <p className="text-base text-slate-700 lg:text-lg dark:text-slate-300">{t('learn.arrowKeysOrSpaceTo')}</p>
      </div>
    </div>,
    document.body,
  );
}
