import { useMemo } from 'react';
import { CopyButton } from '../../components/CopyButton.tsx';
import { FindingsList } from '../../components/FindingsList.tsx';
import { SegmentLegend, SegmentedToken } from '../../components/SegmentedToken.tsx';
import { inspect, type Finding } from '../../jose/index.ts';
import type { EncodeResult } from './encode.ts';
import { buttonClass } from '../../components/Select.tsx';
import { useContentLocale, useT } from '../../lib/i18n/index.ts';
import { loadEngineWords } from '../../lib/i18n/engine-words.ts';
import { say, sayValue } from '../../lib/i18n/words.ts';

const STATUS_TEXT = { Signed: 'encode.status.signed', Encrypted: 'encode.status.encrypted', Unsecured: 'encode.status.unsecured' } as const;

/**
 * The result: one status ("Encode result"), the token in its segment colours (region "Encoded
 * token", nothing but the token in it), its length and the actions.
 */
export function OutputPanel({
  result,
  pending,
  findings,
  onOpenInDecode,
  onExplain,
}: {
  result: EncodeResult | undefined;
  pending: boolean;
  findings: Finding[];
  onOpenInDecode: () => void;
  onExplain: (() => void) | undefined;
}) {
  const t = useT();
  // The reasons quote the engine's errors, worded by their code once the Spanish wording is in.
  const locale = useContentLocale(loadEngineWords);
  const token = !pending && result?.ok ? result.token : '';
  const inspected = useMemo(() => (token ? inspect(token) : undefined), [token]);
  const status = pending || !result ? t('encode.status.encoding') : result.ok ? t(STATUS_TEXT[result.status]) : String(sayValue(result.reasonWords, t, locale));
  const ok = !pending && result?.ok;
  return (
    <div className="flex flex-col gap-2">
      <p
        role="status"
        aria-label={t('encode.encodeResult')}
        data-tone={ok ? 'good' : pending ? 'pending' : result && !result.ok && result.waiting ? 'prompt' : 'bad'}
        className={`rounded-md px-2 py-1 text-sm font-medium ${
          ok ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' : pending || (result && !result.ok && result.waiting) ? 'bg-slate-100 text-slate-700 dark:bg-slate-900 dark:text-slate-300' : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200'
        }`}
      >
        {status}
      </p>
      <section
        role="region"
        aria-label={t('encode.encodedToken')}
        aria-busy={pending}
        className="min-h-24 rounded-md border border-slate-300 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {inspected ? <SegmentedToken result={inspected} /> : null}
      </section>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600 dark:text-slate-400">
          {token ? t('encode.characters', { n: String(token.length) }) : t('encode.noToken')}
        </span>
        <CopyButton text={token} label={t('encode.copyToken')} className="!text-sm" />
        <button type="button" className={buttonClass} disabled={!token} onClick={onOpenInDecode}>
          {t('encode.openInDecode')}
        </button>
        {onExplain && (
          <button type="button" className={buttonClass} disabled={!token} onClick={onExplain}>
            {t('encode.explainInLearn')}
          </button>
        )}
      </div>
      {inspected && <SegmentLegend result={inspected} />}
      {ok && result?.ok && result.notes.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
          {result.noteWords.map((n, i) => (
            <li key={result.notes[i]}>{say(n, t, locale)}</li>
          ))}
        </ul>
      )}
      <FindingsList findings={findings} label={t('encode.encoderFindings')} />
    </div>
  );
}
