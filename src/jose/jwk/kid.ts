import { echo, rfcRef, type Finding } from '../lib/errors.ts';

/**
 * The key that verified or decrypted has a "kid" and the header names another one. With a single
 * key (or a one-key JWKS) there is nothing to choose, so the key is used anyway; a verifier that
 * picks keys by "kid" would not have used it, which is usually the bug being hunted (RFC 7515 §4.1.4).
 *
 * @example
 * kidMismatch({ kid: 'b' }, { kid: 'a' }, 'verify') // { code: 'KID_MISMATCH', severity: 'warning', ... }
 */
export function kidMismatch(header: { kid?: unknown }, key: { kid?: string | undefined }, operation: 'verify' | 'decrypt'): Finding | undefined {
  if (typeof header.kid !== 'string' || key.kid === undefined || key.kid === header.kid) return undefined;
  const did = operation === 'verify' ? 'verified the signature' : 'decrypted the token';
  return {
    code: 'KID_MISMATCH',
    severity: 'warning',
    message: `The token's "kid" is ${echo(header.kid)} but the key's is ${echo(key.kid)}: the key ${did} because it was the only one given, yet a server that looks keys up by "kid" would not pick it`,
    params: { tokenKid: echo(header.kid), keyKid: echo(key.kid), operation },
    ref: rfcRef(7515, '4.1.4'),
    segment: 'key',
  };
}
