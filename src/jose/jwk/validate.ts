import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { base64urlDecode } from '../lib/base64url.ts';
import { bytesToBigInt } from '../lib/bigint.ts';
import { JoseError, rfcRef, type Finding } from '../lib/errors.ts';
import { EC_CURVE_INFO, ML_DSA_INFO, OKP_CURVE_BYTES, isMlDsaAlg, type Curve, type EcCurve, type Kty, type OkpCurve } from '../lib/registry.ts';
import type { Bytes } from '../lib/bytes.ts';
import { hasRocaFingerprint } from './roca.ts';
import type { Jwk } from './types.ts';

const EC_POINTS = { 'P-256': p256.Point, 'P-384': p384.Point, 'P-521': p521.Point, secp256k1: secp256k1.Point } as const;

function member(jwk: Jwk, name: string, required: boolean): Bytes | undefined {
  const value = jwk[name];
  if (value === undefined) {
    if (required) throw new JoseError('ERR_KEY_INVALID', `The ${String(jwk.kty)} JWK is missing its "${name}" member`, { segment: 'key', details: { member: name } });
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new JoseError('ERR_KEY_INVALID', `The JWK member "${name}" must be a base64url string`, { segment: 'key', details: { member: name } });
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
  if (typeof jwk.kty !== 'string') {
    throw new JoseError('ERR_KEY_INVALID', 'The JWK has no "kty" (Key Type) member', { segment: 'key', details: { member: 'kty' } });
  }
  if (jwk.use !== undefined && jwk.use !== 'sig' && jwk.use !== 'enc') {
    findings.push({ code: 'KEY_USE_UNKNOWN', severity: 'warning', message: `The JWK's "use" is "${String(jwk.use)}"; RFC 7517 defines "sig" and "enc"`, ref: rfcRef(7517, '4.2') });
  }
  if (jwk.key_ops !== undefined && (!Array.isArray(jwk.key_ops) || jwk.key_ops.some((op) => typeof op !== 'string'))) {
    throw new JoseError('ERR_KEY_INVALID', 'The JWK member "key_ops" must be an array of strings', { segment: 'key', details: { member: 'key_ops' } });
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
    case 'RSA': {
      const n = member(jwk, 'n', true)!;
      const e = member(jwk, 'e', true)!;
      const d = member(jwk, 'd', false);
      const bits = bitLength(n);
      if (bits < 512) throw new JoseError('ERR_KEY_INVALID', `The RSA modulus "n" is only ${bits} bits`, { segment: 'key', details: { member: 'n' } });
      if (bitLength(e) === 0 || (e[e.length - 1]! & 1) === 0 || (bitLength(e) === 1)) {
        throw new JoseError('ERR_KEY_INVALID', 'The RSA public exponent "e" must be an odd number greater than 1', { segment: 'key', details: { member: 'e' } });
      }
      if (bits < 2048) {
        findings.push({ code: 'KEY_RSA_SHORT', severity: 'danger', message: `The RSA modulus is ${bits} bits; RFC 7518 requires at least 2048`, ref: rfcRef(7518, '3.3') });
      }
      if (hasRocaFingerprint(bytesToBigInt(n))) {
        findings.push({ code: 'KEY_RSA_ROCA', severity: 'danger', message: 'The RSA modulus has the ROCA fingerprint (CVE-2017-15361, Infineon RSALib): its private key can be computed from the public key', segment: 'key' });
      }
      if (d) {
        const crt = ['p', 'q', 'dp', 'dq', 'qi'].filter((m) => jwk[m] !== undefined);
        if (crt.length !== 0 && crt.length !== 5) {
          throw new JoseError('ERR_KEY_INVALID', `The RSA private JWK has only some CRT members (${crt.join(', ')}); give all of p, q, dp, dq, qi or none`, { segment: 'key' });
        }
        for (const m of crt) member(jwk, m, true);
        if (crt.length === 0) {
          throw new JoseError('ERR_KEY_INVALID', 'The RSA private JWK has "d" but not the CRT members p, q, dp, dq, qi that Web Crypto needs', { segment: 'key' });
        }
      }
      return { kty: 'RSA', type: d ? 'private' : 'public', bits, findings };
    }
    case 'EC': {
      const crv = jwk.crv;
      if (typeof crv !== 'string' || !(crv in EC_CURVE_INFO)) {
        throw new JoseError('ERR_KEY_INVALID', `The EC JWK's "crv" is ${JSON.stringify(crv)}; expected P-256, P-384, P-521 or secp256k1`, { segment: 'key', details: { member: 'crv' } });
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
        throw new JoseError('ERR_KEY_INVALID', `The OKP JWK's "crv" is ${JSON.stringify(crv)}; expected Ed25519, Ed448, X25519 or X448`, { segment: 'key', details: { member: 'crv' } });
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
      throw new JoseError('ERR_KEY_INVALID', `Unknown JWK "kty" ${JSON.stringify(jwk.kty)}; expected RSA, EC, OKP, AKP or oct`, { segment: 'key', details: { member: 'kty' } });
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
    throw new JoseError('ERR_KEY_INVALID', `The AKP JWK's "alg" is ${JSON.stringify(alg)}; this build reads AKP keys for ML-DSA-44, ML-DSA-65 and ML-DSA-87`, { segment: 'key', details: { member: 'alg' } });
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
