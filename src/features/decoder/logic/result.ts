/**
 * The words of the Result status. The sentences themselves live in the engine (src/jose/verdict/),
 * shared with the `jose-lab` command line; this file keeps the names the decoder uses, decides
 * which verdict the screen shows for its current state, adds the caveats that depend on the
 * ticking clock, and gives each verdict a tone for its look.
 */
import {
  isGood, keyRequired, kidCaveat, malformed, timeCaveat, unsecured, failure, withCaveats,
  type JsonObject, type Verdict as EngineVerdict, type VerdictStatus,
} from '../../../jose/index.ts';
import { timeCaveatFacts, type Caveat, type OutcomeFacts, type VerdictWords } from '../../../lib/i18n/verdict-core.ts';

export {
  VERDICT_STATUSES as STATUSES, isGood, keyNeeded, keyRequired, malformed, unsecured, failure, statusLine,
} from '../../../jose/index.ts';
export type { FailureInput } from '../../../jose/index.ts';
export type ResultStatus = VerdictStatus;
export type ResultText = EngineVerdict;

/**
 * How the status looks: good (green), warning (amber: a good check with a "but", a key to give, an
 * unsecured token), bad (red), pending (work under way) or prompt (an empty screen: nothing is wrong).
 */
export type Tone = 'good' | 'warning' | 'bad' | 'pending' | 'prompt';

/** `words`: what the reason is made of, so the Result can say it in the person's language (src/lib/i18n/verdict.ts). */
export type Verdict = ((ResultText & { tone: Tone }) | { status: undefined; reason: string; tone: 'pending' | 'prompt' }) & { words?: VerdictWords };

function toneOf(status: ResultStatus): Tone {
  if (isGood(status)) return 'good';
  return status === 'Key required' || status === 'Unsecured JWS' ? 'warning' : 'bad';
}

export const EMPTY_PROMPT = 'Paste a JWT, JWS or JWE in Token (or load an example) to see what it is, what it says and whether your key verifies it';

/** "none" in any casing: a JWS with no signature, whatever a library makes of the casing. */
export function isUnsecuredAlg(alg: unknown): boolean {
  return typeof alg === 'string' && alg.toLowerCase() === 'none';
}

/** A JWS none of whose signatures is one: "alg" "none" (in any casing) on each. */
export function isUnsecuredToken(view: { structure?: 'JWS' | 'JWE'; header?: JsonObject; signatures?: { alg?: string }[] }): boolean {
  if (view.structure !== 'JWS') return false;
  const algs = view.signatures?.length ? view.signatures.map((s) => s.alg) : [view.header?.alg];
  return algs.every(isUnsecuredAlg);
}

/** The token's "kid" and the one of the key that verified or decrypted, when they differ. */
export interface KidPair {
  token: string;
  key: string;
}

export interface VerdictInput {
  view?: {
    kind: string;
    /** JWS or JWE by its structure (segments, JSON members), even when "alg" is unknown. */
    structure?: 'JWS' | 'JWE';
    wellFormed: boolean;
    header?: JsonObject;
    problems: { code: string; message: string; offset: number; blocking: boolean }[];
    reason: string;
  };
  /** The view belongs to older text (still decoding). */
  stale: boolean;
  hasKey: boolean;
  /** Every signature of the token says "alg": "none" (a lone one, or all of a JSON serialization's). */
  unsecured?: boolean;
  /** A good outcome's reason comes without caveats (the worker's check has no clock that ticks). */
  check: { outcome?: ResultText & { kids?: KidPair; facts?: OutcomeFacts }; pending: boolean; error?: string };
  /** The claims the check confirmed (a JWS's payload, a JWE's plaintext) and the clock, for "— but it expired". */
  claims?: JsonObject;
  now?: number;
}

/** A good check says first what still makes the token unusable: expired, not yet valid, another kid. */
function withCaveatsNow(outcome: ResultText & { kids?: KidPair; facts?: OutcomeFacts }, claims: JsonObject | undefined, now: number | undefined): Verdict {
  const caveats = [
    now === undefined ? undefined : timeCaveat(claims, { now }),
    outcome.kids ? kidCaveat({ kid: outcome.kids.token }, { kid: outcome.kids.key }) : undefined,
  ];
  const reason = withCaveats(caveats, outcome.reason);
  const facts: Caveat[] = [];
  const time = now === undefined ? undefined : timeCaveatFacts(claims, now);
  if (time) facts.push(time);
  if (caveats[1] !== undefined && outcome.kids) facts.push({ kind: 'kid', token: outcome.kids.token, key: outcome.kids.key });
  const words: VerdictWords = { kind: 'outcome', ...(outcome.facts ? { facts: outcome.facts } : {}), caveats: facts };
  return { status: outcome.status, reason, tone: reason === outcome.reason ? 'good' : 'warning', words };
}

const toned = (r: ResultText, words?: VerdictWords): Verdict => ({ ...r, tone: toneOf(r.status), ...(words ? { words } : {}) });

/** What the Result status says now; `status` undefined while work for this very input runs, or on an empty screen. */
export function verdict(v: VerdictInput): Verdict {
  const view = v.view;
  if (!view || v.stale) return { status: undefined, reason: 'Reading the token…', tone: 'pending', words: { kind: 'reading' } };
  if (view.kind === 'not-a-token' && view.problems[0]?.code === 'EMPTY') return { status: undefined, reason: EMPTY_PROMPT, tone: 'prompt', words: { kind: 'empty' } };
  if (v.unsecured && view.wellFormed) return toned(unsecured(view.header?.alg), { kind: 'unsecured', alg: view.header?.alg });
  if (!view.wellFormed) {
    const p = view.problems.find((x) => x.blocking) ?? view.problems[0];
    const message = p ? p.message : view.reason || 'This is not a JWS or JWE serialization';
    return toned(p ? malformed(p.message, p.offset) : malformed(message), { kind: 'malformed', message, ...(p ? { offset: p.offset, problem: p } : {}) });
  }
  const kind = view.structure ?? (view.kind === 'JWE' ? 'JWE' : 'JWS');
  if (!v.hasKey) return toned(keyRequired(kind, view.header), { kind: 'keyRequired', jwe: kind === 'JWE', header: view.header });
  const outcome = v.check.outcome;
  if (outcome) return isGood(outcome.status) ? withCaveatsNow(outcome, v.claims, v.now) : toned(outcome, { kind: 'outcome', ...(outcome.facts ? { facts: outcome.facts } : {}), caveats: [] });
  if (v.check.error) return toned(failure({ kind, code: 'ERR_INTERNAL', message: `The check could not run: ${v.check.error}` }), { kind: 'checkError', error: v.check.error });
  return { status: undefined, reason: kind === 'JWS' ? 'Checking the signature…' : 'Decrypting…', tone: 'pending', words: { kind: 'checking', jwe: kind === 'JWE' } };
}
