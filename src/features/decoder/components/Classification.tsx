import type { DecodedView } from '../logic/view.ts';

const BADGE = {
  JWS: { text: 'JWS', className: 'bg-sky-700 text-white dark:bg-sky-600' },
  JWE: { text: 'JWE', className: 'bg-violet-700 text-white dark:bg-violet-600' },
  unsecured: { text: 'Unsecured JWS', className: 'bg-red-700 text-white dark:bg-red-600' },
  unknown: { text: 'Unknown', className: 'bg-slate-600 text-white' },
  'not-a-token': { text: 'Not a token', className: 'bg-slate-600 text-white' },
  'SD-JWT': { text: 'SD-JWT', className: 'bg-teal-700 text-white dark:bg-teal-600' },
} as const;

const SERIALIZATION = { compact: 'compact serialization', 'json-general': 'general JSON serialization', 'json-flattened': 'flattened JSON serialization' } as const;

/** The badge says what the token is; the reason beside it says why (RFC 7516 §9). */
export function Classification({ view }: { view: DecodedView }) {
  const badge = BADGE[view.kind];
  const parties = view.signatures && view.serialization !== 'compact' ? `, ${view.signatures.length} signature${view.signatures.length === 1 ? '' : 's'}` : view.recipients && view.serialization !== 'compact' ? `, ${view.recipients.length} recipient${view.recipients.length === 1 ? '' : 's'}` : '';
  return (
    <div className="flex flex-wrap items-baseline gap-2">
      <span className={`rounded px-2 py-0.5 text-sm font-bold tracking-wide ${badge.className}`} aria-describedby="classification-reason">
        {badge.text}
      </span>
      {view.serialization && (
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {SERIALIZATION[view.serialization]}
          {parties}
        </span>
      )}
      <span id="classification-reason" className="basis-full text-xs text-slate-700 dark:text-slate-300">
        {view.reason}
      </span>
    </div>
  );
}
