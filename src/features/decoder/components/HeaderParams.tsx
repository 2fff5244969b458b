import { memo } from 'react';
import type { JsonObject } from '../../../jose/index.ts';
import { explainHeaderParam } from '../data/explain.ts';
import { RfcLink } from '../../../components/RfcLink.tsx';

/** Each header parameter with what it means and the RFC section that defines it. */
export const HeaderParams = memo(function HeaderParams({ header, sources }: { header: JsonObject; sources: Record<string, string> }) {
  const rows = Object.keys(header).map((name) => explainHeaderParam(name, header[name], sources[name]));
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm" aria-label="Header parameters">
      {rows.map((r) => (
        <div key={r.name} className="contents">
          <dt>
            <code className="mono font-semibold">{r.name}</code>
          </dt>
          <dd className="min-w-0">
            <code className="mono break-all">{r.value.length > 200 ? `${r.value.slice(0, 200)}…` : r.value}</code>
            <span className="block text-xs text-slate-700 dark:text-slate-300">
              <span className="font-medium">{r.label}.</span> {r.meaning}
              <RfcLink refTo={r.ref} />
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
});
