import { useId, useState } from 'react';
import { Select } from '../../../components/Select.tsx';
import { PROFILE_TEMPLATES, type ProfileTemplateId, type TemplateInputs } from './templates.ts';
import { useContentLocale, useT } from '../../../lib/i18n/index.ts';
import { loadEngineWords } from '../../../lib/i18n/engine-words.ts';
import { sayValue } from '../../../lib/i18n/words.ts';
import { EncodeProblem } from '../keyInput.ts';

const field = 'w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950';

function Input({ label, value, onChange, placeholder }: { label: string; value: string; onChange: (v: string) => void; placeholder: string }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium">{label}</label>
      <input id={id} className={field} value={value} placeholder={placeholder} spellCheck={false} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/**
 * "Profile templates": fills the header and claims with a token of a profile that passes its
 * checks — the at_hash of a pasted access token, a DPoP proof carrying the generated key, an access
 * token bound to a DPoP key. The person then signs it with the key in "Encoding key".
 */
export function ProfileTemplates({ alg, publicJwk, onApply }: { alg: string; publicJwk: string | undefined; onApply: (headerText: string, claimsText: string) => void }) {
  const t = useT();
  const locale = useContentLocale(loadEngineWords);
  const selectId = useId();
  const [id, setId] = useState<ProfileTemplateId>('id-token');
  const [accessToken, setAccessToken] = useState('');
  const [method, setMethod] = useState('POST');
  const [url, setUrl] = useState('https://rs.example/resource');
  const [bindJwk, setBindJwk] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const apply = async () => {
    const template = PROFILE_TEMPLATES.find((t) => t.id === id)!;
    const inputs: TemplateInputs = { alg, ...(publicJwk ? { publicJwk } : {}), accessToken, method, url, bindJwk, now: Math.floor(Date.now() / 1000) };
    try {
      const out = await template.make(inputs);
      onApply(JSON.stringify(out.header, null, 2), JSON.stringify(out.claims, null, 2));
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby={`${selectId}-title`} className="flex flex-col gap-2 rounded-md border border-slate-300 p-2 text-sm dark:border-slate-700">
      <h2 id={`${selectId}-title`} className="text-sm font-semibold">{t('encode.profileTemplates')}</h2>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId}>{t('encode.profileTemplate')}</label>
        <Select<ProfileTemplateId> id={selectId} value={id} onChange={setId} options={PROFILE_TEMPLATES.map((template) => ({ value: template.id, label: t(template.label) }))} />
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        {(id === 'id-token' || id === 'dpop-proof') && (
          <Input label={t(id === 'id-token' ? 'encode.profile.atHash' : 'encode.profile.ath')} value={accessToken} onChange={setAccessToken} placeholder={t(id === 'id-token' ? 'encode.profile.required' : 'encode.profile.optional')} />
        )}
        {id === 'dpop-proof' && <Input label={t('encode.proofHttpMethod')} value={method} onChange={setMethod} placeholder="POST" />}
        {id === 'dpop-proof' && <Input label={t('encode.proofUrl')} value={url} onChange={setUrl} placeholder="https://rs.example/resource" />}
        {id === 'bound-access-token' && <Input label={t('encode.dpopPublicKeyToBind')} value={bindJwk} onChange={setBindJwk} placeholder={t('encode.emptyTheGeneratedKey')} />}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {id === 'dpop-proof' ? t('encode.profile.dpopNote') : t('encode.profile.algNote', { alg })}
      </p>
      <button type="button" onClick={() => void apply()} className="self-start rounded border border-slate-400 px-3 py-1 font-medium dark:border-slate-500">{t('encode.applyProfileTemplate')}</button>
      {error !== undefined && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error instanceof EncodeProblem && error.words !== undefined ? sayValue(error.words, t, locale) : error instanceof Error ? error.message : String(error)}
        </p>
      )}
    </section>
  );
}
