/**
 * What the page asks the key-generation worker, and what it answers. JoseKey objects do not cross
 * postMessage (they are frozen objects with methods' worth of meaning); JWKs do, and the page
 * re-imports them. Errors cross as data (lib/worker-channel/wire-error.ts).
 */
import { generateKey, type Jwk, type JweEnc, type Curve } from '../../jose/index.ts';

export interface GenerateKeyRequestOptions {
  /** RSA modulus size: 2048 (default), 3072 or 4096; never less. */
  modulusLength?: 2048 | 3072 | 4096;
  /** dir: the content encryption the key is for (its size). */
  enc?: JweEnc;
  /** EdDSA: Ed25519 / Ed448; ECDH-ES*: P-256, P-384, P-521, X25519, X448. */
  crv?: Curve;
}

export interface GenerateKeyRequest {
  alg: string;
  options: GenerateKeyRequestOptions;
}

/** What the worker sends back: JWKs only (the private one holds d/p/q... or the secret's k). */
export interface GeneratedJwks {
  kind: 'pair' | 'secret';
  alg: string;
  /** The private key of a pair, or the secret (kty "oct"). kid is its RFC 7638 thumbprint. */
  privateJwk: Jwk;
  /** The public key of a pair; absent for a secret. */
  publicJwk?: Jwk;
  /** PBES2 only: the password as text. */
  password?: string;
  /** How long the generation took inside the worker, in milliseconds. */
  ms: number;
}

/** The worker's whole job, kept here so it runs (and is tested) the same without a worker. */
export async function runGenerateRequest(request: GenerateKeyRequest): Promise<GeneratedJwks> {
  const started = performance.now();
  const made = await generateKey(request.alg, request.options);
  const ms = Math.round(performance.now() - started);
  if (made.kind === 'pair') {
    return { kind: 'pair', alg: made.alg, privateJwk: { ...made.privateKey.jwk }, publicJwk: { ...made.publicKey.jwk }, ms };
  }
  return { kind: 'secret', alg: made.alg, privateJwk: { ...made.secret.jwk }, ...(made.password !== undefined ? { password: made.password } : {}), ms };
}

/** What the worker exposes (through lib/worker-channel). */
export const generateKeyApi = { generate: runGenerateRequest };
export type GenerateKeyApi = typeof generateKeyApi;
