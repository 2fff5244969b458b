import { useEffect, useMemo, useState } from 'react';
import type { JsonValue } from '../../jose/index.ts';
import { EXP_OFFSETS, TEMPLATES, dateNotes, fromUtcInput, numericDate, randomJti, type TemplateId } from './claims.ts';
import { buttonClass, selectClass, SelectField } from '../../components/Select.tsx';
import { parseObject } from './jsonText.ts';
import { useLocale, useT } from '../../lib/i18n/index.ts';

/** Buttons that set iat / exp / nbf / jti in the claims, and the templates. */
export function ClaimHelpers({ onClaim, onTemplate }: { onClaim: (name: string, value: JsonValue) => void; onTemplate: (id: TemplateId) => void }) {
  const t = useT();
  const [date, setDate] = useState('');
  const now = () => numericDate(Date.now());
  const chosen = fromUtcInput(date);
  return (
    <div className="flex flex-col gap-2 text-sm" role="group" aria-label={t('encode.claimHelpers')}>
      <div className="flex flex-wrap items-center gap-1">
        <button type="button" className={buttonClass} onClick={() => onClaim('iat', now())}>
          {t('encode.helper.iatNow')}
        </button>
        {EXP_OFFSETS.map((o) => (
          <button key={o.label} type="button" className={buttonClass} onClick={() => onClaim('exp', now() + o.seconds)}>
            {t(o.label)}
          </button>
        ))}
        <button type="button" className={buttonClass} onClick={() => onClaim('nbf', now())}>
          {t('encode.helper.nbfNow')}
        </button>
        <button type="button" className={buttonClass} onClick={() => onClaim('jti', randomJti())}>
          {t('encode.helper.randomJti')}
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <label className="flex items-center gap-1">
          <span>{t('encode.dateUtc')}</span>
          <input type="datetime-local" className={selectClass} value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="button" className={buttonClass} disabled={chosen === undefined} onClick={() => chosen !== undefined && onClaim('exp', chosen)}>
          {t('encode.setExpToDate')}
        </button>
        <button type="button" className={buttonClass} disabled={chosen === undefined} onClick={() => chosen !== undefined && onClaim('nbf', chosen)}>
          {t('encode.setNbfToDate')}
        </button>
        <SelectField<TemplateId | ''>
          label={t('encode.template')}
          labelClassName="max-w-full min-w-0 sm:ml-auto"
          className="min-w-0 flex-1"
          value=""
          onChange={(id) => id && onTemplate(id)}
          placeholder={t('encode.template.choose')}
          options={TEMPLATES.map((template) => ({ value: template.id, label: t(template.label) }))}
        />
      </div>
    </div>
  );
}

/** Each numeric date claim in UTC and relative time, with a warning when it looks like milliseconds. */
export function DateNotes({ claimsText }: { claimsText: string }) {
  const t = useT();
  const locale = useLocale();
  const nowMs = useNow();
  // Parsed once per text, not per render: a large payload must not slow typing down.
  const parsed = useMemo(() => parseObject(claimsText, 'claims'), [claimsText]);
  if (!parsed.ok) return null;
  const notes = dateNotes(parsed.value, numericDate(nowMs), locale);
  if (notes.length === 0) return null;
  return (
    <ul aria-label={t('encode.datesInTheClaims')} className="flex flex-col gap-0.5 text-sm text-slate-700 dark:text-slate-300">
      {notes.map((n) => (
        <li key={n.claim}>
          <span className="mono font-semibold">{n.claim}</span> {n.value} = {n.utc} ({n.relative})
          {n.milliseconds && <span className="text-amber-800 dark:text-amber-300">{t('encode.date.milliseconds')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The clock for relative times, ticking every 15 s so "in 5 minutes" stays true. */
function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
