import { base64urlDecode, base64urlEncode } from '../../lib/base64url.ts';
import { randomBytes, toBytes, type Bytes } from '../../lib/bytes.ts';
import { JoseError } from '../../lib/errors.ts';
import { bytesValue, traceStep } from '../../lib/trace.ts';
import { aesGcmDecrypt, aesGcmEncrypt } from '../subtle.ts';
import type { UnwrapInput, WrapInput, WrapResult } from './types.ts';

/**
 * A*GCMKW (RFC 7518 §4.7): the CEK is encrypted with AES-GCM under the key, with an empty AAD; the
 * 96-bit IV and the 128-bit tag travel in the "iv" and "tag" header parameters.
 */

function kekOf(key: { jwk: { k?: unknown } }): Bytes {
  return base64urlDecode(String(key.jwk.k ?? ''), { allowEmpty: true });
}

export async function wrapAesGcmKw(input: WrapInput): Promise<WrapResult> {
  const kek = kekOf(input.key);
  const iv = input.hooks.keyWrapIv ? toBytes(input.hooks.keyWrapIv) : randomBytes(12);
  if (iv.length !== 12) throw new JoseError('ERR_MALFORMED', `The ${input.alg} IV must be 96 bits (12 octets)`, { details: { member: 'iv' } });
  const { ciphertext, tag } = await aesGcmEncrypt(kek, iv, input.cek!, new Uint8Array(0), input.key);
  traceStep(input.trace, {
    id: 'key-wrap',
    title: `Encrypt the CEK with AES-GCM under the ${kek.length * 8}-bit key`,
    ref: 'RFC 7518 §4.7',
    values: [
      bytesValue('kek', 'Key-encryption key', kek),
      bytesValue('cek', 'CEK', input.cek!),
      bytesValue('kw.iv', 'Key-encryption IV ("iv" header parameter)', iv),
      bytesValue('encryptedKey', 'JWE Encrypted Key', ciphertext),
      bytesValue('kw.tag', 'Key-encryption tag ("tag" header parameter)', tag),
    ],
  });
  return { cek: input.cek!, encryptedKey: ciphertext, params: { iv: base64urlEncode(iv), tag: base64urlEncode(tag) } };
}

function headerBytes(value: unknown, name: 'iv' | 'tag', length: number, alg: string): Bytes {
  const malformed = (why: string) => new JoseError('ERR_MALFORMED', `${alg} needs the "${name}" header parameter: ${why}`, { segment: 'header', details: { member: name } });
  if (typeof value !== 'string') throw malformed(`a base64url string of ${length} octets`);
  let bytes: Bytes;
  try {
    bytes = base64urlDecode(value);
  } catch (cause) {
    throw malformed(`not valid base64url (${(cause as Error).message})`);
  }
  if (bytes.length !== length) throw malformed(`it must be ${length} octets, not ${bytes.length}`);
  return bytes;
}

export async function unwrapAesGcmKw(input: UnwrapInput): Promise<Bytes> {
  const kek = kekOf(input.key);
  const iv = headerBytes(input.header.iv, 'iv', 12, input.alg);
  const tag = headerBytes(input.header.tag, 'tag', 16, input.alg);
  const cek = await aesGcmDecrypt(
    kek,
    iv,
    input.encryptedKey,
    tag,
    new Uint8Array(0),
    () => {
      throw new JoseError('ERR_KEY_UNWRAP_FAILED', `${input.alg}: the key did not decrypt the CEK (the GCM tag in the header did not verify); it is not the key this JWE was encrypted to`, {
        segment: 'encrypted_key',
        step: 'key-wrap',
      });
    },
    input.key,
  );
  traceStep(input.trace, {
    id: 'key-wrap',
    title: `Decrypt the CEK with AES-GCM under the ${kek.length * 8}-bit key`,
    ref: 'RFC 7518 §4.7',
    values: [
      bytesValue('kek', 'Key-encryption key', kek),
      bytesValue('kw.iv', 'Key-encryption IV ("iv")', iv),
      bytesValue('kw.tag', 'Key-encryption tag ("tag")', tag),
      bytesValue('encryptedKey', 'JWE Encrypted Key', input.encryptedKey),
      bytesValue('cek', 'Decrypted CEK', cek),
    ],
  });
  return cek;
}
