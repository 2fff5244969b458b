/** The public half of a private key: drop the private members, computing the point when a file left it out. */
import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { JoseError, echo } from '../lib/errors.ts';
import { EC_CURVE_INFO, OKP_CURVE_BYTES, type EcCurve, type OkpCurve } from '../lib/registry.ts';
import { ecPublicFromPrivate, okpPublicFromPrivate } from './curves.ts';
import { keyFromJwk } from './import.ts';
import type { JoseKey, Jwk } from './types.ts';

export const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'] as const;

// A public key does the mirror of what its private key does (RFC 7517 §4.3 key_ops values).
const PUBLIC_OP: Record<string, string> = { sign: 'verify', decrypt: 'encrypt', unwrapKey: 'wrapKey', verify: 'verify', encrypt: 'encrypt', wrapKey: 'wrapKey', deriveKey: 'deriveKey', deriveBits: 'deriveBits' };

/**
 * The public JWK of a private one. For EC and OKP a missing "x" (and "y") is computed from "d"
 * (@noble/curves), so `{"kty":"OKP","crv":"Ed25519","d":"..."}` works.
 */
export function publicJwk(jwk: Readonly<Jwk>): Jwk {
  if (jwk.kty === 'oct') throw new JoseError('ERR_KEY_INVALID', 'A shared secret (kty "oct") has no public half', { segment: 'key' });
  const out: Jwk = { ...jwk } as Jwk;
  if ((jwk.kty === 'EC' || jwk.kty === 'OKP') && typeof jwk.d === 'string' && (jwk.x === undefined || (jwk.kty === 'EC' && jwk.y === undefined))) {
    const d = base64urlDecode(jwk.d);
    if (jwk.kty === 'EC') {
      const crv = jwk.crv as EcCurve;
      if (!(crv in EC_CURVE_INFO)) throw new JoseError('ERR_KEY_INVALID', `The EC JWK's "crv" is ${echo(jwk.crv)}; expected P-256, P-384, P-521 or secp256k1`, { segment: 'key' });
      const { x, y } = ecPublicFromPrivate(crv, d);
      out.x = base64urlEncode(x);
      out.y = base64urlEncode(y);
    } else {
      const crv = jwk.crv as OkpCurve;
      if (!(crv in OKP_CURVE_BYTES)) throw new JoseError('ERR_KEY_INVALID', `The OKP JWK's "crv" is ${echo(jwk.crv)}; expected Ed25519, Ed448, X25519 or X448`, { segment: 'key' });
      out.x = base64urlEncode(okpPublicFromPrivate(crv, d));
    }
  }
  for (const m of PRIVATE_MEMBERS) delete out[m];
  if (Array.isArray(jwk.key_ops)) out.key_ops = [...new Set(jwk.key_ops.map((op) => PUBLIC_OP[op] ?? op))];
  return out;
}

/**
 * The public key of a private key (a public key is returned as it is).
 *
 * @example
 * const pair = await generateKey('ES256');
 * const pub = derivePublicKey(pair.privateKey); // pub.type === 'public'
 */
export function derivePublicKey(key: JoseKey | Jwk): JoseKey {
  const isJoseKey = 'jwk' in key && typeof key.jwk === 'object' && key.jwk !== null && 'format' in key;
  const jwk = isJoseKey ? (key as JoseKey).jwk : (key as Jwk);
  if (isJoseKey && (key as JoseKey).type === 'public') return key as JoseKey;
  const source = isJoseKey ? (key as JoseKey) : undefined;
  return keyFromJwk(publicJwk(jwk), source?.format ?? 'jwk', [], source?.certificate ? { certificate: source.certificate } : {});
}
