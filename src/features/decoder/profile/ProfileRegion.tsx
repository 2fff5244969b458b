import { useId, useMemo, useState } from 'react';
import { PROFILE_NAMES, type JsonObject, type ProfileName } from '../../../jose/index.ts';
import { ChecksList } from './ChecksList.tsx';
import { CONTEXT_FIELDS, PROFILE_FIELDS, PROFILE_TITLES, contextOf } from './names.ts';
import { useProfileChecks } from './useProfile.ts';
import { useContentLocale, useT } from '../../../lib/i18n/index.ts';
import { checkMessage, contextFieldWords, loadProfileMessages, profileTitle } from '../../../lib/i18n/content/profile-messages.ts';
import { Select } from '../../../components/Select.tsx';

const card = 'flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900';
const input = 'w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950';

function ContextInput({ path, value, onChange }: { path: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const locale = useContentLocale(loadProfileMessages);
  const english = CONTEXT_FIELDS[path];
  if (!english) return null;
  const field = contextFieldWords(path, english, locale);
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium">{field.label}</label>
      <input id={id} className={input} value={value} placeholder={field.placeholder} spellCheck={false} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/**
 * The "Profile" region: what the token is for (detected, or chosen in "Check as profile"), and
 * every rule of that profile's spec checked one by one. Inputs for what only the person knows
 * (the nonce sent, the request URL, the access token) appear for the profile that uses them.
 */
export function ProfileRegion({ token, claims }: { token: string | undefined; claims?: JsonObject | undefined }) {
  const t = useT();
  const locale = useContentLocale(loadProfileMessages);
  const title = (name: ProfileName) => profileTitle(name, PROFILE_TITLES[name], locale);
  const selectId = useId();
  const [forced, setForced] = useState<ProfileName | ''>('');
  const [values, setValues] = useState<Record<string, string>>({});
  const request = useMemo(() => {
    if (!token) return undefined;
    return { what: 'checks' as const, token, context: { ...contextOf(values, forced || undefined), ...(claims ? { claims } : {}) } };
  }, [token, values, forced, claims]);
  const { result, error } = useProfileChecks(request);
  if (!token) return null;

  const profile = result?.profile;
  const needed = new Set<string>(profile ? PROFILE_FIELDS[profile] : []);
  for (const c of result?.checks ?? []) for (const n of c.needs ?? []) if (n in CONTEXT_FIELDS) needed.add(n);
  const s = result?.summary;
  return (
    <section aria-labelledby="profile-title" className={card}>
      <h2 id="profile-title" className="text-sm font-semibold">{t('decodep.profile')}</h2>
      {result && (
        <p className="text-sm">
          <strong>{title(result.profile)}</strong>
          <span className="text-slate-600 dark:text-slate-400"> — {result.detectedBy === 'context' ? t('decode.profile.chosen') : checkMessage({ id: 'reason', message: result.reason, code: result.reasonCode, params: result.reasonParams }, locale)}</span>
          {result.part === 'kb-jwt' ? t('decode.profile.kbChecked') : ''}
        </p>
      )}
      {result && result.candidates.length > 1 && (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          {t('decode.profile.confusion', { profiles: result.candidates.map(title).join('; ') })}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={selectId}>{t('decodep.checkAsProfile')}</label>
        <Select<ProfileName | ''>
          id={selectId}
          value={forced}
          onChange={setForced}
          placeholder={profile && !forced ? t('decode.profile.detectedAs', { profile: title(profile) }) : t('decode.profile.detected')}
          options={PROFILE_NAMES.map((name) => ({ value: name, label: title(name) }))}
        />
      </div>
      {needed.size > 0 && (
        <fieldset className="grid gap-2 sm:grid-cols-2">
          <legend className="mb-1 text-xs text-slate-600 dark:text-slate-400">{t('decodep.whatYouKnowAboutThe')}</legend>
          {[...needed].map((path) => (
            <ContextInput key={path} path={path} value={values[path] ?? ''} onChange={(v) => setValues((old) => ({ ...old, [path]: v }))} />
          ))}
        </fieldset>
      )}
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{t('decode.profile.failed', { error })}</p>}
      {s && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t('decodep.summary', { pass: s.pass, fail: s.fail, warn: s.warn, na: s.na })}
        </p>
      )}
      {result && <ChecksList checks={result.checks} label={t('decodep.profileChecks')} />}
    </section>
  );
}
