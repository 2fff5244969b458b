import { JoseError } from './errors.ts';
import { base64urlDecode } from './base64url.ts';
import type { JoseKey } from '../jwk/types.ts';

export type ImportParams = AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams | HmacImportParams | AesKeyAlgorithm;

const cache = new WeakMap<JoseKey, Map<string, Promise<CryptoKey>>>();

/**
 * The CryptoKey for one JoseKey used with one Web Crypto algorithm and usage, imported once and
 * cached (the import costs more than an HMAC). The JWK's "alg", "use", "key_ops" and "ext" are left
 * out of the import: JOSE Lab checks them itself with clear messages, whereas Web Crypto would throw
 * a bare DataError.
 */
export function cryptoKeyFor(key: JoseKey, params: ImportParams, usage: KeyUsage, publicOnly = false): Promise<CryptoKey> {
  const id = `${JSON.stringify(params)}|${usage}|${publicOnly}`;
  let perKey = cache.get(key);
  if (!perKey) {
    perKey = new Map();
    cache.set(key, perKey);
  }
  let promise = perKey.get(id);
  if (!promise) {
    promise = importForUsage(key, params, usage, publicOnly);
    perKey.set(id, promise);
    // A failed import is not cached, so a later call reports the same error afresh.
    promise.catch(() => perKey.delete(id));
  }
  return promise;
}

async function importForUsage(key: JoseKey, params: ImportParams, usage: KeyUsage, publicOnly: boolean): Promise<CryptoKey> {
  try {
    if (key.kty === 'oct') {
      const raw = base64urlDecode(String(key.jwk.k), { allowEmpty: true });
      return await crypto.subtle.importKey('raw', raw, params, false, [usage]);
    }
    const { alg: _alg, use: _use, key_ops: _ops, ext: _ext, kid: _kid, x5c: _x5c, ...rest } = key.jwk;
    const jwk = { ...rest } as JsonWebKey & Record<string, unknown>;
    if (publicOnly) for (const m of ['d', 'p', 'q', 'dp', 'dq', 'qi']) delete jwk[m];
    return await crypto.subtle.importKey('jwk', jwk, params, false, [usage]);
  } catch (cause) {
    const name = typeof params === 'string' ? params : params.name;
    throw new JoseError('ERR_KEY_INVALID', `This runtime could not use the key for ${name}: ${(cause as Error).message}`, { segment: 'key', cause });
  }
}

const support = new Map<string, Promise<boolean>>();

/** Feature detection, once per primitive: Chromium lacks AES-192, Ed448, X448 and secp256k1. */
export function runtimeSupports(feature: 'AES-192' | 'Ed448' | 'X448' | 'Ed25519' | 'X25519'): Promise<boolean> {
  let p = support.get(feature);
  if (!p) {
    p = probe(feature);
    support.set(feature, p);
  }
  return p;
}

async function probe(feature: string): Promise<boolean> {
  try {
    switch (feature) {
      case 'AES-192':
        await crypto.subtle.importKey('raw', new Uint8Array(24), 'AES-GCM', false, ['encrypt']);
        return true;
      case 'Ed448':
      case 'Ed25519':
        await crypto.subtle.generateKey({ name: feature } as AlgorithmIdentifier, false, ['sign', 'verify']);
        return true;
      case 'X448':
      case 'X25519':
        await crypto.subtle.generateKey({ name: feature } as AlgorithmIdentifier, false, ['deriveBits']);
        return true;
      default:
        return false;
    }
  } catch {
    return false;
  }
}
