/** JWK Thumbprints (RFC 7638) and their URI form (RFC 9278). */
import { base64urlEncode } from '../lib/base64url.ts';
import { utf8Encode } from '../lib/bytes.ts';
import { validateJwk } from './validate.ts';
import type { JoseKey, Jwk } from './types.ts';

/** The hash of a JWK thumbprint. */
export type ThumbprintHash = 'SHA-256' | 'SHA-384' | 'SHA-512';

// RFC 7638 §3.2: only the required members, in lexicographic order; RFC 9964 names AKP's.
const REQUIRED: Record<string, string[]> = { RSA: ['e', 'kty', 'n'], EC: ['crv', 'kty', 'x', 'y'], OKP: ['crv', 'kty', 'x'], oct: ['k', 'kty'], AKP: ['alg', 'kty', 'pub'] };

function jwkOf(key: JoseKey | Jwk): Readonly<Jwk> {
  if ('format' in key && 'jwk' in key && typeof key.jwk === 'object') return (key as JoseKey).jwk;
  validateJwk(key as Jwk);
  return key as Jwk;
}

/**
 * The exact JSON text RFC 7638 hashes, e.g. {"crv":"Ed25519","kty":"OKP","x":"..."}; the Learn screen shows it.
 *
 * @example
 * thumbprintInput({ kty: 'oct', k: 'AAAA', kid: 'x' }); // '{"k":"AAAA","kty":"oct"}'
 */
export function thumbprintInput(key: JoseKey | Jwk): string {
  const jwk = jwkOf(key);
  const members = REQUIRED[String(jwk.kty)]!;
  return `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(jwk[m])}`).join(',')}}`;
}

/**
 * The RFC 7638 thumbprint, base64url; SHA-256 unless another hash is asked for. A private key has
 * the same thumbprint as its public key.
 *
 * @example
 * await thumbprint(key);            // 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs'
 * await thumbprint(key, 'SHA-512');
 */
export async function thumbprint(key: JoseKey | Jwk, hash: ThumbprintHash = 'SHA-256'): Promise<string> {
  const digest = await crypto.subtle.digest(hash, utf8Encode(thumbprintInput(key)));
  return base64urlEncode(new Uint8Array(digest));
}

/**
 * The RFC 9278 JWK Thumbprint URI: urn:ietf:params:oauth:jwk-thumbprint:sha-256:<thumbprint>.
 *
 * @example
 * await thumbprintUri(key); // 'urn:ietf:params:oauth:jwk-thumbprint:sha-256:NzbLsXh8...'
 */
export async function thumbprintUri(key: JoseKey | Jwk, hash: ThumbprintHash = 'SHA-256'): Promise<string> {
  return `urn:ietf:params:oauth:jwk-thumbprint:${hash.toLowerCase()}:${await thumbprint(key, hash)}`;
}
