import type { Finding } from '../jose/index.ts';
import { Icon } from './Icon.tsx';
import { RfcLink } from './RfcLink.tsx';
import { useContentLocale, useT } from '../lib/i18n/index.ts';
import { findingText, loadEngineWords } from '../lib/i18n/engine-words.ts';

const SEVERITY = {
  danger: { icon: 'danger', className: 'border-red-400 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-200', word: 'findings.danger' },
  warning: { icon: 'warning', className: 'border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200', word: 'findings.warning' },
  info: { icon: 'info', className: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200', word: 'findings.note' },
} as const;

/** Findings, worst first, each with a one-line explanation and a link to the RFC section. */
export function FindingsList({ findings, label }: { findings: readonly Finding[]; label?: string }) {
  const t = useT();
  // Worded from the finding's code and params in the person's language (English: the engine's own).
  const locale = useContentLocale(loadEngineWords);
  if (findings.length === 0) return null;
  const order = { danger: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <ul aria-label={label ?? t('findings.label')} className="flex flex-col gap-1">
      {sorted.map((f, i) => {
        const s = SEVERITY[f.severity];
        return (
          <li key={`${f.code}-${i}`} className={`rounded border-l-4 px-2 py-1 text-sm ${s.className}`}>
            <Icon name={s.icon} className="mr-1" />
            <span className="sr-only">{t(s.word)}: </span>
            {findingText(f, locale)}
            <RfcLink refTo={f.ref} />
          </li>
        );
      })}
    </ul>
  );
}
