import { base64urlDecode } from '../../lib/base64url.ts';
import { bigIntToBytes, bytesToBigInt, modPow } from '../../lib/bigint.ts';
import { randomBytes, type Bytes } from '../../lib/bytes.ts';
import { JoseError } from '../../lib/errors.ts';
import { JWE_ENC_INFO } from '../../lib/registry.ts';
import { bytesValue, traceStep } from '../../lib/trace.ts';
import type { JoseKey } from '../../jwk/types.ts';
import type { UnwrapInput, WrapInput, WrapResult } from './types.ts';

/**
 * RSA1_5 (RFC 7518 §4.2): RSAES-PKCS1-v1_5, which no Web Crypto has. A small BigInt RSA (textbook
 * modular exponentiation with CRT, PKCS #1 v1.5 type 2 padding of RFC 8017 §7.2). BigInt arithmetic
 * is not constant-time: this is for reading legacy tokens, and decrypt accepts RSA1_5 only when the
 * caller lists it. A padding or length failure never shows: a random CEK takes over and the JWE
 * fails at the tag check like any wrong key (RFC 7516 §11.5, the Bleichenbacher countermeasure);
 * only a trace created with `revealPaddingChecks` (the Learn screen's) says which it was.
 *
 * Sizes are checked before any arithmetic: the key's members were bounded by validateJwk (modulus
 * at most MAX_RSA_MODULUS_BITS, private members no longer than it), and an encrypted key that is
 * not exactly the modulus length is never converted (RFC 8017 §7.2.2 step 1).
 */

function big(jwk: Readonly<Record<string, unknown>>, name: string): bigint {
  return bytesToBigInt(base64urlDecode(String(jwk[name])));
}

/** k, the modulus length in octets (the key's bit size was measured without leading zeros). */
function modulusBytes(key: JoseKey): number {
  return Math.ceil(key.bits / 8);
}

export async function wrapRsa1_5(input: WrapInput): Promise<WrapResult> {
  const n = big(input.key.jwk, 'n');
  const e = big(input.key.jwk, 'e');
  const k = modulusBytes(input.key);
  const cek = input.cek!;
  if (cek.length > k - 11) throw new JoseError('ERR_KEY_INVALID', `The RSA key is too small to carry a ${cek.length}-octet CEK with PKCS #1 v1.5 padding`, { segment: 'key' });
  const ps = randomBytes(k - 3 - cek.length);
  for (let i = 0; i < ps.length; i++) while (ps[i] === 0) ps[i] = randomBytes(1)[0]!;
  const em = new Uint8Array(k);
  em[1] = 2;
  em.set(ps, 2);
  em.set(cek, 3 + ps.length);
  const encryptedKey = bigIntToBytes(modPow(bytesToBigInt(em), e, n), k);
  traceStep(input.trace, {
    id: 'key-wrap',
    title: 'Encrypt the CEK with RSAES-PKCS1-v1_5 (deprecated)',
    ref: 'RFC 7518 §4.2 / RFC 8017 §7.2.1',
    values: [bytesValue('cek', 'CEK', cek), bytesValue('encryptedKey', 'JWE Encrypted Key', encryptedKey)],
  });
  return { cek, encryptedKey, params: {} };
}

function rsaDecrypt(jwk: Readonly<Record<string, unknown>>, c: bigint): bigint {
  const p = big(jwk, 'p');
  const q = big(jwk, 'q');
  const m1 = modPow(c % p, big(jwk, 'dp'), p);
  const m2 = modPow(c % q, big(jwk, 'dq'), q);
  const h = (big(jwk, 'qi') * (((m1 - m2) % p) + p)) % p;
  return m2 + h * q;
}

/** Always returns a CEK of the enc's length: the real one, or a random one when anything is off. */
export async function unwrapRsa1_5(input: UnwrapInput): Promise<Bytes> {
  const cekLength = JWE_ENC_INFO[input.enc].cekBits / 8;
  const fallback = randomBytes(cekLength);
  const k = modulusBytes(input.key);
  // The length is public (it is in the token): checking it first leaks nothing and bounds the work.
  let ok = input.encryptedKey.length === k ? 1 : 0;
  const c = ok ? bytesToBigInt(input.encryptedKey) : 0n;
  ok &= c < big(input.key.jwk, 'n') ? 1 : 0;
  const em = bigIntToBytes(ok ? rsaDecrypt(input.key.jwk, c) : 0n, k);
  // Scan the whole block without an early exit: 0x00 0x02, at least 8 non-zero PS octets, 0x00, M.
  ok &= em[0] === 0 ? 1 : 0;
  ok &= em[1] === 2 ? 1 : 0;
  let separator = 0;
  for (let i = 2; i < k; i++) {
    const isZero = em[i] === 0 ? 1 : 0;
    const first = isZero & (separator === 0 ? 1 : 0);
    separator = first ? i : separator;
  }
  ok &= separator >= 10 ? 1 : 0;
  ok &= k - separator - 1 === cekLength ? 1 : 0;
  const recovered = em.slice(k - cekLength);
  const cek = ok ? recovered : fallback;
  const label = input.trace?.revealPaddingChecks
    ? ok
      ? 'Recovered CEK (padding and length checks passed)'
      : 'Random CEK (the padding or length check failed; RFC 7516 §11.5)'
    : 'CEK (the recovered one, or a random one if the padding check failed: by design the two look the same, RFC 7516 §11.5)';
  traceStep(input.trace, {
    id: 'key-wrap',
    title: 'Decrypt the JWE Encrypted Key with RSAES-PKCS1-v1_5 (deprecated)',
    ref: 'RFC 7518 §4.2 / RFC 7516 §11.5',
    values: [bytesValue('encryptedKey', 'JWE Encrypted Key', input.encryptedKey), bytesValue('cek', label, cek)],
  });
  return cek;
}
