import { echo } from '../../../jose/index.ts';
import type { PartyState, PartyVerdict } from '../logic/parties.ts';
import type { PartySummary } from '../logic/view.ts';
import { useT, type MessageId } from '../../../lib/i18n/index.ts';
import { useOtherLanguage } from '../hooks/useOtherLanguage.ts';

const STATE: Record<PartyState, { words: MessageId; className: string }> = {
  verified: { words: 'decode.party.verified', className: 'border-emerald-500 bg-emerald-50 dark:border-emerald-600 dark:bg-emerald-950' },
  decrypted: { words: 'decode.party.decrypted', className: 'border-emerald-500 bg-emerald-50 dark:border-emerald-600 dark:bg-emerald-950' },
  invalid: { words: 'decode.party.invalid', className: 'border-red-500 bg-red-50 dark:border-red-600 dark:bg-red-950' },
  failed: { words: 'decode.party.failed', className: 'border-red-500 bg-red-50 dark:border-red-600 dark:bg-red-950' },
  'not-checked': { words: 'decode.party.notChecked', className: 'border-slate-300 dark:border-slate-700' },
  unsecured: { words: 'decode.party.unsecured', className: 'border-amber-500 bg-amber-50 dark:border-amber-500 dark:bg-amber-950' },
};

export interface PartiesProps {
  kind: 'signature' | 'recipient';
  parties: PartySummary[];
  /** The verdict of each, once a key was tried. */
  verdicts?: PartyVerdict[];
  /** The one whose header the Header panel shows. */
  selected: number;
  onSelect: (index: number) => void;
}

/**
 * The signatures of a JWS JSON serialization, or the recipients of a JWE one: each with its verdict
 * for the key given, and a button that shows its header in the Header panel.
 */
export function Parties({ kind, parties, verdicts, selected, onSelect }: PartiesProps) {
  const t = useT();
  const { locale, wording } = useOtherLanguage();
  const reasonOf = (v: PartyVerdict) => (wording ? wording.partyText(v.words, t, locale) : v.reason);
  return (
    <ol aria-label={t(kind === 'signature' ? 'decode.party.signatures' : 'decode.party.recipients')} className="flex flex-col gap-1 text-sm">
      {parties.map((p) => {
        const v = verdicts?.find((x) => x.index === p.index);
        const look = v ? STATE[v.state] : undefined;
        return (
          <li key={p.index} className={`flex flex-wrap items-baseline gap-x-2 rounded border px-2 py-1 ${look?.className ?? 'border-slate-300 dark:border-slate-700'}`}>
            <span className="min-w-0 flex-1">
              <span className="font-medium">
                {t('decode.party.name', { kind, n: p.index + 1 })}
              </span>
              {': '}
              <code className="mono">{p.alg ?? t('decode.party.noAlg')}</code>
              {p.kid !== undefined && (
                <>
                  {', kid '}
                  <code className="mono break-all">{echo(p.kid, 80)}</code>
                </>
              )}
              {t('decode.party.size', { kind, n: p.size })}
              {v && (
                <>
                  {' — '}
                  <strong>{t(look!.words)}</strong>: {reasonOf(v)}
                </>
              )}
            </span>
            {parties.length > 1 && (
            <button
              type="button"
              aria-pressed={selected === p.index}
              aria-label={t('decode.party.show', { kind, n: p.index + 1 })}
              onClick={() => onSelect(p.index)}
              className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 aria-pressed:bg-sky-700 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-600"
            >
              {t(selected === p.index ? 'decode.party.shown' : 'decode.party.showHeader')}
            </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
