import { echo } from '../../jose/index.ts';
import type { PartySummary } from './view.ts';

/** The signatures of a JWS JSON serialization, or the recipients of a JWE one. */
export function Parties({ kind, parties, used }: { kind: 'signature' | 'recipient'; parties: PartySummary[]; used?: number }) {
  return (
    <ol aria-label={kind === 'signature' ? 'Signatures' : 'Recipients'} className="flex flex-col gap-1 text-sm">
      {parties.map((p) => (
        <li key={p.index} className={`rounded border px-2 py-1 ${used === p.index ? 'border-emerald-500 bg-emerald-50 dark:border-emerald-600 dark:bg-emerald-950' : 'border-slate-300 dark:border-slate-700'}`}>
          <span className="font-medium">
            {kind === 'signature' ? 'Signature' : 'Recipient'} {p.index + 1}
          </span>
          {': '}
          <code className="mono">{p.alg ?? '(no alg)'}</code>
          {p.kid !== undefined && (
            <>
              {', kid '}
              <code className="mono">{echo(p.kid, 80)}</code>
            </>
          )}
          {`, ${p.size} bytes${kind === 'signature' ? ' of signature' : ' of encrypted key'}`}
          {used === p.index && <strong>{kind === 'signature' ? ' — this one verified' : ' — this one opened it'}</strong>}
        </li>
      ))}
    </ol>
  );
}
