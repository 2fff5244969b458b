import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../../components/Icon.tsx';
import { isGood, type Tone, type Verdict } from '../logic/result.ts';
import { useContentLocale, useLocale, useT } from '../../../lib/i18n/index.ts';
import { loadEngineWords } from '../../../lib/i18n/engine-words.ts';
import { reasonIn, statusText } from '../../../lib/i18n/verdict-core.ts';

const LOOK: Record<Tone, string> = {
  good: 'border-emerald-500 bg-emerald-50 text-emerald-950 dark:border-emerald-600 dark:bg-emerald-950 dark:text-emerald-100',
  warning: 'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100',
  bad: 'border-red-500 bg-red-50 text-red-950 dark:border-red-600 dark:bg-red-950 dark:text-red-100',
  pending: 'border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200',
  prompt: 'border-slate-300 bg-white text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-300',
};

const ICON: Record<Tone, IconName> = { good: 'check', warning: 'warning', bad: 'cross', pending: 'pending', prompt: 'arrow-right' };

function iconOf(v: Verdict): IconName {
  if (v.status === 'Key required') return 'key';
  // A good check with a "but" keeps its check mark beside the warning colour: the signature is good.
  return v.status !== undefined && isGood(v.status) ? 'check' : ICON[v.tone];
}

/**
 * The one status of the screen: exactly one verdict, then the precise reason; its colour says how
 * good it is at a glance (a good signature on an expired token is amber, not green). Polite live
 * region, so a screen reader hears the new verdict when the key or token changes.
 */
export function ResultStatus({ verdict, detail, children }: { verdict: Verdict; detail?: ReactNode; children?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  useContentLocale(loadEngineWords); // a failure's reason quotes an engine message: re-render when its Spanish arrives
  const { status } = verdict;
  // English is the engine's own sentence; another language words it again from its parameters.
  const reason = locale === 'en' ? verdict.reason : (reasonIn(verdict.words, t, locale) ?? verdict.reason);
  return (
    <div className={`rounded-md border-l-4 px-3 py-2 ${LOOK[verdict.tone]}`} data-tone={verdict.tone}>
      <div className="flex items-baseline gap-1 text-sm">
        {/* Outside the status element, whose text starts with the verdict itself; beside the verdict's first line, also when the reason wraps. */}
        <Icon name={iconOf(verdict)} className="mt-[5px] self-start" />
        <div role="status" aria-label={t('verdict.label')} aria-live="polite" aria-atomic="true">
          {/* The dash inside the verdict's element: its text is never the bare word the badge reads ("Unsecured JWS"). */}
          {status !== undefined && <strong className="text-base font-semibold">{statusText(status, t)} —</strong>}
          {status !== undefined ? ' ' : ''}
          <span className="break-words">{reason}</span>
          {detail}
        </div>
      </div>
      {children}
    </div>
  );
}
