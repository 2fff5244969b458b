import { aeskw } from '@noble/ciphers/aes.js';
import { toBytes, type Bytes } from '../../lib/bytes.ts';
import { JoseError } from '../../lib/errors.ts';
import type { JoseKey } from '../../jwk/types.ts';
import { aesKey, guard, importRaw, webAes } from '../subtle.ts';

/**
 * AES Key Wrap (RFC 3394), the last step of A*KW, ECDH-ES+A*KW and PBES2. Web Crypto's AES-KW where
 * the runtime has the key size; @noble/ciphers' aeskw otherwise (Chromium has no 192-bit AES).
 * Web Crypto only wraps CryptoKeys, so the CEK travels as an extractable HMAC key (any length works).
 */
const CARRIER = { name: 'HMAC', hash: 'SHA-256' } as const;

export async function aesKeyWrap(kek: Bytes, cek: Bytes, owner?: JoseKey): Promise<Bytes> {
  if (cek.length < 16 || cek.length % 8 !== 0) {
    throw new JoseError('ERR_KEY_INVALID', `AES Key Wrap needs a CEK of 16 or more octets in 8-octet blocks; this one is ${cek.length}`);
  }
  if (await webAes(kek.length * 8)) {
    const wrapping = await aesKey(kek, 'AES-KW', 'wrapKey', owner);
    const carried = await importRaw(cek, CARRIER, ['sign'], true);
    return guard('ERR_KEY_INVALID', 'AES Key Wrap failed', async () => new Uint8Array(await crypto.subtle.wrapKey('raw', carried, wrapping, 'AES-KW')));
  }
  return toBytes(aeskw(kek).encrypt(cek));
}

/** Unwraps, or throws ERR_KEY_UNWRAP_FAILED when the integrity check value (A6A6...) does not come out. */
export async function aesKeyUnwrap(kek: Bytes, wrapped: Bytes, alg: string, owner?: JoseKey): Promise<Bytes> {
  const failed = (why: string) =>
    new JoseError('ERR_KEY_UNWRAP_FAILED', `${alg}: the key did not unwrap the CEK (${why}); it is not the key this JWE was encrypted to`, {
      segment: 'encrypted_key',
      step: 'key-wrap',
    });
  if (wrapped.length < 24 || wrapped.length % 8 !== 0) {
    throw new JoseError('ERR_KEY_UNWRAP_FAILED', `${alg}: the JWE Encrypted Key must be 24 or more octets in 8-octet blocks; it is ${wrapped.length}`, {
      segment: 'encrypted_key',
      step: 'key-wrap',
    });
  }
  if (await webAes(kek.length * 8)) {
    const unwrapping = await aesKey(kek, 'AES-KW', 'unwrapKey', owner);
    try {
      const key = await crypto.subtle.unwrapKey('raw', wrapped, unwrapping, 'AES-KW', CARRIER, true, ['sign']);
      return new Uint8Array(await crypto.subtle.exportKey('raw', key));
    } catch {
      throw failed('the integrity check of RFC 3394 §2.2.3 failed');
    }
  }
  try {
    return toBytes(aeskw(kek).decrypt(wrapped));
  } catch {
    throw failed('the integrity check of RFC 3394 §2.2.3 failed');
  }
}
