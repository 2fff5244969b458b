/**
 * The OpenID Connect half hash: at_hash, c_hash (Core §3.1.3.6, §3.3.2.11) and FAPI's s_hash —
 * base64url of the left-most half of the hash of the value's ASCII octets, the hash being the one
 * the ID token's "alg" uses. EdDSA has no separate hash, so as oauth4webapi and the OpenID
 * Foundation's conformance suite do, Ed25519 takes SHA-512 and Ed448 SHAKE256 with 114 bytes out.
 */
import { shake256 } from '@noble/hashes/sha3.js';
import { base64urlEncode } from '../lib/base64url.ts';
import { utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, echo } from '../lib/errors.ts';

/** The hash a half hash uses: SHA-2 by the alg's size, SHAKE256 (114-byte output) for Ed448. */
export type HalfHashName = 'SHA-256' | 'SHA-384' | 'SHA-512' | 'SHAKE256';

/** A half hash and how it was made, step by step (for the Learn screen). */
export interface HalfHash {
  alg: string;
  hash: HalfHashName;
  /** The whole hash of the value. */
  digest: Bytes;
  /** Its left-most half. */
  half: Bytes;
  /** base64url(half): what at_hash / c_hash / s_hash must equal. */
  value: string;
  /** Why this hash, for the Learn screen: "ES384 uses SHA-384". */
  reason: string;
}

/** The hash an alg names for the half hash, or undefined when there is none. */
function hashFor(alg: string, crv: string | undefined): { hash: HalfHashName; reason: string } | undefined {
  if (alg === 'EdDSA') {
    if (crv === 'Ed25519') return { hash: 'SHA-512', reason: 'EdDSA with Ed25519 uses SHA-512 (the hash inside Ed25519)' };
    if (crv === 'Ed448') return { hash: 'SHAKE256', reason: 'EdDSA with Ed448 uses SHAKE256 with a 114-byte output (the hash inside Ed448)' };
    return undefined;
  }
  if (alg === 'Ed25519') return { hash: 'SHA-512', reason: 'Ed25519 uses SHA-512 (the hash inside Ed25519)' };
  if (alg === 'Ed448') return { hash: 'SHAKE256', reason: 'Ed448 uses SHAKE256 with a 114-byte output (the hash inside Ed448)' };
  const m = /^(?:HS|RS|PS|ES)(256|384|512)K?$/.exec(alg);
  if (!m || (alg.endsWith('K') && m[1] !== '256')) return undefined;
  const hash = `SHA-${m[1]}` as HalfHashName;
  return { hash, reason: `${alg} uses ${hash}` };
}

/**
 * Computes the half hash of `value` (an access token, a code, a state) for an ID token signed with
 * `alg`. For "EdDSA" the curve decides the hash: pass `crv`. Throws ERR_ALG_UNSUPPORTED when the
 * alg names no hash (none, ML-DSA, an unknown alg, EdDSA without a curve).
 *
 * @example
 * (await halfHash('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'RS256')).value // '77QmUPtjPfzWtF2AnpK9RQ'
 */
export async function halfHash(value: string, alg: string, options: { crv?: string } = {}): Promise<HalfHash> {
  if (typeof value !== 'string') throw new TypeError('halfHash needs the value as a string');
  const chosen = hashFor(alg, options.crv);
  if (!chosen) {
    const why = alg === 'EdDSA' ? 'for "EdDSA" the curve (Ed25519 or Ed448) decides the hash, and it is not known' : `the alg ${echo(alg)} names no hash for it`;
    throw new JoseError('ERR_ALG_UNSUPPORTED', `No at_hash / c_hash can be computed: ${why}`, { segment: 'header', details: { alg } });
  }
  const octets = utf8Encode(value);
  const digest = chosen.hash === 'SHAKE256' ? (shake256(octets, { dkLen: 114 }) as Bytes) : new Uint8Array(await crypto.subtle.digest(chosen.hash, octets));
  const half = digest.slice(0, digest.length / 2);
  return { alg, hash: chosen.hash, digest, half, value: base64urlEncode(half), reason: chosen.reason };
}
