import { base64urlDecode, base64urlEncode } from '../../lib/base64url.ts';
import { concatBytes, randomBytes, toBytes, utf8Encode, type Bytes } from '../../lib/bytes.ts';
import { JoseError, echo } from '../../lib/errors.ts';
import type { JsonObject } from '../../lib/json.ts';
import { JWE_ALG_INFO, type JweAlg } from '../../lib/registry.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../../lib/trace.ts';
import { DEFAULT_PBES2_COUNT_FOR_ENCRYPT, DEFAULT_PBES2_SALT_BYTES, MIN_PBES2_SALT_BYTES } from '../limits.ts';
import { guard, importRaw } from '../subtle.ts';
import { aesKeyUnwrap, aesKeyWrap } from './aes-kw.ts';
import type { UnwrapInput, WrapInput, WrapResult } from './types.ts';

/**
 * PBES2-HS*+A*KW (RFC 7518 §4.8): PBKDF2 over the password with salt UTF8(alg) || 0x00 || p2s and
 * p2c iterations gives the key-wrapping key. Decrypt checks p2s and p2c (type, range, cap) before
 * any PBKDF2 work, so a hostile p2c of 2^31 costs nothing.
 */

function passwordOf(input: { key: { jwk: { k?: unknown } } }): Bytes {
  return base64urlDecode(String(input.key.jwk.k ?? ''), { allowEmpty: true });
}

/** Checks "p2c" (iteration count) against the cap; throws ERR_MALFORMED or ERR_LIMIT_EXCEEDED. */
export function checkP2c(value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new JoseError('ERR_MALFORMED', `The "p2c" (PBES2 Count) header parameter must be a positive integer; it is ${echo(value)}`, {
      segment: 'header',
      details: { member: 'p2c' },
    });
  }
  if (value > max) {
    throw new JoseError(
      'ERR_LIMIT_EXCEEDED',
      `The "p2c" (PBES2 Count) is ${value} iterations, above the limit of ${max} (option maxPbes2Count); raise the limit only for a token you trust`,
      { segment: 'header', details: { member: 'p2c', limit: max, option: 'maxPbes2Count', value } },
    );
  }
  return value;
}

/** Checks "p2s" (salt input): base64url, at least 8 octets (RFC 7518 §4.8.1.1). */
export function checkP2s(value: unknown): Bytes {
  if (typeof value !== 'string') {
    throw new JoseError('ERR_MALFORMED', 'The "p2s" (PBES2 Salt Input) header parameter must be a base64url string', { segment: 'header', details: { member: 'p2s' } });
  }
  let salt: Bytes;
  try {
    salt = base64urlDecode(value, { allowEmpty: true });
  } catch (cause) {
    throw new JoseError('ERR_MALFORMED', `The "p2s" header parameter is not valid base64url: ${(cause as Error).message}`, { segment: 'header', cause, details: { member: 'p2s' } });
  }
  if (salt.length < MIN_PBES2_SALT_BYTES) {
    throw new JoseError('ERR_MALFORMED', `The "p2s" (PBES2 Salt Input) is ${salt.length} octets; RFC 7518 §4.8.1.1 requires at least ${MIN_PBES2_SALT_BYTES}`, {
      segment: 'header',
      details: { member: 'p2s', length: salt.length },
    });
  }
  return salt;
}

async function deriveKek(alg: JweAlg, password: Bytes, p2s: Bytes, p2c: number, trace: Trace | undefined): Promise<Bytes> {
  const info = JWE_ALG_INFO[alg];
  const salt = concatBytes(utf8Encode(alg), new Uint8Array([0]), p2s);
  const base = await importRaw(password, 'PBKDF2', ['deriveBits']);
  const kek = await guard('ERR_KEY_INVALID', 'PBKDF2 failed', async () =>
    new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: info.hash!, salt, iterations: p2c }, base, info.kekBits!)),
  );
  traceStep(trace, {
    id: 'pbkdf2',
    title: `PBKDF2 with HMAC-${info.hash} to a ${info.kekBits}-bit key-wrapping key`,
    ref: 'RFC 7518 §4.8.1.1',
    values: [
      bytesValue('p2s', 'Salt input "p2s"', p2s),
      bytesValue('salt', 'Salt = UTF8(alg) || 0x00 || p2s', salt),
      textValue('p2c', 'Iteration count "p2c"', String(p2c)),
      bytesValue('kek', 'Derived key-wrapping key', kek),
    ],
  });
  return kek;
}

export async function wrapPbes2(input: WrapInput): Promise<WrapResult> {
  const p2s = input.hooks.p2s ? toBytes(input.hooks.p2s) : randomBytes(DEFAULT_PBES2_SALT_BYTES);
  if (p2s.length < MIN_PBES2_SALT_BYTES) throw new JoseError('ERR_MALFORMED', `The PBES2 salt input must be at least ${MIN_PBES2_SALT_BYTES} octets`, { details: { member: 'p2s' } });
  const p2c = checkP2c(input.hooks.p2c ?? DEFAULT_PBES2_COUNT_FOR_ENCRYPT, Number.MAX_SAFE_INTEGER);
  const kek = await deriveKek(input.alg, passwordOf(input), p2s, p2c, input.trace);
  const encryptedKey = await aesKeyWrap(kek, input.cek!);
  traceStep(input.trace, {
    id: 'key-wrap',
    title: 'Wrap the CEK with AES Key Wrap under the derived key',
    ref: 'RFC 7518 §4.8 / RFC 3394',
    values: [bytesValue('cek', 'CEK', input.cek!), bytesValue('encryptedKey', 'JWE Encrypted Key', encryptedKey)],
  });
  const params: JsonObject = { p2s: base64urlEncode(p2s), p2c };
  return { cek: input.cek!, encryptedKey, params };
}

export async function unwrapPbes2(input: UnwrapInput): Promise<Bytes> {
  const p2s = checkP2s(input.header.p2s);
  const p2c = checkP2c(input.header.p2c, input.maxPbes2Count);
  const kek = await deriveKek(input.alg, passwordOf(input), p2s, p2c, input.trace);
  const cek = await aesKeyUnwrap(kek, input.encryptedKey, input.alg);
  traceStep(input.trace, {
    id: 'key-wrap',
    title: 'Unwrap the CEK with AES Key Wrap under the derived key',
    ref: 'RFC 7518 §4.8 / RFC 3394',
    values: [bytesValue('encryptedKey', 'JWE Encrypted Key', input.encryptedKey), bytesValue('cek', 'Unwrapped CEK', cek)],
  });
  return cek;
}
