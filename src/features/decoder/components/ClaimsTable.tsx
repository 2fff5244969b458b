import { memo } from 'react';
import type { JsonObject } from '../../../jose/index.ts';
import { explainClaim, loadExplainTexts } from '../data/explain.ts';
import { Timeline } from './Timeline.tsx';
import { RfcLink } from '../../../components/RfcLink.tsx';
import { useContentLocale, useT } from '../../../lib/i18n/index.ts';

/** A table row per claim up to this many: a payload with half a million members would freeze the page. */
const CLAIM_ROWS = 500;

/**
 * Every claim of the payload (up to CLAIM_ROWS): its name, what it means (registered claims and the common public
 * ones named, with the RFC), the value as written, and for times UTC, local and relative.
 */
export const ClaimsTable = memo(function ClaimsTable({ claims, sources, now, total }: { claims: JsonObject; sources: Record<string, string>; now: number; total?: number | undefined }) {
  const t = useT();
  const names = Object.keys(claims);
  const count = total ?? names.length;
  const locale = useContentLocale(loadExplainTexts);
  const rows = names.slice(0, CLAIM_ROWS).map((name) => explainClaim(name, claims[name], now, sources[name], undefined, locale));
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('decode.claims.empty')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <Timeline claims={claims} now={now} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" aria-label={t('decode.claims.table')}>
          <thead>
            <tr className="border-b border-slate-300 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" className="py-1 pr-2">{t('decode.claims.claim')}</th>
              <th scope="col" className="py-1 pr-2">{t('decode.claims.value')}</th>
              <th scope="col" className="py-1">{t('decode.claims.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-1 pr-2 font-normal">
                  <code className="mono font-semibold">{r.name}</code>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{r.label}</span>
                </th>
                <td className="mono max-w-[18rem] py-1 pr-2 break-all">
                  {/* A NumericDate stays whole (break-all would split its digits on a phone); long strings still break anywhere. */}
                  {r.time ? <span className="whitespace-nowrap">{r.value}</span> : r.value.length > 300 ? t('decode.claims.characters', { text: r.value.slice(0, 300), n: r.value.length }) : r.value}
                  {r.time && (
                    <span className="mt-0.5 block font-sans text-xs break-normal">
                      <span className="block">{r.time.utc}</span>
                      <span className="block text-slate-600 dark:text-slate-400">{r.time.local}</span>
                      <strong className="block">{r.time.phrase}</strong>
                    </span>
                  )}
                </td>
                <td className="py-1 text-xs">
                  {r.meaning}
                  <RfcLink refTo={r.ref} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {count > rows.length && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The first {rows.length.toLocaleString('en')} of {count.toLocaleString('en')} claims are explained here; the Payload view shows every one.
        </p>
      )}
    </div>
  );
});
