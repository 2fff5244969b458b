import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { base64urlDecode } from '../lib/base64url.ts';
import { bytesToBigInt } from '../lib/bigint.ts';
import { JoseError, echo, rfcRef, type Finding } from '../lib/errors.ts';
import { kindOf } from '../lib/json-shape.ts';
import { EC_CURVE_INFO, ML_DSA_INFO, OKP_CURVE_BYTES, isMlDsaAlg, type Curve, type EcCurve, type Kty, type OkpCurve } from '../lib/registry.ts';
import type { Bytes } from '../lib/bytes.ts';
import { hasRocaFingerprint } from './roca.ts';
import type { Jwk } from './types.ts';

const EC_POINTS = { 'P-256': p256.Point, 'P-384': p384.Point, 'P-521': p521.Point, secp256k1: secp256k1.Point } as const;

/**
 * The largest RSA modulus JOSE Lab reads (RFC 7518 §3.3 sets the floor, 2048; panva's jose and
 * Web Crypto implementations stop at 16,384). Checked on the byte length before any arithmetic:
 * BigInt work on a hostile 4-million-bit "n" would pin the page for minutes.
 *
 * @example
 * await importKey({ kty: 'RSA', n: hugeModulus, e: 'AQAB' }); // throws ERR_LIMIT_EXCEEDED, details { member: 'n', limit: MAX_RSA_MODULUS_BITS }
 */
export const MAX_RSA_MODULUS_BITS = 16_384;

/** Public exponents above 64 bits are refused (OpenSSL's cap; BoringSSL, in Chromium, stops at 33). */
const MAX_RSA_EXPONENT_BITS = 64;

/** Members that, when present, must be strings (RFC 7517 §4, RFC 7518 §6). */
const STRING_MEMBERS = ['kid', 'alg', 'use', 'x5u', 'x5t', 'x5t#S256'];

function invalid(message: string, name: string): JoseError {
  return new JoseError('ERR_KEY_INVALID', message, { segment: 'key', details: { member: name } });
}

function member(jwk: Jwk, name: string, required: boolean): Bytes | undefined {
  const value = jwk[name];
  if (value === undefined) {
    // Only called once "kty" is known to be one of the four key types.
    if (required) throw invalid(`The ${String(jwk.kty)} JWK is missing its "${name}" member`, name);
    return undefined;
  }
  if (typeof value !== 'string') {
    throw invalid(`The JWK member "${name}" must be a base64url string, not ${kindOf(value)}`, name);
  }
  try {
    return base64urlDecode(value, { allowEmpty: name === 'k' });
  } catch (cause) {
    throw new JoseError('ERR_KEY_INVALID', `The JWK member "${name}" is not valid base64url: ${(cause as Error).message}`, {
      segment: 'key',
      cause,
      details: { member: name },
    });
  }
}

function bitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

export interface ValidatedJwk {
  kty: Kty;
  crv?: Curve;
  type: 'secret' | 'public' | 'private';
  bits: number;
  findings: Finding[];
}

/**
 * Checks a JWK's members (presence, base64url, sizes, EC points on their curve) and returns what the
 * key is. Throws ERR_KEY_INVALID naming the member at fault; soft problems become findings.
 *
 * @example
 * validateJwk({ kty: 'EC', crv: 'P-256', x, y }); // { kty: 'EC', crv: 'P-256', type: 'public', bits: 256, findings: [] }
 * validateJwk({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }); // throws JoseError ERR_KEY_INVALID
 */
export function validateJwk(jwk: Jwk): ValidatedJwk {
  const findings: Finding[] = [];
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) {
    throw new JoseError('ERR_KEY_INVALID', 'A JWK must be a JSON object', { segment: 'key' });
  }
  if (jwk.kty === undefined) throw invalid('The JWK has no "kty" (Key Type) member', 'kty');
  if (typeof jwk.kty !== 'string') throw invalid(`The JWK member "kty" (Key Type) must be a string, not ${kindOf(jwk.kty)}`, 'kty');
  checkMemberTypes(jwk);
  if (jwk.use !== undefined && jwk.use !== 'sig' && jwk.use !== 'enc') {
    findings.push({ code: 'KEY_USE_UNKNOWN', severity: 'warning', message: `The JWK's "use" is ${echo(jwk.use)}; RFC 7517 defines "sig" and "enc"`, params: { use: echo(jwk.use) }, ref: rfcRef(7517, '4.2') });
  }
  if (jwk.use !== undefined && jwk.key_ops !== undefined) {
    findings.push({ code: 'KEY_USE_AND_OPS', severity: 'info', message: 'The JWK has both "use" and "key_ops"; RFC 7517 §4.3 says they should not be used together', ref: rfcRef(7517, '4.3') });
  }
  switch (jwk.kty) {
    case 'oct': {
      const k = member(jwk, 'k', true)!;
      if (k.length === 0) findings.push({ code: 'KEY_EMPTY_SECRET', severity: 'danger', message: 'The secret is empty' });
      return { kty: 'oct', type: 'secret', bits: k.length * 8, findings };
    }
    case 'RSA':
      return validateRsa(jwk, findings);
    case 'EC': {
      const crv = jwk.crv;
      if (typeof crv !== 'string' || !(crv in EC_CURVE_INFO)) {
        throw invalid(`The EC JWK's "crv" is ${echo(crv)}; expected P-256, P-384, P-521 or secp256k1`, 'crv');
      }
      const info = EC_CURVE_INFO[crv as EcCurve];
      const x = member(jwk, 'x', true)!;
      const y = member(jwk, 'y', true)!;
      const d = member(jwk, 'd', false);
      for (const [name, value] of [['x', x], ['y', y], ['d', d]] as const) {
        if (value && value.length !== info.coordinateBytes) {
          throw new JoseError('ERR_KEY_INVALID', `The ${crv} JWK member "${name}" is ${value.length} bytes; it must be exactly ${info.coordinateBytes}`, { segment: 'key', details: { member: name } });
        }
      }
      try {
        EC_POINTS[crv as EcCurve].fromAffine({ x: bytesToBigInt(x), y: bytesToBigInt(y) }).assertValidity();
      } catch (cause) {
        throw new JoseError('ERR_KEY_INVALID', `The point (x, y) is not on the curve ${crv}`, { segment: 'key', cause, details: { member: 'y' } });
      }
      return { kty: 'EC', crv: crv as EcCurve, type: d ? 'private' : 'public', bits: info.coordinateBytes * 8, findings };
    }
    case 'OKP': {
      const crv = jwk.crv;
      if (typeof crv !== 'string' || !(crv in OKP_CURVE_BYTES)) {
        throw invalid(`The OKP JWK's "crv" is ${echo(crv)}; expected Ed25519, Ed448, X25519 or X448`, 'crv');
      }
      const sizes = OKP_CURVE_BYTES[crv as OkpCurve];
      const x = member(jwk, 'x', true)!;
      const d = member(jwk, 'd', false);
      if (x.length !== sizes.publicBytes) {
        throw new JoseError('ERR_KEY_INVALID', `The ${crv} public key "x" is ${x.length} bytes; it must be ${sizes.publicBytes}`, { segment: 'key', details: { member: 'x' } });
      }
      if (d && d.length !== sizes.privateBytes) {
        throw new JoseError('ERR_KEY_INVALID', `The ${crv} private key "d" is ${d.length} bytes; it must be ${sizes.privateBytes}`, { segment: 'key', details: { member: 'd' } });
      }
      return { kty: 'OKP', crv: crv as OkpCurve, type: d ? 'private' : 'public', bits: sizes.publicBytes * 8, findings };
    }
    case 'AKP':
      return { ...validateAkp(jwk), findings };
    default:
      throw invalid(`Unknown JWK "kty" ${echo(jwk.kty)}; expected RSA, EC, OKP, AKP or oct`, 'kty');
  }
}

/**
 * RFC 9964 AKP: "alg" is required and decides the sizes; "pub" is required; "priv" is the 32-byte
 * seed. Every length is checked here, before any crypto, and each message names the size expected.
 */
function validateAkp(jwk: Jwk): Omit<ValidatedJwk, 'findings'> {
  const alg = jwk.alg;
  if (alg === undefined) {
    throw new JoseError('ERR_KEY_INVALID', 'The AKP JWK has no "alg"; RFC 9964 requires it, since the algorithm decides what "pub" and "priv" hold', { segment: 'key', details: { member: 'alg' } });
  }
  if (!isMlDsaAlg(alg)) {
    throw new JoseError('ERR_KEY_INVALID', `The AKP JWK's "alg" is ${echo(alg)}; this build reads AKP keys for ML-DSA-44, ML-DSA-65 and ML-DSA-87`, { segment: 'key', details: { member: 'alg' } });
  }
  const sizes = ML_DSA_INFO[alg];
  const pub = member(jwk, 'pub', true)!;
  const priv = member(jwk, 'priv', false);
  if (pub.length !== sizes.publicKeyBytes) {
    throw new JoseError('ERR_KEY_INVALID', `The ${alg} public key "pub" is ${pub.length} bytes; it must be exactly ${sizes.publicKeyBytes} (FIPS 204 Table 2)`, {
      segment: 'key',
      details: { member: 'pub', length: pub.length, expectedLength: sizes.publicKeyBytes },
    });
  }
  if (priv && priv.length !== sizes.seedBytes) {
    const expanded = priv.length === sizes.expandedKeyBytes ? `; ${priv.length} bytes is the expanded private key, which JOSE does not carry: use the seed it was made from` : '';
    throw new JoseError('ERR_KEY_INVALID', `The ${alg} private key "priv" is ${priv.length} bytes; RFC 9964 makes it the ${sizes.seedBytes}-byte seed${expanded}`, {
      segment: 'key',
      details: { member: 'priv', length: priv.length, expectedLength: sizes.seedBytes },
    });
  }
  return { kty: 'AKP', type: priv ? 'private' : 'public', bits: pub.length * 8 };
}

/** The members every key type may carry, type-checked before anything reads them. */
function checkMemberTypes(jwk: Jwk): void {
  for (const name of STRING_MEMBERS) {
    const value = jwk[name];
    if (value !== undefined && typeof value !== 'string') throw invalid(`The JWK member "${name}" must be a string, not ${kindOf(value)}`, name);
  }
  if (jwk.key_ops !== undefined && (!Array.isArray(jwk.key_ops) || jwk.key_ops.some((op) => typeof op !== 'string'))) {
    throw invalid('The JWK member "key_ops" must be an array of strings', 'key_ops');
  }
  if (jwk.x5c !== undefined && (!Array.isArray(jwk.x5c) || jwk.x5c.some((c) => typeof c !== 'string'))) {
    throw invalid('The JWK member "x5c" must be an array of base64 strings', 'x5c');
  }
  if (jwk.ext !== undefined && typeof jwk.ext !== 'boolean') throw invalid(`The JWK member "ext" must be true or false, not ${kindOf(jwk.ext)}`, 'ext');
}

/**
 * RSA: every size is checked on byte lengths first, so no hostile member reaches BigInt arithmetic
 * (the ROCA test here, RSA1_5 and signature opening later) bigger than the capped modulus.
 */
function validateRsa(jwk: Jwk, findings: Finding[]): ValidatedJwk {
  const n = member(jwk, 'n', true)!;
  const e = member(jwk, 'e', true)!;
  const bits = bitLength(n);
  if (bits > MAX_RSA_MODULUS_BITS) {
    throw new JoseError('ERR_LIMIT_EXCEEDED', `The RSA modulus "n" is ${bits} bits; JOSE Lab reads RSA keys of up to ${MAX_RSA_MODULUS_BITS} bits`, {
      segment: 'key',
      details: { member: 'n', value: bits, limit: MAX_RSA_MODULUS_BITS },
    });
  }
  if (bits < 512) throw invalid(`The RSA modulus "n" is only ${bits} bits`, 'n');
  const eBits = bitLength(e);
  if (eBits <= 1 || (e[e.length - 1]! & 1) === 0) throw invalid('The RSA public exponent "e" must be an odd number greater than 1', 'e');
  if (eBits > MAX_RSA_EXPONENT_BITS) throw invalid(`The RSA public exponent "e" is ${eBits} bits; RSA implementations accept at most ${MAX_RSA_EXPONENT_BITS}`, 'e');
  if (jwk.oth !== undefined) throw invalid('The JWK has "oth": multi-prime RSA keys (RFC 7518 §6.3.2.7) are not supported here, nor by Web Crypto', 'oth');
  const d = member(jwk, 'd', false);
  if (bits < 2048) {
    findings.push({ code: 'KEY_RSA_SHORT', severity: 'danger', message: `The RSA modulus is ${bits} bits; RFC 7518 requires at least 2048`, params: { bits }, ref: rfcRef(7518, '3.3') });
  }
  if (hasRocaFingerprint(bytesToBigInt(n))) {
    findings.push({ code: 'KEY_RSA_ROCA', severity: 'danger', message: 'The RSA modulus has the ROCA fingerprint (CVE-2017-15361, Infineon RSALib): its private key can be computed from the public key', segment: 'key' });
  }
  if (d) {
    const crt = ['p', 'q', 'dp', 'dq', 'qi'].filter((m) => jwk[m] !== undefined);
    if (crt.length !== 0 && crt.length !== 5) {
      throw new JoseError('ERR_KEY_INVALID', `The RSA private JWK has only some CRT members (${crt.join(', ')}); give all of p, q, dp, dq, qi or none`, { segment: 'key' });
    }
    if (crt.length === 0) {
      throw new JoseError('ERR_KEY_INVALID', 'The RSA private JWK has "d" but not the CRT members p, q, dp, dq, qi that Web Crypto needs', { segment: 'key' });
    }
    for (const [name, value] of [['d', d], ...crt.map((m) => [m, member(jwk, m, true)!] as const)] as const) {
      if (bitLength(value) > bits) throw invalid(`The RSA private member "${name}" is ${bitLength(value)} bits, longer than the ${bits}-bit modulus`, name);
    }
  }
  return { kty: 'RSA', type: d ? 'private' : 'public', bits, findings };
}
