/**
 * The reference library @sd-jwt/core (a devDependency) as an independent oracle. It needs a hasher, a
 * signer and verifiers: they are node:crypto here, never JOSE Lab's engine, so the engine never judges
 * its own output.
 */
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { SDJwtInstance } from '@sd-jwt/core';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';

type Jwk = JsonWebKey & Record<string, unknown>;

const HASH: Record<string, string | null> = { ES256: 'sha256', ES384: 'sha384', ES512: 'sha512', ES256K: 'sha256', RS256: 'sha256', PS256: 'sha256', EdDSA: null, Ed25519: null, Ed448: null };

function signOptions(alg: string, key: KeyObject) {
  if (alg.startsWith('ES')) return { key, dsaEncoding: 'ieee-p1363' as const };
  if (alg.startsWith('PS')) return { key, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: 32 };
  return { key };
}

export function nodeSigner(alg: string, privateJwk: Jwk): (data: string) => string {
  const key = createPrivateKey({ key: privateJwk, format: 'jwk' });
  return (data) => sign(HASH[alg] ?? null, Buffer.from(data), signOptions(alg, key)).toString('base64url');
}

// Node 20 has no ML-DSA: @noble/post-quantum, called directly, checks those signatures (RFC 9964 AKP keys).
const ML_DSA: Record<string, typeof ml_dsa44> = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 };

export function nodeVerifier(alg: string, publicJwk: Jwk): (data: string, signature: string) => boolean {
  const pq = ML_DSA[alg];
  if (pq) return (data, signature) => pq.verify(Buffer.from(signature, 'base64url'), Buffer.from(data), Buffer.from(String(publicJwk.pub), 'base64url'));
  const key = createPublicKey({ key: publicJwk, format: 'jwk' });
  return (data, signature) => verify(HASH[alg] ?? null, Buffer.from(data), signOptions(alg, key), Buffer.from(signature, 'base64url'));
}

/** _sd_alg names → node:crypto hash names. */
export function nodeHasher(data: string | ArrayBuffer, alg: string): Uint8Array {
  const name = { 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' }[alg.toLowerCase()];
  if (!name) throw new Error(`oracle: no hash for ${alg}`);
  return new Uint8Array(createHash(name).update(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)).digest());
}

/** An @sd-jwt/core instance wired to node:crypto; the KB-JWT is checked with the key in cnf.jwk. */
export function sdJwtOracle(options: { alg: string; issuerPrivate?: Jwk; issuerPublic: Jwk; holderPrivate?: Jwk; kbAlg?: string; hashAlg?: 'sha-256' | 'sha-384' | 'sha-512' }): SDJwtInstance<Record<string, unknown>> {
  const kbAlg = options.kbAlg ?? 'ES256';
  return new SDJwtInstance({
    hasher: nodeHasher,
    hashAlg: options.hashAlg ?? 'sha-256',
    saltGenerator: (length: number) => randomBytes(length).toString('base64url'),
    signAlg: options.alg,
    ...(options.issuerPrivate ? { signer: nodeSigner(options.alg, options.issuerPrivate) } : {}),
    verifier: nodeVerifier(options.alg, options.issuerPublic),
    kbSignAlg: kbAlg,
    ...(options.holderPrivate ? { kbSigner: nodeSigner(kbAlg, options.holderPrivate) } : {}),
    kbVerifier: (data, signature, payload) => {
      if (!payload.cnf?.jwk) throw new Error('oracle: no cnf.jwk');
      return nodeVerifier(kbAlg, payload.cnf.jwk as Jwk)(data, signature);
    },
  });
}
