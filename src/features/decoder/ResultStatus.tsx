import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon.tsx';
import { isGood, type ResultStatus as Status } from './result.ts';

const LOOK: Record<Status | 'pending', string> = {
  'Signature verified': 'border-emerald-500 bg-emerald-50 text-emerald-950 dark:border-emerald-600 dark:bg-emerald-950 dark:text-emerald-100',
  Decrypted: 'border-emerald-500 bg-emerald-50 text-emerald-950 dark:border-emerald-600 dark:bg-emerald-950 dark:text-emerald-100',
  'Invalid signature': 'border-red-500 bg-red-50 text-red-950 dark:border-red-600 dark:bg-red-950 dark:text-red-100',
  'Decryption failed': 'border-red-500 bg-red-50 text-red-950 dark:border-red-600 dark:bg-red-950 dark:text-red-100',
  'Malformed token': 'border-red-500 bg-red-50 text-red-950 dark:border-red-600 dark:bg-red-950 dark:text-red-100',
  'Key required': 'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100',
  'Unsecured JWS': 'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100',
  pending: 'border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200',
};

/**
 * The one status of the screen: exactly one verdict, then the precise reason. Polite live region,
 * so a screen reader hears the new verdict when the key or token changes.
 */
export function ResultStatus({ status, reason, children }: { status: Status | undefined; reason: string; children?: ReactNode }) {
  const icon = status === undefined ? 'pending' : isGood(status) ? 'check' : status === 'Key required' ? 'key' : 'cross';
  return (
    <div className={`rounded-md border-l-4 px-3 py-2 ${LOOK[status ?? 'pending']}`}>
      <div className="flex items-baseline gap-1 text-sm">
        {/* Outside the status element, whose text starts with the verdict itself. */}
        <Icon name={icon} className="self-center" />
        <div role="status" aria-label="Result" aria-live="polite" aria-atomic="true">
          {status !== undefined && <strong className="text-base font-semibold">{status}</strong>}
          {status !== undefined ? ' — ' : ''}
          <span className="break-words">{reason}</span>
        </div>
      </div>
      {children}
    </div>
  );
}
