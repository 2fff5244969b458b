/** Which key was used or tried, in the words a verdict's reason uses. */
import { describeKey } from '../jwk/import.ts';
import { echo } from '../lib/errors.ts';
import { selectKeys } from '../jwk/select.ts';
import type { JoseKey, JoseKeySet } from '../jwk/types.ts';
import type { JsonObject } from '../lib/json.ts';

/**
 * One key in words, with its kid: `an RSA 2048-bit public key (kid "a")`, `the password (9 bytes)`.
 *
 * @example
 * keyWords(await importKey('password')); // 'an 8-byte shared secret'
 */
export function keyWords(key: JoseKey): string {
  const what = key.format === 'password' ? `the password (${key.bits / 8} bytes)` : describeKey(key);
  return `${what}${key.kid !== undefined ? ` (kid ${echo(key.kid, 80)})` : ''}`;
}

/**
 * The keys a token's header points at in what was given (for "key tried: …"): the key itself, or
 * the members of a JWKS that its kid, alg and use select.
 *
 * @example
 * triedKeyWords(jwks, { alg: 'RS256', kid: 'a' }, 'verify');
 * // 'an RSA 2048-bit public key (kid "a") (of the 3 in the JWKS)'
 */
export function triedKeyWords(key: JoseKey | JoseKeySet, header: JsonObject | undefined, op: 'verify' | 'decrypt'): string {
  if (key.type !== 'set') return keyWords(key);
  try {
    const picked = selectKeys(key, header ?? {}, op);
    return picked.map(keyWords).join(', ') + ` (of the ${key.keys.length} in the JWKS)`;
  } catch {
    return `the JWKS (${key.keys.length} keys)`;
  }
}
