/**
 * What AKP keys (RFC 9964) need beyond a synchronous check of their members: the "pub" of a seed,
 * computed with ML-DSA (Web Crypto or @noble/post-quantum, both async), for keys that arrive without
 * one (an RFC 9881 PKCS#8 in seed form), the proof that a given "pub" — and a PKCS#8's expanded key —
 * belong to the seed (RFC 9964 warns about mismatched AKP parameters), and new key pairs.
 */
import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { bytesEqual, randomBytes, type Bytes } from '../lib/bytes.ts';
import { JoseError, type Finding } from '../lib/errors.ts';
import { mlDsaExpandedKey, mlDsaPublicKey } from '../lib/ml-dsa.ts';
import { ML_DSA_INFO, isMlDsaAlg, type MlDsaAlg } from '../lib/registry.ts';
import type { Jwk } from './types.ts';

/** Whether completeAkpJwk has work to do: an ML-DSA private key whose seed has the right size. */
export function needsAkpCompletion(jwk: unknown): jwk is Jwk & { alg: MlDsaAlg; priv: string } {
  if (typeof jwk !== 'object' || jwk === null) return false;
  const { kty, alg, priv } = jwk as Jwk;
  if (kty !== 'AKP' || !isMlDsaAlg(alg) || typeof priv !== 'string') return false;
  try {
    return base64urlDecode(priv).length === ML_DSA_INFO[alg].seedBytes;
  } catch {
    // validateJwk names the bad member.
    return false;
  }
}

function mismatched(alg: MlDsaAlg, what: string): JoseError {
  return new JoseError('ERR_KEY_INVALID', `The ${alg} key's ${what} does not belong to its seed "priv": the key's parts were mixed up or altered (RFC 9964, mismatched AKP parameters)`, {
    segment: 'key',
    details: { member: what.includes('pub') ? 'pub' : 'priv' },
  });
}

/**
 * An ML-DSA private JWK with its "pub" computed from the seed when missing (a finding says so unless
 * the source is a key file, whose seed form leaves it out by design), or checked against the seed when
 * present; `expandedKey` (PKCS#8 "both" form) is checked too. Other JWKs come back unchanged.
 */
export async function completeAkpJwk(jwk: Jwk, findings: Finding[], options: { expandedKey?: Bytes; fromFile?: boolean } = {}): Promise<Jwk> {
  if (!needsAkpCompletion(jwk)) return jwk;
  const alg = jwk.alg;
  const seed = base64urlDecode(jwk.priv);
  const pub = base64urlEncode(await mlDsaPublicKey(alg, seed));
  if (options.expandedKey && !bytesEqual(options.expandedKey, await mlDsaExpandedKey(alg, seed))) throw mismatched(alg, 'expanded private key');
  if (jwk.pub === undefined) {
    if (!options.fromFile) {
      findings.push({ code: 'AKP_PUB_COMPUTED', severity: 'info', message: `The ${alg} JWK had no "pub", which RFC 9964 requires; it was computed from the seed "priv"`, params: { alg }, segment: 'key' });
    }
    return { ...jwk, pub };
  }
  if (jwk.pub !== pub) throw mismatched(alg, options.fromFile ? 'public key stored in the file' : 'public key "pub"');
  return jwk;
}

/** A new ML-DSA key pair as a private JWK: a random 32-byte seed and its public key. */
export async function mlDsaPair(alg: MlDsaAlg): Promise<Jwk> {
  const seed = randomBytes(ML_DSA_INFO[alg].seedBytes);
  return { kty: 'AKP', alg, pub: base64urlEncode(await mlDsaPublicKey(alg, seed)), priv: base64urlEncode(seed) };
}
