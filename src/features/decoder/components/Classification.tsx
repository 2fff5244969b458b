import type { DecodedView } from '../logic/view.ts';
import { useT, type MessageId } from '../../../lib/i18n/index.ts';
import { useOtherLanguage } from '../hooks/useOtherLanguage.ts';

const BADGE = {
  JWS: { text: 'JWS', className: 'bg-sky-700 text-white dark:bg-sky-600' },
  JWE: { text: 'JWE', className: 'bg-violet-700 text-white dark:bg-violet-600' },
  unsecured: { text: 'decode.badge.unsecured', className: 'bg-red-700 text-white dark:bg-red-600' },
  unknown: { text: 'decode.badge.unknown', className: 'bg-slate-600 text-white' },
  'not-a-token': { text: 'decode.badge.notToken', className: 'bg-slate-600 text-white' },
  'SD-JWT': { text: 'SD-JWT', className: 'bg-teal-700 text-white dark:bg-teal-600' },
} as const;

const SERIALIZATION = { compact: 'decode.serialization.compact', 'json-general': 'decode.serialization.general', 'json-flattened': 'decode.serialization.flattened' } as const;

/** The badge says what the token is; the reason beside it says why (RFC 7516 §9). */
export function Classification({ view }: { view: DecodedView }) {
  const t = useT();
  const { wording } = useOtherLanguage();
  const reason = wording && view.classification ? wording.classificationText(view.classification, t) : view.reason;
  const badge = BADGE[view.kind];
  const parties = view.signatures && view.serialization !== 'compact' ? t('decode.serialization.signatures', { n: view.signatures.length }) : view.recipients && view.serialization !== 'compact' ? t('decode.serialization.recipients', { n: view.recipients.length }) : '';
  return (
    <div className="flex flex-wrap items-baseline gap-2">
      <span className={`rounded px-2 py-0.5 text-sm font-bold tracking-wide ${badge.className}`} aria-describedby="classification-reason">
        {badge.text.startsWith('decode.') ? t(badge.text as MessageId) : badge.text}
      </span>
      {view.serialization && (
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {t(SERIALIZATION[view.serialization])}
          {parties}
        </span>
      )}
      <span id="classification-reason" className="basis-full text-xs text-slate-700 dark:text-slate-300">
        {reason}
      </span>
    </div>
  );
}
