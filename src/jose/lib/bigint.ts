import type { Bytes } from './bytes.ts';

/**
 * Big-endian bytes <-> BigInt and modular exponentiation: what the RSA operations Web Crypto lacks
 * need (RSA1_5, and opening an RSA signature to show what is inside it). BigInt arithmetic is not
 * constant-time; callers use it only where that is acceptable and say so.
 */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let out = 0n;
  for (const b of bytes) out = (out << 8n) | BigInt(b);
  return out;
}

/** The value as exactly `length` big-endian bytes (leading zeros kept, as RSA's I2OSP requires). */
export function bigIntToBytes(value: bigint, length: number): Bytes {
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(value & 0xffn);
    value >>= 8n;
  }
  return out;
}

/** base^exponent mod modulus by square-and-multiply. */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  base %= modulus;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    exponent >>= 1n;
  }
  return result;
}
