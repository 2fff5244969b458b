import { Icon, type IconName } from '../../../components/Icon.tsx';
import { RfcLink } from '../../../components/RfcLink.tsx';
import type { BestPracticeRule, ProfileCheck } from '../../../jose/index.ts';
import { CONTEXT_FIELDS } from './names.ts';
import { type MessageId, useContentLocale, useT } from '../../../lib/i18n/index.ts';
import type { ContentLocale as Locale } from '../../../lib/i18n/content/locale.ts';
import { checkMessage, checksWords, contextFieldWords, loadProfileMessages, practiceTitle } from '../../../lib/i18n/content/profile-messages.ts';

type Outcome = 'pass' | 'fail' | 'warn' | 'na';

const LOOK: Record<Outcome, { icon: IconName; word: MessageId; className: string }> = {
  pass: { icon: 'check', word: 'decodep.pass', className: 'text-emerald-700 dark:text-emerald-400' },
  fail: { icon: 'cross', word: 'decodep.fail', className: 'text-red-700 dark:text-red-400' },
  warn: { icon: 'warning', word: 'findings.warning', className: 'text-amber-700 dark:text-amber-400' },
  na: { icon: 'dash', word: 'decodep.notChecked', className: 'text-slate-600 dark:text-slate-400' },
};

export function outcomeOf(check: ProfileCheck): Outcome {
  if (check.ok === 'n/a') return 'na';
  if (check.ok) return 'pass';
  return check.level === 'must' ? 'fail' : 'warn';
}

function needsText(needs: readonly string[] | undefined, fillIn: (names: string) => string, locale: Locale): string | undefined {
  const names = (needs ?? []).map((path) => CONTEXT_FIELDS[path] && contextFieldWords(path, CONTEXT_FIELDS[path], locale).label).filter((n): n is string => n !== undefined);
  return names.length ? fillIn(names.map((n) => `“${n}”`).join(', ')) : undefined;
}

/**
 * Checks as a list a screen reader reads row by row: "Pass — at_hash: … RFC link". The icon is
 * decorative; the word beside it carries the outcome, so colour is never the only signal.
 */
export function ChecksList({ checks, label }: { checks: readonly (ProfileCheck | BestPracticeRule)[]; label: string }) {
  const t = useT();
  const locale = useContentLocale(loadProfileMessages);
  const words = checksWords(locale);
  return (
    <ul aria-label={label} className="flex flex-col gap-1.5 text-sm">
      {checks.map((check, i) => {
        const look = LOOK[outcomeOf(check)];
        const title = 'title' in check ? practiceTitle(check, locale) : check.id;
        const needs = check.ok === 'n/a' ? needsText(check.needs, words.fillIn, locale) : undefined;
        return (
          <li key={`${check.id}-${i}`} className="flex gap-2" data-check={check.id}>
            <span className={`flex w-24 shrink-0 items-baseline gap-1 font-medium ${look.className}`}>
              <Icon name={look.icon} />
              {t(look.word)}
            </span>
            <span className="min-w-0 break-words">
              {'title' in check ? <strong className="font-semibold">{title}</strong> : <code className="font-mono text-xs font-semibold">{title}</code>}
              {' — '}
              {checkMessage(check, locale)}
              {check.level === 'should' && check.ok === false ? words.should : ''}
              {needs ? <span className="text-slate-600 dark:text-slate-400"> {needs}</span> : null}
              <RfcLink refTo={check.ref} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
