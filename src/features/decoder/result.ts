/**
 * The words of the Result status. The sentences themselves live in the engine (src/jose/verdict/),
 * shared with the `jose-lab` command line; this file keeps the names the decoder uses and decides
 * which verdict the screen shows for its current state.
 */
import { keyRequired, malformed, unsecured, failure, type JsonObject, type Verdict, type VerdictStatus } from '../../jose/index.ts';

export {
  VERDICT_STATUSES as STATUSES, isGood, keyNeeded, keyRequired, malformed, unsecured, failure, statusLine,
} from '../../jose/index.ts';
export type { FailureInput } from '../../jose/index.ts';
export type ResultStatus = VerdictStatus;
export type ResultText = Verdict;

export interface VerdictInput {
  view?: {
    kind: string;
    wellFormed: boolean;
    header?: JsonObject;
    problems: { message: string; offset: number; blocking: boolean }[];
    reason: string;
  };
  /** The view belongs to older text (still decoding). */
  stale: boolean;
  hasKey: boolean;
  check: { outcome?: ResultText; pending: boolean; error?: string };
}

/** What the Result status says now; `status` undefined only while work for this very input runs. */
export function verdict(v: VerdictInput): ResultText | { status: undefined; reason: string } {
  const view = v.view;
  if (!view || v.stale) return { status: undefined, reason: 'Reading the token…' };
  if (view.kind === 'not-a-token' && view.problems[0]?.message === 'The token is empty') {
    return malformed('There is no token yet: paste a JWT, JWS or JWE in Token, or pick an example');
  }
  if (view.kind === 'unsecured' && view.wellFormed) return unsecured();
  if (!view.wellFormed) {
    const p = view.problems.find((x) => x.blocking) ?? view.problems[0];
    return p ? malformed(p.message, p.offset) : malformed(view.reason || 'This is not a JWS or JWE serialization');
  }
  const kind = view.kind === 'JWE' ? 'JWE' : 'JWS';
  if (!v.hasKey) return keyRequired(kind, view.header);
  if (v.check.outcome) return v.check.outcome;
  if (v.check.error) return failure({ kind, code: 'ERR_INTERNAL', message: `The check could not run: ${v.check.error}` });
  return { status: undefined, reason: kind === 'JWS' ? 'Checking the signature…' : 'Decrypting…' };
}
