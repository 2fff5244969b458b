import { memo } from 'react';
import type { JsonObject } from '../../../jose/index.ts';
import { explainHeaderParam, loadExplainTexts } from '../data/explain.ts';
import { RfcLink } from '../../../components/RfcLink.tsx';
import { useContentLocale, useT } from '../../../lib/i18n/index.ts';

/** Each header parameter with what it means and the RFC section that defines it. */
export const HeaderParams = memo(function HeaderParams({ header, sources }: { header: JsonObject; sources: Record<string, string> }) {
  const t = useT();
  const locale = useContentLocale(loadExplainTexts);
  const rows = Object.keys(header).map((name) => explainHeaderParam(name, header[name], sources[name], locale));
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm" aria-label={t('decode.headerParams')}>
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
