/**
 * ML-DSA (FIPS 204) underneath JOSE Lab: Web Crypto where the runtime has it (Chromium 156, Node 24),
 * else @noble/post-quantum, imported on first use so it never weighs on the app's first load.
 * Only pure ML-DSA with the empty context, the one RFC 9964 registers.
 */
import type * as NobleMlDsa from '@noble/post-quantum/ml-dsa.js';
import type { DSA } from '@noble/post-quantum/ml-dsa.js';
import { base64urlDecode } from './base64url.ts';
import type { Bytes } from './bytes.ts';
import { JoseError } from './errors.ts';
import type { MlDsaAlg } from './registry.ts';
import { runtimeSupports, runtimeSupportsNow } from './webcrypto.ts';

export type MlDsaBackend = 'Web Crypto' | '@noble/post-quantum';

let nobleModule: Promise<typeof NobleMlDsa> | undefined;

/** noble's ML-DSA for one parameter set, loading the library the first time it is asked for. */
export async function nobleMlDsa(alg: MlDsaAlg): Promise<DSA> {
  nobleModule ??= import('@noble/post-quantum/ml-dsa.js');
  let m;
  try {
    m = await nobleModule;
  } catch (cause) {
    nobleModule = undefined;
    throw new JoseError('ERR_RUNTIME_UNSUPPORTED', `${alg}: the ML-DSA library could not be loaded: ${(cause as Error).message}`, { cause });
  }
  return { 'ML-DSA-44': m.ml_dsa44, 'ML-DSA-65': m.ml_dsa65, 'ML-DSA-87': m.ml_dsa87 }[alg];
}

/** Which implementation runs this parameter set here (probed once per runtime). */
export async function mlDsaBackend(alg: MlDsaAlg): Promise<MlDsaBackend> {
  return (runtimeSupportsNow(alg) ?? (await runtimeSupports(alg))) ? 'Web Crypto' : '@noble/post-quantum';
}

/**
 * The public key of a 32-byte seed (FIPS 204 ML-DSA.KeyGen_internal). Web Crypto has no call for it,
 * but the JWK it exports for an imported seed carries "pub".
 */
export async function mlDsaPublicKey(alg: MlDsaAlg, seed: Bytes): Promise<Bytes> {
  if ((await mlDsaBackend(alg)) === 'Web Crypto') {
    const key = await crypto.subtle.importKey('raw-seed' as 'raw', seed, { name: alg }, true, ['sign']);
    const jwk = (await crypto.subtle.exportKey('jwk', key)) as JsonWebKey & { pub?: string };
    return base64urlDecode(String(jwk.pub));
  }
  return new Uint8Array((await nobleMlDsa(alg)).keygen(seed).publicKey);
}

/** The expanded private key (FIPS 204 skEncode) of a seed, to check a PKCS#8 that carries both. */
export async function mlDsaExpandedKey(alg: MlDsaAlg, seed: Bytes): Promise<Bytes> {
  return new Uint8Array((await nobleMlDsa(alg)).keygen(seed).secretKey);
}
