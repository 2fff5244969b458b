import { fromHex, toHex, type Bytes } from './bytes.ts';

/**
 * Big-endian bytes <-> BigInt and modular exponentiation: what the RSA operations Web Crypto lacks
 * need (RSA1_5, and opening an RSA signature to show what is inside it). BigInt arithmetic is not
 * constant-time; callers use it only where that is acceptable and say so.
 *
 * Conversions go through hex text, which the engine parses and prints in linear time: shifting a
 * byte at a time into a BigInt copies the whole number for every byte (quadratic: 256 KiB took
 * about a minute). Work on the numbers themselves is the callers' to bound, by checking sizes
 * against the key before any arithmetic.
 */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${toHex(bytes)}`);
}

/**
 * The value as exactly `length` big-endian bytes (leading zeros kept, as RSA's I2OSP requires); a
 * value too large keeps its low `length` bytes, as it always did, rather than throwing.
 */
export function bigIntToBytes(value: bigint, length: number): Bytes {
  if (length <= 0) return new Uint8Array(0);
  return fromHex(BigInt.asUintN(length * 8, value).toString(16).padStart(length * 2, '0'));
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
