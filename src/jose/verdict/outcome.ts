/** The verdict for a token that verified or decrypted, with its caveats (expired, another kid) first. */
import type { JoseKey } from '../jwk/types.ts';
import type { JsonObject } from '../lib/json.ts';
import { kidCaveat, timeCaveat, withCaveats, type VerdictOptions } from './caveats.ts';
import { keyWords } from './keys.ts';
import type { Verdict } from './words.ts';

function caveatsOf(r: { claims?: JsonObject | undefined; header?: JsonObject | undefined; key: JoseKey }, options: VerdictOptions): (string | undefined)[] {
  return options.caveats === false ? [] : [timeCaveat(r.claims, options), kidCaveat(r.header, r.key)];
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
  r: { alg: string; signatureIndex: number; key: JoseKey; claims?: JsonObject | undefined; header?: JsonObject | undefined },
  options: VerdictOptions = {},
): Verdict {
  const which = r.signatureIndex > 0 || options.json ? ` (signature ${r.signatureIndex + 1})` : '';
  return { status: 'Signature verified', reason: withCaveats(caveatsOf(r, options), `${r.alg} signature${which} checked with ${keyWords(r.key)}`) };
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
  return { status: 'Decrypted', reason: withCaveats(caveatsOf(r, options), `${alg} + ${enc}${which} opened with ${keyWords(r.key)}`) };
}
