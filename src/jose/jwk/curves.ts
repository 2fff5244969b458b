/**
 * Curve arithmetic that key files need and Web Crypto does not offer synchronously: the public point
 * of a private scalar (PKCS#8 and SEC1 files may leave it out) and compressed-point decoding. The
 * arithmetic is @noble/curves; only the JOSE glue is here.
 */
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { ed448, x448 } from '@noble/curves/ed448.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { JoseError } from '../lib/errors.ts';
import { EC_CURVE_INFO, type EcCurve, type OkpCurve } from '../lib/registry.ts';
import type { Bytes } from '../lib/bytes.ts';

export const WEIERSTRASS = { 'P-256': p256, 'P-384': p384, 'P-521': p521, secp256k1 } as const;
export const MONTGOMERY_EDWARDS = { Ed25519: ed25519, Ed448: ed448, X25519: x25519, X448: x448 } as const;

/** The affine coordinates of an EC point given in SEC1 form (uncompressed 04||x||y or compressed 02/03||x). */
export function decodeEcPoint(crv: EcCurve, bytes: Uint8Array): { x: Bytes; y: Bytes; compressed: boolean } {
  const size = EC_CURVE_INFO[crv].coordinateBytes;
  const compressed = bytes[0] === 0x02 || bytes[0] === 0x03;
  const expected = compressed ? size + 1 : 2 * size + 1;
  if ((bytes[0] !== 0x04 && !compressed) || bytes.length !== expected) {
    throw new JoseError('ERR_KEY_INVALID', `The ${crv} public point is ${bytes.length} bytes starting 0x${(bytes[0] ?? 0).toString(16).padStart(2, '0')}; expected ${2 * size + 1} bytes starting 0x04 (or ${size + 1} starting 0x02/0x03)`, {
      segment: 'key',
    });
  }
  let raw: Uint8Array;
  try {
    raw = WEIERSTRASS[crv].Point.fromBytes(bytes).toBytes(false);
  } catch (cause) {
    throw new JoseError('ERR_KEY_INVALID', `The public point is not on the curve ${crv}`, { segment: 'key', cause });
  }
  return { x: raw.slice(1, 1 + size), y: raw.slice(1 + size), compressed };
}

/** The public point of an EC private scalar d (big-endian, coordinate-sized). */
export function ecPublicFromPrivate(crv: EcCurve, d: Uint8Array): { x: Bytes; y: Bytes } {
  const size = EC_CURVE_INFO[crv].coordinateBytes;
  let raw: Uint8Array;
  try {
    raw = WEIERSTRASS[crv].getPublicKey(d, false);
  } catch (cause) {
    throw new JoseError('ERR_KEY_INVALID', `The ${crv} private key "d" is not a valid scalar (it must be between 1 and the curve order - 1)`, { segment: 'key', cause });
  }
  return { x: raw.slice(1, 1 + size), y: raw.slice(1 + size) };
}

/** The public key of an Ed25519/Ed448 seed or an X25519/X448 private key (RFC 8032 / RFC 7748). */
export function okpPublicFromPrivate(crv: OkpCurve, d: Uint8Array): Bytes {
  try {
    return MONTGOMERY_EDWARDS[crv].getPublicKey(d).slice();
  } catch (cause) {
    throw new JoseError('ERR_KEY_INVALID', `The ${crv} private key could not be used: ${(cause as Error).message}`, { segment: 'key', cause });
  }
}
