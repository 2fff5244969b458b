import type { ClaimRow } from './claimTree.ts';
import { useT } from '../../../lib/i18n/index.ts';

/**
 * The claims as a tree of check boxes, one per object member and array element, each named by its
 * pointer ("Disclosable /address/region"). Checking a member inside a checked one makes it recursive.
 */
export function DisclosableClaims({ rows, chosen, onToggle }: { rows: readonly ClaimRow[]; chosen: readonly string[]; onToggle: (pointer: string, on: boolean) => void }) {
  const t = useT();
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('encode.theClaimsHaveNoMembers')}</p>;
  const set = new Set(chosen);
  return (
    <fieldset className="flex flex-col gap-0.5">
      <legend className="text-sm font-medium">{t('encode.makeDisclosableTheRestStays')}</legend>
      <ul aria-label={t('encode.claimsTree')} className="flex flex-col gap-0.5 text-sm">
        {rows.map((row) => (
          <li key={row.pointer} style={{ paddingLeft: `${row.depth * 1.25}rem` }}>
            <label className={`flex flex-wrap items-baseline gap-1 ${row.blocked ? 'text-slate-500' : ''}`}>
              <input
                type="checkbox"
                aria-label={t('encode.sd.disclosable', { pointer: row.pointer })}
                checked={set.has(row.pointer)}
                disabled={row.blocked !== undefined}
                onChange={(e) => onToggle(row.pointer, e.target.checked)}
              />
              <span className="mono font-semibold">{row.label}</span>
              <span className="mono break-all text-slate-600 dark:text-slate-400">{row.size ? t(row.size.kind === 'array' ? 'encode.sd.arrayOf' : 'encode.sd.objectOf', { n: row.size.n }) : row.preview}</span>
              {row.blocked && <span className="text-xs">{t('encode.sd.staysVisible', { why: row.pointer === '/cnf' ? 'cnf' : 'reserved' })}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
