import { gcm } from '@noble/ciphers/aes.js';
import { toBytes, type Bytes } from '../lib/bytes.ts';
import { JoseError, type JoseErrorCode, type JoseErrorOptions } from '../lib/errors.ts';
import { cryptoKeyFor, runtimeSupports } from '../lib/webcrypto.ts';
import type { JoseKey } from '../jwk/types.ts';

/**
 * The few Web Crypto calls the JWE steps share, each with its @noble fallback where a runtime lacks
 * the primitive (Chromium has no 192-bit AES), and with every platform error turned into a JoseError.
 */

/** Whether Web Crypto here can use an AES key of this size. */
export async function webAes(bits: number): Promise<boolean> {
  return bits !== 192 || (await runtimeSupports('AES-192'));
}

/** Runs a Web Crypto call and turns its DOMException into a JoseError with the given code. */
export async function guard<T>(code: JoseErrorCode, message: string, work: () => Promise<T>, options: JoseErrorOptions = {}): Promise<T> {
  try {
    return await work();
  } catch (cause) {
    if (cause instanceof JoseError) throw cause;
    throw new JoseError(code, message, { ...options, cause });
  }
}

export async function importRaw(bytes: Bytes, algorithm: AlgorithmIdentifier | HmacImportParams, usages: KeyUsage[], extractable = false): Promise<CryptoKey> {
  return guard('ERR_KEY_INVALID', `This runtime could not import a ${bytes.length}-byte key for ${typeof algorithm === 'string' ? algorithm : algorithm.name}`, () =>
    crypto.subtle.importKey('raw', bytes, algorithm, extractable, usages),
  );
}

/**
 * An AES CryptoKey for raw key bytes; when the bytes are a JoseKey's own secret ("dir", A*KW,
 * A*GCMKW), the import is cached on that key, as panva jose callers cache their CryptoKeys.
 */
export function aesKey(bytes: Bytes, name: 'AES-GCM' | 'AES-KW', usage: KeyUsage, owner?: JoseKey): Promise<CryptoKey> {
  return owner ? cryptoKeyFor(owner, { name }, usage) : importRaw(bytes, name, [usage]);
}

/** AES-GCM encryption with a 128-bit tag; returns ciphertext and tag apart, as JOSE carries them. */
export async function aesGcmEncrypt(key: Bytes, iv: Bytes, plaintext: Bytes, aad: Bytes, owner?: JoseKey): Promise<{ ciphertext: Bytes; tag: Bytes }> {
  let sealed: Bytes;
  if (await webAes(key.length * 8)) {
    const cryptoKey = await aesKey(key, 'AES-GCM', 'encrypt', owner);
    sealed = await guard('ERR_KEY_INVALID', 'AES-GCM encryption failed', async () =>
      new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, cryptoKey, plaintext)),
    );
  } else {
    sealed = toBytes(gcm(key, iv, aad).encrypt(plaintext));
  }
  return { ciphertext: sealed.slice(0, sealed.length - 16), tag: sealed.slice(sealed.length - 16) };
}

/** AES-GCM decryption; a wrong key, tag, IV or AAD all give `failure` (the tag does not verify). */
export async function aesGcmDecrypt(key: Bytes, iv: Bytes, ciphertext: Bytes, tag: Bytes, aad: Bytes, failure: () => JoseError, owner?: JoseKey): Promise<Bytes> {
  const sealed = new Uint8Array(ciphertext.length + tag.length);
  sealed.set(ciphertext);
  sealed.set(tag, ciphertext.length);
  if (await webAes(key.length * 8)) {
    const cryptoKey = await aesKey(key, 'AES-GCM', 'decrypt', owner);
    try {
      return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, cryptoKey, sealed));
    } catch {
      throw failure();
    }
  }
  try {
    return toBytes(gcm(key, iv, aad).decrypt(sealed));
  } catch {
    throw failure();
  }
}
