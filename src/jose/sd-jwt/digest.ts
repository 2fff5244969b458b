import { base64urlEncode } from '../lib/base64url.ts';
import { utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, echo } from '../lib/errors.ts';
import type { SdAlg } from './types.ts';

/** _sd_alg names (IANA "Named Information Hash Algorithm" registry) → Web Crypto digest names. */
const WEB_CRYPTO_HASH: Readonly<Record<SdAlg, 'SHA-256' | 'SHA-384' | 'SHA-512'>> = { 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512' };

export const SD_ALGS: readonly SdAlg[] = ['sha-256', 'sha-384', 'sha-512'];

export function isSdAlg(value: unknown): value is SdAlg {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(WEB_CRYPTO_HASH, value);
}

/**
 * The _sd_alg of an Issuer-signed payload (RFC 9901 §4.1.1): absent means sha-256; a value this
 * engine does not compute, or one the caller's policy excludes, is ERR_SDJWT_SD_ALG.
 */
export function sdAlgOf(payload: { _sd_alg?: unknown }, allowed: readonly SdAlg[] = SD_ALGS): SdAlg {
  const has = Object.prototype.hasOwnProperty.call(payload, '_sd_alg');
  const value = has ? payload._sd_alg : 'sha-256';
  if (typeof value !== 'string') {
    throw new JoseError('ERR_SDJWT_SD_ALG', `"_sd_alg" must be a string naming a hash algorithm, not ${echo(value)} (RFC 9901 §4.1.1)`, { segment: 'payload', step: 'sd-alg' });
  }
  if (!isSdAlg(value)) {
    throw new JoseError('ERR_SDJWT_SD_ALG', `"_sd_alg" ${echo(value)} is not supported here (sha-256, sha-384 and sha-512 are)`, { segment: 'payload', step: 'sd-alg', details: { sdAlg: value } });
  }
  if (!allowed.includes(value)) {
    throw new JoseError('ERR_SDJWT_SD_ALG', `"_sd_alg" ${value} is not among the allowed digest algorithms (${allowed.join(', ')})`, { segment: 'payload', step: 'sd-alg', details: { sdAlg: value } });
  }
  return value;
}

/** hash(bytes) with an _sd_alg, on Web Crypto. */
export async function hashBytes(alg: SdAlg, bytes: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest(WEB_CRYPTO_HASH[alg], bytes as Bytes));
}

/**
 * RFC 9901 §4.2.3 / §4.3.1: the digest is taken over the US-ASCII bytes of the base64url text (a
 * Disclosure, or the presentation for sd_hash) — never over the bytes it encodes — then base64url'd.
 */
export async function digestOf(alg: SdAlg, text: string): Promise<{ input: Bytes; hash: Bytes; digest: string }> {
  const input = utf8Encode(text);
  const hash = await hashBytes(alg, input);
  return { input, hash, digest: base64urlEncode(hash) };
}
