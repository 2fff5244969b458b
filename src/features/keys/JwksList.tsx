import { CopyButton } from '../../components/CopyButton.tsx';
import { titleText, type KeyView } from './keyReport.ts';
import { useT } from '../../lib/i18n/index.ts';

/** The keys of a JWKS, one row each; choosing a row shows that key below. */
export function JwksList({ views, selected, onSelect, publicJwks }: { views: KeyView[]; selected: number; onSelect: (index: number) => void; publicJwks?: string | undefined }) {
  const t = useT();
  return (
    <section aria-label={t('keys.keySet')} className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">
          {t('keys.jwksWith', { n: views.length })}
        </h2>
        {publicJwks && <CopyButton text={publicJwks} label={t('keys.copyPublicJwks')} />}
      </div>
      {/* A narrow screen scrolls the table, not the page. */}
      <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-slate-600 dark:text-slate-400">
          <tr>
            <th className="py-1 font-medium">#</th>
            <th className="py-1 font-medium">kid</th>
            <th className="py-1 font-medium">{t('keys.col.key')}</th>
            <th className="py-1 font-medium">alg / use</th>
            <th className="py-1">
              <span className="sr-only">{t('keys.col.show')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {views.map((v, i) => (
            <tr key={i} className={`border-t border-slate-200 dark:border-slate-800 ${i === selected ? 'bg-sky-50 dark:bg-sky-950' : ''}`}>
              <td className="py-1">{i + 1}</td>
              <td className="mono max-w-[7rem] truncate py-1 sm:max-w-[12rem]" title={v.kid}>
                {v.kid ?? '—'}
              </td>
              <td className="py-1">{titleText(v.key, t)}</td>
              <td className="mono py-1">{[v.alg, v.use].filter(Boolean).join(' / ') || '—'}</td>
              <td className="py-1 text-right">
                <button
                  type="button"
                  aria-pressed={i === selected}
                  onClick={() => onSelect(i)}
                  className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 aria-pressed:bg-sky-600 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800"
                >
                  {t('keys.showKey', { n: i + 1 })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
