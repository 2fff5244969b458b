/** The verdict for a token that verified or decrypted, with the claims' time caveat first when there is one. */
import { formatNumericDate, relativeTime } from '../claims/time.ts';
import type { JoseKey } from '../jwk/types.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { keyWords } from './keys.ts';
import type { Verdict } from './words.ts';

/** Options of verifiedVerdict, decryptedVerdict and timeCaveat. */
export interface VerdictOptions {
  /** The clock for the time caveat (Date or seconds since the epoch); default now. */
  now?: Date | number;
  /** Seconds of leeway for "exp" and "nbf"; default 0, as verify's findings. */
  clockTolerance?: number;
  /** The token is a JSON serialization: name the signature or recipient even when it is the first. */
  json?: boolean;
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

function withCaveat(caveat: string | undefined, reason: string): string {
  return caveat ? `${caveat}; ${reason}` : reason;
}

/**
 * The verdict for a JWS that verified: which alg, which signature, which key; the time caveat first.
 *
 * @example
 * const r = await verify(token, await importKey('password'));
 * verifiedVerdict(r, { now: new Date('2014-03-24') });
 * // { status: 'Signature verified', reason: 'HS256 signature checked with an 8-byte shared secret' }
 * verifiedVerdict(r);
 * // { status: 'Signature verified', reason: 'but it expired 12 years ago; HS256 signature checked with an 8-byte shared secret' }
 */
export function verifiedVerdict(
  r: { alg: string; signatureIndex: number; key: JoseKey; claims?: JsonObject | undefined },
  options: VerdictOptions = {},
): Verdict {
  const which = r.signatureIndex > 0 || options.json ? ` (signature ${r.signatureIndex + 1})` : '';
  return { status: 'Signature verified', reason: withCaveat(timeCaveat(r.claims, options), `${r.alg} signature${which} checked with ${keyWords(r.key)}`) };
}

/**
 * The verdict for a JWE that decrypted: alg + enc, which recipient, which key; the time caveat first.
 *
 * @example
 * decryptedVerdict(await decrypt(token, key));
 * // { status: 'Decrypted', reason: 'dir + A256GCM opened with a 32-byte shared secret' }
 */
export function decryptedVerdict(
  r: { header: JsonObject; recipientIndex: number; key: JoseKey; claims?: JsonObject | undefined },
  options: VerdictOptions = {},
): Verdict {
  const alg = typeof r.header.alg === 'string' ? r.header.alg : '';
  const enc = typeof r.header.enc === 'string' ? r.header.enc : '';
  const which = r.recipientIndex > 0 || options.json ? ` (recipient ${r.recipientIndex + 1})` : '';
  return { status: 'Decrypted', reason: withCaveat(timeCaveat(r.claims, options), `${alg} + ${enc}${which} opened with ${keyWords(r.key)}`) };
}
