import type { PracticesOutcome } from './protocol.ts';
import { ChecksList } from './ChecksList.tsx';
import { useContentLocale, useT } from '../../../lib/i18n/index.ts';
import { checksWords, loadProfileMessages } from '../../../lib/i18n/content/profile-messages.ts';

const card = 'flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900';

/** The "Best practices" region: the RFC 8725 checklist for this token, refined by the key that verified it. */
export function BestPracticesRegion({ outcome }: { outcome: PracticesOutcome | undefined }) {
  const t = useT();
  const words = checksWords(useContentLocale(loadProfileMessages));
  if (!outcome) return null;
  const failed = outcome.rules.filter((r) => r.ok === false).length;
  return (
    <section aria-labelledby="practices-title" className={card}>
      <h2 id="practices-title" className="text-sm font-semibold">{t('decodep.bestPractices')}</h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {words.practicesIntro(failed)}
      </p>
      {outcome.error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{words.practicesError}{outcome.error}</p>}
      <ChecksList checks={outcome.rules} label={t('decodep.bestPracticeRules')} />
    </section>
  );
}
