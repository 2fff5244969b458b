import type { Finding } from '../lib/errors.ts';
import type { Curve, Kty } from '../lib/registry.ts';

/** A JSON Web Key (RFC 7517) with the members JOSE Lab reads; private members are optional. */
export interface Jwk {
  kty: Kty | string;
  kid?: string;
  alg?: string;
  use?: string;
  key_ops?: string[];
  crv?: Curve | string;
  // EC / OKP
  x?: string;
  y?: string;
  d?: string;
  // RSA
  n?: string;
  e?: string;
  p?: string;
  q?: string;
  dp?: string;
  dq?: string;
  qi?: string;
  // oct
  k?: string;
  // AKP (RFC 9964): the public key and, for ML-DSA, the 32-byte seed; "alg" says which algorithm
  pub?: string;
  priv?: string;
  x5c?: string[];
  x5t?: string;
  'x5t#S256'?: string;
  [member: string]: unknown;
}

/** Where the key material came from, as the UI names it. */
export type KeyFormat =
  | 'jwk'
  | 'jwks'
  | 'secret'
  | 'password'
  | 'spki'
  | 'pkcs8'
  | 'pkcs1-public'
  | 'pkcs1-private'
  | 'sec1'
  | 'x509'
  | 'generated';

/** What an X.509 certificate given as a key says about itself (not validated against any root). */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  serialNumber: string;
}

/**
 * One imported key. The JWK (with private members when present) is the single source of truth;
 * operations turn it into a CryptoKey for the one algorithm they run (cached), or hand its bytes to
 * `@noble` where the runtime lacks the primitive.
 */
export interface JoseKey {
  readonly type: 'secret' | 'public' | 'private';
  readonly kty: Kty;
  readonly crv?: Curve;
  readonly jwk: Readonly<Jwk>;
  readonly kid?: string;
  readonly alg?: string;
  readonly use?: string;
  readonly keyOps?: readonly string[];
  /** RSA modulus bits, oct key bits, the curve size, or an AKP public key's size. */
  readonly bits: number;
  readonly format: KeyFormat;
  readonly findings: readonly Finding[];
  readonly certificate?: CertificateInfo;
}

/** A JWKS: verify and decrypt pick the key by kid, then by alg and use. */
export interface JoseKeySet {
  readonly type: 'set';
  readonly keys: readonly JoseKey[];
  readonly format: 'jwks';
  readonly findings: readonly Finding[];
}

/** What verify and decrypt take as keys: one key, a JWKS, or a list of them. */
export type KeyInput = JoseKey | JoseKeySet | readonly (JoseKey | JoseKeySet)[];

/** How a raw secret given as text is written. */
export type SecretEncoding = 'utf8' | 'base64' | 'base64url' | 'hex';

/** Options of importKey. */
export interface ImportKeyOptions {
  /** For a raw secret given as text. Default utf8. */
  encoding?: SecretEncoding;
  /** Narrows the use: the key must fit this alg (JWS alg or JWE alg). */
  alg?: string;
  /** Treat a string as a PBES2 password (kept as its UTF-8 bytes). */
  password?: boolean;
}

export function flattenKeys(input: KeyInput): JoseKey[] {
  const list = Array.isArray(input) ? input : [input];
  const out: JoseKey[] = [];
  for (const item of list as (JoseKey | JoseKeySet)[]) {
    if (item.type === 'set') out.push(...item.keys);
    else out.push(item);
  }
  return out;
}
