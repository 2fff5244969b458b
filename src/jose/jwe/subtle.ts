import { gcm } from '@noble/ciphers/aes.js';
import { toBytes, type Bytes } from '../lib/bytes.ts';
import { JoseError, type JoseErrorCode, type JoseErrorOptions } from '../lib/errors.ts';
import { cryptoKeyFor, cryptoKeyNow, runtimeSupports } from '../lib/webcrypto.ts';
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
  return owner ? cryptoKeyFor(owner, AES_PARAMS[name], usage) : importRaw(bytes, name, [usage]);
}

/** Frozen, so the key cache finds a settled import without building an id (see cryptoKeyNow). */
const AES_PARAMS = { 'AES-GCM': Object.freeze({ name: 'AES-GCM' }), 'AES-KW': Object.freeze({ name: 'AES-KW' }) } as const;

/**
 * The owner's AES-GCM CryptoKey when its import has settled, found synchronously: the decrypt hot
 * path then reaches Web Crypto with no await in between (each await is a microtask turn).
 */
function aesGcmKeyNow(key: Bytes, usage: KeyUsage, owner: JoseKey | undefined): CryptoKey | undefined {
  // Only 192-bit AES needs the runtime check (Chromium has none); 128 and 256 are everywhere.
  return owner && key.length !== 24 ? cryptoKeyNow(owner, AES_PARAMS['AES-GCM'], usage) : undefined;
}

/** AES-GCM encryption with a 128-bit tag; returns ciphertext and tag apart, as JOSE carries them. */
export async function aesGcmEncrypt(key: Bytes, iv: Bytes, plaintext: Bytes, aad: Bytes, owner?: JoseKey): Promise<{ ciphertext: Bytes; tag: Bytes }> {
  let sealed: Bytes;
  const ready = aesGcmKeyNow(key, 'encrypt', owner);
  if (ready || (await webAes(key.length * 8))) {
    const cryptoKey = ready ?? (await aesKey(key, 'AES-GCM', 'encrypt', owner));
    sealed = await guard('ERR_KEY_INVALID', 'AES-GCM encryption failed', async () =>
      new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, cryptoKey, plaintext)),
    );
  } else {
    sealed = toBytes(gcm(key, iv, aad).encrypt(plaintext));
  }
  return { ciphertext: sealed.slice(0, sealed.length - 16), tag: sealed.slice(sealed.length - 16) };
}

/**
 * ciphertext || tag, as Web Crypto's AES-GCM takes them: a view when the two already sit side by side
 * in one buffer (parseToken decodes a compact JWE's so), a copy otherwise.
 */
function joined(ciphertext: Bytes, tag: Bytes): Bytes {
  if (ciphertext.buffer === tag.buffer && ciphertext.byteOffset + ciphertext.length === tag.byteOffset) {
    return new Uint8Array(ciphertext.buffer, ciphertext.byteOffset, ciphertext.length + tag.length);
  }
  const sealed = new Uint8Array(ciphertext.length + tag.length);
  sealed.set(ciphertext);
  sealed.set(tag, ciphertext.length);
  return sealed;
}

const asBytes = (buffer: ArrayBuffer): Bytes => new Uint8Array(buffer);

/**
 * AES-GCM decryption; a wrong key, tag, IV or AAD all call `fail`, which throws the caller's error
 * (the tag does not verify). With the owner's key import settled (the "dir" hot path) it is Web
 * Crypto's own promise with one handler: no async layer, no closure built per call.
 */
export function aesGcmDecrypt(key: Bytes, iv: Bytes, ciphertext: Bytes, tag: Bytes, aad: Bytes, fail: () => never, owner?: JoseKey): Promise<Bytes> {
  const sealed = joined(ciphertext, tag);
  const ready = aesGcmKeyNow(key, 'decrypt', owner);
  if (ready) return crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, ready, sealed).then(asBytes, fail);
  return aesGcmDecryptSlow(key, iv, sealed, aad, fail, owner);
}

async function aesGcmDecryptSlow(key: Bytes, iv: Bytes, sealed: Bytes, aad: Bytes, fail: () => never, owner?: JoseKey): Promise<Bytes> {
  if (await webAes(key.length * 8)) {
    const cryptoKey = await aesKey(key, 'AES-GCM', 'decrypt', owner);
    let plaintext: ArrayBuffer;
    try {
      plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, cryptoKey, sealed);
    } catch {
      return fail();
    }
    return new Uint8Array(plaintext);
  }
  try {
    return toBytes(gcm(key, iv, aad).decrypt(sealed));
  } catch {
    return fail();
  }
}
