/**
 * The one table of algorithms (RFC 7518, RFC 8037, RFC 8812, RFC 9864, RFC 9964): which primitive,
 * key type, curve and sizes each identifier takes. Every operation reads from here rather than
 * switching on strings.
 */
export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
/** A JWK key type (RFC 7518 §6.1, RFC 8037; AKP: RFC 9964). */
export type Kty = 'oct' | 'RSA' | 'EC' | 'OKP' | 'AKP';
export type EcCurve = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';
export type OkpCurve = 'Ed25519' | 'Ed448' | 'X25519' | 'X448';
/** An elliptic curve a JWK can name in "crv". */
export type Curve = EcCurve | OkpCurve;

/**
 * Every JWS "alg" the engine signs and verifies (RFC 7518 §3, RFC 8037, RFC 8812, RFC 9864, RFC 9964).
 *
 * @example
 * JWS_ALGS.includes('ES256K'); // true
 */
export const JWS_ALGS = [
  'HS256', 'HS384', 'HS512',
  'RS256', 'RS384', 'RS512',
  'PS256', 'PS384', 'PS512',
  'ES256', 'ES384', 'ES512', 'ES256K',
  // RFC 9864's fully-specified names come before the polymorphic "EdDSA" it deprecates.
  'Ed25519', 'Ed448', 'EdDSA',
  'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87',
] as const;
/** A JWS "alg" the engine has (see JWS_ALGS). */
export type JwsAlg = (typeof JWS_ALGS)[number];

/**
 * Every JWE key management "alg" the engine encrypts and decrypts (RFC 7518 §4).
 *
 * @example
 * JWE_ALGS.includes('ECDH-ES+A128KW'); // true
 */
export const JWE_ALGS = [
  'RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512',
  'A128KW', 'A192KW', 'A256KW',
  'dir',
  'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW',
  'A128GCMKW', 'A192GCMKW', 'A256GCMKW',
  'PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW',
] as const;
/** A JWE key management "alg" the engine has (see JWE_ALGS). */
export type JweAlg = (typeof JWE_ALGS)[number];

/**
 * Every JWE content encryption "enc" (RFC 7518 §5).
 *
 * @example
 * JWE_ENCS; // ['A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512', 'A128GCM', 'A192GCM', 'A256GCM']
 */
export const JWE_ENCS = ['A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512', 'A128GCM', 'A192GCM', 'A256GCM'] as const;
/** A JWE content encryption "enc" the engine has (see JWE_ENCS). */
export type JweEnc = (typeof JWE_ENCS)[number];

export type JwsFamily = 'HMAC' | 'RSASSA-PKCS1-v1_5' | 'RSA-PSS' | 'ECDSA' | 'EdDSA' | 'ML-DSA';

/** The registry entry of a JWS alg (see JWS_ALG_INFO). */
export interface JwsAlgInfo {
  alg: JwsAlg;
  family: JwsFamily;
  hash: HashName | undefined;
  kty: Kty;
  /** ECDSA: the one curve the alg names. EdDSA: the curves it accepts. */
  curves?: Curve[];
  /** ECDSA: the exact length of R||S in bytes. HMAC: the MAC length. ML-DSA: FIPS 204 Table 2. */
  signatureLength?: number;
  /** HMAC: RFC 7518 §3.2 wants a key at least as long as the hash. RSA: 2048 bits. */
  minKeyBits?: number;
  /** The section of `rfc` (RFC 7518 unless said) that defines the alg; empty when the RFC is cited whole. */
  ref: string;
  rfc?: number;
}

const rsassa = (alg: JwsAlg, hash: HashName): JwsAlgInfo => ({ alg, family: 'RSASSA-PKCS1-v1_5', hash, kty: 'RSA', minKeyBits: 2048, ref: '3.3' });
const pss = (alg: JwsAlg, hash: HashName): JwsAlgInfo => ({ alg, family: 'RSA-PSS', hash, kty: 'RSA', minKeyBits: 2048, ref: '3.5' });
const hmac = (alg: JwsAlg, hash: HashName, bytes: number): JwsAlgInfo => ({ alg, family: 'HMAC', hash, kty: 'oct', signatureLength: bytes, minKeyBits: bytes * 8, ref: '3.2' });
const ecdsa = (alg: JwsAlg, hash: HashName, curve: EcCurve, length: number): JwsAlgInfo => ({ alg, family: 'ECDSA', hash, kty: 'EC', curves: [curve], signatureLength: length, ref: '3.4' });

/** An ML-DSA JWS alg (RFC 9964). */
export type MlDsaAlg = 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';

/**
 * FIPS 204 Table 2 sizes in bytes, the seed RFC 9964 puts in "priv", and the RFC 9881 OIDs
 * (id-ml-dsa-44/65/87) of the SPKI and PKCS#8 forms.
 *
 * @example
 * ML_DSA_INFO['ML-DSA-65'].signatureBytes; // 3309
 */
export const ML_DSA_INFO: Readonly<Record<MlDsaAlg, { publicKeyBytes: number; signatureBytes: number; seedBytes: 32; expandedKeyBytes: number; oid: string }>> = {
  'ML-DSA-44': { publicKeyBytes: 1312, signatureBytes: 2420, seedBytes: 32, expandedKeyBytes: 2560, oid: '2.16.840.1.101.3.4.3.17' },
  'ML-DSA-65': { publicKeyBytes: 1952, signatureBytes: 3309, seedBytes: 32, expandedKeyBytes: 4032, oid: '2.16.840.1.101.3.4.3.18' },
  'ML-DSA-87': { publicKeyBytes: 2592, signatureBytes: 4627, seedBytes: 32, expandedKeyBytes: 4896, oid: '2.16.840.1.101.3.4.3.19' },
};

/**
 * Whether a value is one of the ML-DSA JWS algs (narrows its type).
 *
 * @example
 * isMlDsaAlg('ML-DSA-44'); // true
 */
export function isMlDsaAlg(value: unknown): value is MlDsaAlg {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ML_DSA_INFO, value);
}

function mlDsa(alg: MlDsaAlg): JwsAlgInfo {
  return { alg, family: 'ML-DSA', hash: undefined, kty: 'AKP', signatureLength: ML_DSA_INFO[alg].signatureBytes, ref: '', rfc: 9964 };
}

/**
 * What each JWS alg is: family, hash, key type, curves, signature length and RFC section.
 *
 * @example
 * JWS_ALG_INFO.ES256; // { alg: 'ES256', family: 'ECDSA', hash: 'SHA-256', kty: 'EC', curves: ['P-256'], signatureLength: 64, ref: '3.4' }
 */
export const JWS_ALG_INFO: Readonly<Record<JwsAlg, JwsAlgInfo>> = {
  HS256: hmac('HS256', 'SHA-256', 32),
  HS384: hmac('HS384', 'SHA-384', 48),
  HS512: hmac('HS512', 'SHA-512', 64),
  RS256: rsassa('RS256', 'SHA-256'),
  RS384: rsassa('RS384', 'SHA-384'),
  RS512: rsassa('RS512', 'SHA-512'),
  PS256: pss('PS256', 'SHA-256'),
  PS384: pss('PS384', 'SHA-384'),
  PS512: pss('PS512', 'SHA-512'),
  ES256: ecdsa('ES256', 'SHA-256', 'P-256', 64),
  ES384: ecdsa('ES384', 'SHA-384', 'P-384', 96),
  ES512: ecdsa('ES512', 'SHA-512', 'P-521', 132),
  // RFC 8812 §3.2
  ES256K: ecdsa('ES256K', 'SHA-256', 'secp256k1', 64),
  // RFC 9864 §2.2: the fully-specified EdDSA algorithms, one curve each.
  Ed25519: { alg: 'Ed25519', family: 'EdDSA', hash: undefined, kty: 'OKP', curves: ['Ed25519'], signatureLength: 64, ref: '2.2', rfc: 9864 },
  Ed448: { alg: 'Ed448', family: 'EdDSA', hash: undefined, kty: 'OKP', curves: ['Ed448'], signatureLength: 114, ref: '2.2', rfc: 9864 },
  // RFC 8037 §3.1: the curve comes from the key (Ed25519 or Ed448). Deprecated by RFC 9864.
  EdDSA: { alg: 'EdDSA', family: 'EdDSA', hash: undefined, kty: 'OKP', curves: ['Ed25519', 'Ed448'], ref: '3.1', rfc: 8037 },
  // RFC 9964: ML-DSA (FIPS 204), pure mode with an empty context; the key is kty "AKP" with this "alg".
  'ML-DSA-44': mlDsa('ML-DSA-44'),
  'ML-DSA-65': mlDsa('ML-DSA-65'),
  'ML-DSA-87': mlDsa('ML-DSA-87'),
};

export type JweAlgFamily = 'RSA1_5' | 'RSA-OAEP' | 'AESKW' | 'dir' | 'ECDH-ES' | 'AESGCMKW' | 'PBES2';

/** The registry entry of a JWE key management alg (see JWE_ALG_INFO). */
export interface JweAlgInfo {
  alg: JweAlg;
  family: JweAlgFamily;
  /** RSA-OAEP's hash; PBES2's HMAC hash. */
  hash?: HashName;
  /** Key-wrapping key size in bits for A*KW, A*GCMKW, ECDH-ES+A*KW and PBES2 (their AES-KW step). */
  kekBits?: 128 | 192 | 256;
  /** ECDH-ES+A*KW: the key agreement is followed by AES key wrap. */
  wraps?: boolean;
  kty: Kty | 'password';
  curves?: Curve[];
  ref: string;
}

const ECDH_CURVES: Curve[] = ['P-256', 'P-384', 'P-521', 'X25519', 'X448'];

/**
 * What each JWE key management alg is: family, key size, key type and RFC section.
 *
 * @example
 * JWE_ALG_INFO.A128KW; // { alg: 'A128KW', family: 'AESKW', kekBits: 128, kty: 'oct', ref: '4.4' }
 */
export const JWE_ALG_INFO: Readonly<Record<JweAlg, JweAlgInfo>> = {
  RSA1_5: { alg: 'RSA1_5', family: 'RSA1_5', kty: 'RSA', ref: '4.2' },
  'RSA-OAEP': { alg: 'RSA-OAEP', family: 'RSA-OAEP', hash: 'SHA-1', kty: 'RSA', ref: '4.3' },
  'RSA-OAEP-256': { alg: 'RSA-OAEP-256', family: 'RSA-OAEP', hash: 'SHA-256', kty: 'RSA', ref: '4.3' },
  // RSA-OAEP-384 and -512 are registered in the IANA JOSE registry (W3C WebCrypto's JWK mapping).
  'RSA-OAEP-384': { alg: 'RSA-OAEP-384', family: 'RSA-OAEP', hash: 'SHA-384', kty: 'RSA', ref: '4.3' },
  'RSA-OAEP-512': { alg: 'RSA-OAEP-512', family: 'RSA-OAEP', hash: 'SHA-512', kty: 'RSA', ref: '4.3' },
  A128KW: { alg: 'A128KW', family: 'AESKW', kekBits: 128, kty: 'oct', ref: '4.4' },
  A192KW: { alg: 'A192KW', family: 'AESKW', kekBits: 192, kty: 'oct', ref: '4.4' },
  A256KW: { alg: 'A256KW', family: 'AESKW', kekBits: 256, kty: 'oct', ref: '4.4' },
  dir: { alg: 'dir', family: 'dir', kty: 'oct', ref: '4.5' },
  'ECDH-ES': { alg: 'ECDH-ES', family: 'ECDH-ES', kty: 'EC', curves: ECDH_CURVES, ref: '4.6' },
  'ECDH-ES+A128KW': { alg: 'ECDH-ES+A128KW', family: 'ECDH-ES', kekBits: 128, wraps: true, kty: 'EC', curves: ECDH_CURVES, ref: '4.6' },
  'ECDH-ES+A192KW': { alg: 'ECDH-ES+A192KW', family: 'ECDH-ES', kekBits: 192, wraps: true, kty: 'EC', curves: ECDH_CURVES, ref: '4.6' },
  'ECDH-ES+A256KW': { alg: 'ECDH-ES+A256KW', family: 'ECDH-ES', kekBits: 256, wraps: true, kty: 'EC', curves: ECDH_CURVES, ref: '4.6' },
  A128GCMKW: { alg: 'A128GCMKW', family: 'AESGCMKW', kekBits: 128, kty: 'oct', ref: '4.7' },
  A192GCMKW: { alg: 'A192GCMKW', family: 'AESGCMKW', kekBits: 192, kty: 'oct', ref: '4.7' },
  A256GCMKW: { alg: 'A256GCMKW', family: 'AESGCMKW', kekBits: 256, kty: 'oct', ref: '4.7' },
  'PBES2-HS256+A128KW': { alg: 'PBES2-HS256+A128KW', family: 'PBES2', hash: 'SHA-256', kekBits: 128, kty: 'password', ref: '4.8' },
  'PBES2-HS384+A192KW': { alg: 'PBES2-HS384+A192KW', family: 'PBES2', hash: 'SHA-384', kekBits: 192, kty: 'password', ref: '4.8' },
  'PBES2-HS512+A256KW': { alg: 'PBES2-HS512+A256KW', family: 'PBES2', hash: 'SHA-512', kekBits: 256, kty: 'password', ref: '4.8' },
};

/** The registry entry of a JWE content encryption (see JWE_ENC_INFO). */
export interface JweEncInfo {
  enc: JweEnc;
  family: 'CBC-HS' | 'GCM';
  /** The whole CEK; for CBC-HS it is MAC key || encryption key, each half of it. */
  cekBits: 256 | 384 | 512 | 128 | 192;
  ivBytes: 16 | 12;
  tagBytes: 16 | 24 | 32;
  /** CBC-HS: the HMAC hash; its output is truncated to tagBytes. */
  hash?: HashName;
  ref: string;
}

/**
 * What each JWE content encryption is: family, CEK size, IV and tag sizes.
 *
 * @example
 * JWE_ENC_INFO.A128GCM; // { enc: 'A128GCM', family: 'GCM', cekBits: 128, ivBytes: 12, tagBytes: 16, ref: '5.3' }
 */
export const JWE_ENC_INFO: Readonly<Record<JweEnc, JweEncInfo>> = {
  'A128CBC-HS256': { enc: 'A128CBC-HS256', family: 'CBC-HS', cekBits: 256, ivBytes: 16, tagBytes: 16, hash: 'SHA-256', ref: '5.2.3' },
  'A192CBC-HS384': { enc: 'A192CBC-HS384', family: 'CBC-HS', cekBits: 384, ivBytes: 16, tagBytes: 24, hash: 'SHA-384', ref: '5.2.4' },
  'A256CBC-HS512': { enc: 'A256CBC-HS512', family: 'CBC-HS', cekBits: 512, ivBytes: 16, tagBytes: 32, hash: 'SHA-512', ref: '5.2.5' },
  A128GCM: { enc: 'A128GCM', family: 'GCM', cekBits: 128, ivBytes: 12, tagBytes: 16, ref: '5.3' },
  A192GCM: { enc: 'A192GCM', family: 'GCM', cekBits: 192, ivBytes: 12, tagBytes: 16, ref: '5.3' },
  A256GCM: { enc: 'A256GCM', family: 'GCM', cekBits: 256, ivBytes: 12, tagBytes: 16, ref: '5.3' },
};

/**
 * Whether a value is a JWS alg the engine has (narrows its type).
 *
 * @example
 * isJwsAlg('EdDSA'); // true
 * isJwsAlg('none');  // false: an Unsecured JWS has no algorithm to run
 */
export function isJwsAlg(value: unknown): value is JwsAlg {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(JWS_ALG_INFO, value);
}
/**
 * Whether a value is a JWE key management alg the engine has (narrows its type).
 *
 * @example
 * isJweAlg('RSA-OAEP-256'); // true
 */
export function isJweAlg(value: unknown): value is JweAlg {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(JWE_ALG_INFO, value);
}
/**
 * Whether a value is a JWE content encryption the engine has (narrows its type).
 *
 * @example
 * isJweEnc('A256GCM'); // true
 */
export function isJweEnc(value: unknown): value is JweEnc {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(JWE_ENC_INFO, value);
}

export const HASH_BYTES: Readonly<Record<HashName, number>> = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

/** Curve facts for validating keys and ECDSA signatures. */
export const EC_CURVE_INFO: Readonly<Record<EcCurve, { coordinateBytes: number; order: bigint; p: bigint }>> = {
  'P-256': {
    coordinateBytes: 32,
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    order: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  },
  'P-384': {
    coordinateBytes: 48,
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    order: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  },
  'P-521': {
    coordinateBytes: 66,
    p: (1n << 521n) - 1n,
    order: 0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n,
  },
  secp256k1: {
    coordinateBytes: 32,
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn,
    order: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
  },
};

export const OKP_CURVE_BYTES: Readonly<Record<OkpCurve, { publicBytes: number; privateBytes: number; use: 'sig' | 'enc' }>> = {
  Ed25519: { publicBytes: 32, privateBytes: 32, use: 'sig' },
  Ed448: { publicBytes: 57, privateBytes: 57, use: 'sig' },
  X25519: { publicBytes: 32, privateBytes: 32, use: 'enc' },
  X448: { publicBytes: 56, privateBytes: 56, use: 'enc' },
};
