import { Icon } from '../../../components/Icon.tsx';
import type { KeyBindingCheck } from '../../../jose/index.ts';
import { segmentStyle } from '../../../components/segmentStyle.ts';
import type { SdJwtReport } from './report.ts';
import { useT } from '../../../lib/i18n/index.ts';

const seg = segmentStyle('kb_jwt');

const STATUS = {
  ok: { icon: 'check', word: 'passed', look: 'text-emerald-800 dark:text-emerald-300' },
  failed: { icon: 'cross', word: 'failed', look: 'text-red-800 dark:text-red-300' },
  'not-checked': { icon: 'pending', word: 'not compared', look: 'text-slate-600 dark:text-slate-400' },
} as const;

const NAMES: Record<KeyBindingCheck['id'], string> = {
  key: 'Holder key (cnf)',
  alg: 'Algorithm',
  signature: 'Signature',
  typ: 'typ is kb+jwt',
  iat: 'Issued at (iat)',
  aud: 'Audience (aud)',
  nonce: 'Nonce',
  sd_hash: 'sd_hash',
};

/** The Key Binding JWT's checks one by one (RFC 9901 §7.3 step 5), in the RFC's order. */
export function KeyBindingChecks({ kb }: { kb: NonNullable<SdJwtReport['kb']> }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-1 text-sm">
      <h3 className={`font-semibold ${seg.text} ${seg.underline}`}>Key Binding JWT</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        sd_hash of the presentation: <code className="mono break-all">{kb.sdHash}</code>
      </p>
      <ol aria-label={t('decodep.keyBindingJwtChecks')} className="flex flex-col gap-0.5">
        {kb.checks.map((c) => {
          const s = STATUS[c.status];
          return (
            <li key={c.id} className={s.look}>
              <Icon name={s.icon} className="mr-1" />
              <span className="font-semibold">{NAMES[c.id]}</span>: {s.word}. <span className="break-words">{c.message}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
