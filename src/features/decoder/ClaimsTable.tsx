import { memo } from 'react';
import type { JsonObject } from '../../jose/index.ts';
import { explainClaim } from './explain.ts';
import { timelinePoints, type TimelinePoint } from '../../jose/index.ts';
import { RfcLink } from '../../components/RfcLink.tsx';

const POINT_LOOK: Record<TimelinePoint['name'], { label: string; className: string }> = {
  iat: { label: 'iat (issued)', className: 'bg-slate-500' },
  nbf: { label: 'nbf (valid from)', className: 'bg-sky-600' },
  now: { label: 'now', className: 'bg-amber-500' },
  exp: { label: 'exp (expires)', className: 'bg-red-600' },
};

/** iat -> nbf -> now -> exp on one line, spaced by time; the valid span is shaded. */
export function Timeline({ claims, now }: { claims: JsonObject; now: number }) {
  const points = timelinePoints(claims, now);
  if (!points) return null;
  const start = points.find((p) => p.name === 'nbf') ?? points.find((p) => p.name === 'iat');
  const end = points.find((p) => p.name === 'exp');
  const valid = start && end ? { left: start.position, width: Math.max(0, end.position - start.position) } : undefined;
  const order = points.map((p) => p.name).join(' → ');
  return (
    <figure className="px-3 pt-1 pb-7">
      <figcaption className="mb-2 text-xs text-slate-600 dark:text-slate-400">Timeline: {order}</figcaption>
      <div className="relative h-2 rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
        {valid && <div className="absolute inset-y-0 rounded bg-emerald-300 dark:bg-emerald-700" style={{ left: `${valid.left * 100}%`, width: `${valid.width * 100}%` }} />}
        {points.map((p, i) => (
          <div key={p.name} className="absolute top-1/2" style={{ left: `${p.position * 100}%` }}>
            <div className={`-mt-2 -ml-1.5 h-4 w-3 rounded-sm ${POINT_LOOK[p.name].className}`} />
            <div className={`absolute mt-1 text-[11px] whitespace-nowrap ${i % 2 ? 'top-4' : 'top-1'} ${p.position > 0.8 ? 'right-0' : p.position > 0.2 ? '-translate-x-1/2' : ''}`}>{POINT_LOOK[p.name].label}</div>
          </div>
        ))}
      </div>
    </figure>
  );
}

/**
 * Every claim of the payload: its name, what it means (registered claims and the common public
 * ones named, with the RFC), the value as written, and for times UTC, local and relative.
 */
export const ClaimsTable = memo(function ClaimsTable({ claims, sources, now }: { claims: JsonObject; sources: Record<string, string>; now: number }) {
  const rows = Object.keys(claims).map((name) => explainClaim(name, claims[name], now, sources[name]));
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">The claims set is empty.</p>;
  return (
    <div className="flex flex-col gap-2">
      <Timeline claims={claims} now={now} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" aria-label="Claims">
          <thead>
            <tr className="border-b border-slate-300 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" className="py-1 pr-2">Claim</th>
              <th scope="col" className="py-1 pr-2">Value</th>
              <th scope="col" className="py-1">Meaning</th>
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
                  {r.value.length > 300 ? `${r.value.slice(0, 300)}… (${r.value.length} characters)` : r.value}
                  {r.time && (
                    <span className="mt-0.5 block font-sans text-xs">
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
    </div>
  );
});
