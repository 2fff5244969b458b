import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { textKey } from '../../../lib/fingerprint.ts';
import { StepItem } from '../StepItem.tsx';
import { learnProfileStepsQuery } from '../worker/learnClient.ts';
import { useLocale, useT } from '../../../lib/i18n/index.ts';

/**
 * "Profile steps" on Learn: the at_hash of an access token and the jkt of the token's "jwk", each
 * computed step by step for the token Learn shows.
 */
export function ProfileSteps({ token, hex, enabled = true }: { token: string; hex: boolean; enabled?: boolean }) {
  const t = useT();
  const id = useId();
  const [accessToken, setAccessToken] = useState('');
  const tokenKey = useMemo(() => textKey(token), [token]);
  const query = useQuery({ ...learnProfileStepsQuery(token, accessToken, tokenKey), enabled });
  // The worker words the lists in English; in Spanish they are worded again here (profileSteps.es.ts, loaded with Spanish).
  const locale = useLocale();
  const spanish = useQuery({
    queryKey: ['learn-profile-es', tokenKey, accessToken, query.data],
    enabled: locale === 'es' && query.data !== undefined,
    queryFn: async () => (await import('./profileSteps.es.ts')).localizeProfileSteps(query.data!, token),
  });
  const lists = locale === 'es' ? (spanish.data ?? query.data) : query.data;
  return (
    <section className="flex flex-col gap-2" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">{t('learn.profileStepsAtHashAnd')}</h2>
      <div className="flex max-w-xl flex-col gap-0.5 text-sm">
        <label htmlFor={`${id}-at`} className="font-medium">{t('learn.valueHashedInTheAt')}</label>
        <input id={`${id}-at`} value={accessToken} onChange={(e) => setAccessToken(e.target.value)} spellCheck={false} autoComplete="off" className="rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950" />
      </div>
      {query.error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{query.error.message}</p>}
      <h3 className="text-base font-semibold">at_hash</h3>
      {lists?.atHashNote && <p className="text-sm text-slate-600 dark:text-slate-400">{lists.atHashNote}</p>}
      {lists?.atHash && (
        <ol aria-label={t('learn.atHashStepByStep')} className="flex flex-col gap-3">
          {lists.atHash.map((s, i) => <StepItem key={s.id} step={s} number={i + 1} hex={hex} />)}
        </ol>
      )}
      <h3 className="text-base font-semibold">{t('learn.profile.jktHeading')}</h3>
      {lists?.jktNote && <p className="text-sm text-slate-600 dark:text-slate-400">{lists.jktNote}</p>}
      {lists?.jkt && (
        <ol aria-label={t('learn.jktThumbprintStepByStep')} className="flex flex-col gap-3">
          {lists.jkt.map((s, i) => <StepItem key={s.id} step={s} number={i + 1} hex={hex} />)}
        </ol>
      )}
    </section>
  );
}
