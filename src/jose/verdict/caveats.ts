/**
 * The caveats of a good check: what still makes a verified or decrypted token unusable (expired,
 * not yet valid, checked under another kid). Apart from the verdicts themselves (./outcome.ts) so a
 * page can add them against its own clock without loading the key-describing code.
 */
import { formatNumericDate, relativeTime } from '../claims/time.ts';
import { echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

/** Options of verifiedVerdict, decryptedVerdict and timeCaveat. */
export interface VerdictOptions {
  /** The clock for the time caveat (Date or seconds since the epoch); default now. */
  now?: Date | number;
  /** Seconds of leeway for "exp" and "nbf"; default 0, as verify's findings. */
  clockTolerance?: number;
  /** The token is a JSON serialization: name the signature or recipient even when it is the first. */
  json?: boolean;
  /**
   * Put the caveats (time, kid) first in the reason; default true. A screen with a ticking clock
   * passes false and adds them itself (timeCaveat, kidCaveat, withCaveats), so they stay current.
   */
  caveats?: boolean;
}

function seconds(now: Date | number | undefined): number {
  const s = now instanceof Date ? now.getTime() / 1000 : (now ?? Date.now() / 1000);
  return Number.isFinite(s) ? s : Date.now() / 1000;
}

/**
 * What stops good crypto from meaning a good token: "but it expired 12 years ago", "but it is not
 * valid until 2030-01-01 00:00:00 UTC (in 4 years)"; undefined when "exp" and "nbf" allow it now.
 *
 * @example
 * timeCaveat({ exp: 1395674427 }, { now: new Date('2026-01-01') }); // 'but it expired 12 years ago'
 * timeCaveat({ exp: 4102444800 });                                  // undefined
 */
export function timeCaveat(claims: JsonObject | undefined, options: VerdictOptions = {}): string | undefined {
  if (!isJsonObject(claims)) return undefined;
  const now = seconds(options.now);
  const tol = Number.isFinite(options.clockTolerance) ? Math.max(0, options.clockTolerance!) : 0;
  const { exp, nbf } = claims;
  if (typeof exp === 'number' && Number.isFinite(exp) && exp <= now - tol) return `but it expired ${relativeTime(exp, now)}`;
  if (typeof nbf === 'number' && Number.isFinite(nbf) && nbf > now + tol) {
    const time = formatNumericDate(nbf, now);
    return `but it is not valid until ${time ? `${time.utc} (${time.relative})` : nbf}`;
  }
  return undefined;
}

/**
 * What a good check under another key id means: the one key given has a "kid" and the header names
 * another (a server that looks keys up by "kid" would not pick it); undefined when they agree or
 * either is missing.
 *
 * @example
 * kidCaveat({ kid: 'b' }, { kid: 'a' }); // 'but the key\'s kid "a" is not the token\'s kid "b"'
 * kidCaveat({}, { kid: 'a' });           // undefined
 */
export function kidCaveat(header: { kid?: unknown } | undefined, key: { kid?: string | undefined }): string | undefined {
  const kid = header?.kid;
  if (typeof kid !== 'string' || key.kid === undefined || key.kid === kid) return undefined;
  return `but the key's kid ${echo(key.kid)} is not the token's kid ${echo(kid)}`;
}

/**
 * A reason with its caveats first, joined in one "but …, and …" clause.
 *
 * @example
 * withCaveats(['but it expired 3 hours ago', undefined, 'but the key\'s kid "a" is not the token\'s kid "b"'], 'HS256 signature checked with …');
 * // 'but it expired 3 hours ago, and the key\'s kid "a" is not the token\'s kid "b"; HS256 signature checked with …'
 */
export function withCaveats(caveats: readonly (string | undefined)[], reason: string): string {
  const clauses = caveats.filter((c): c is string => c !== undefined).map((c) => c.replace(/^but /, ''));
  return clauses.length ? `but ${clauses.join(', and ')}; ${reason}` : reason;
}

