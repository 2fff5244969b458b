import { JoseError } from './errors.ts';
import { base64urlDecode } from './base64url.ts';

/**
 * What this module needs of a key (a KeySource, jwk/types.ts, has it): its type and its JWK. Declared
 * here, so that lib depends on nothing above it.
 */
export interface KeySource {
  readonly kty: string;
  readonly jwk: Readonly<Record<string, unknown>>;
}

export type ImportParams = AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams | HmacImportParams | AesKeyAlgorithm;

const cache = new WeakMap<KeySource, Map<string, Promise<CryptoKey>>>();
/** The same imports once they have settled, so a hot path can skip an await (see cryptoKeyNow). */
const ready = new WeakMap<KeySource, Map<string, CryptoKey>>();

/** Ids of frozen parameter objects (the engine's per-alg constants), which cannot change. */
const frozenIds = new WeakMap<object, string>();

/**
 * The cache id of one import: every member an ImportParams can carry (name, hash, namedCurve,
 * length), without JSON.stringify, which cost more per call than the HMAC it guarded.
 */
function importId(params: ImportParams, usage: KeyUsage, publicOnly: boolean): string {
  let base = typeof params === 'string' ? `${params}|||` : frozenIds.get(params);
  if (base === undefined) {
    const p = params as { name: string; hash?: AlgorithmIdentifier; namedCurve?: string; length?: number };
    const hash = typeof p.hash === 'string' ? p.hash : p.hash?.name;
    base = `${p.name}|${hash ?? ''}|${p.namedCurve ?? ''}|${p.length ?? ''}`;
    if (Object.isFrozen(params) && (p.hash === undefined || typeof p.hash === 'string')) frozenIds.set(params as object, base);
  }
  return `${base}|${usage}|${publicOnly}`;
}

/**
 * The CryptoKey for one KeySource used with one Web Crypto algorithm and usage, imported once and
 * cached (the import costs more than an HMAC). The JWK's "alg", "use", "key_ops" and "ext" are left
 * out of the import: JOSE Lab checks them itself with clear messages, whereas Web Crypto would throw
 * a bare DataError.
 */
export function cryptoKeyFor(key: KeySource, params: ImportParams, usage: KeyUsage, publicOnly = false): Promise<CryptoKey> {
  const id = importId(params, usage, publicOnly);
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
    promise.then(
      (cryptoKey) => {
        let done = ready.get(key);
        if (!done) {
          done = new Map();
          ready.set(key, done);
        }
        done.set(id, cryptoKey);
      },
      () => perKey.delete(id),
    );
  }
  return promise;
}

/**
 * The CryptoKey cryptoKeyFor has already imported for these arguments, or undefined (then await
 * cryptoKeyFor). Lets a sign or verify start its Web Crypto call without first yielding a turn.
 *
 * @example
 * const k = cryptoKeyNow(key, params, 'verify', true) ?? (await cryptoKeyFor(key, params, 'verify', true));
 */
export function cryptoKeyNow(key: KeySource, params: ImportParams, usage: KeyUsage, publicOnly = false): CryptoKey | undefined {
  const slot = slotOf(params, usage, publicOnly);
  const hit = slot?.get(key);
  if (hit) return hit;
  const found = ready.get(key)?.get(importId(params, usage, publicOnly));
  if (found && slot) slot.set(key, found);
  return found;
}

/**
 * For a frozen parameter object (the engine's per-alg constants): its settled CryptoKeys per usage,
 * found without building and hashing an id string on every sign or verify.
 */
const slots = new WeakMap<object, [Map<KeyUsage, WeakMap<KeySource, CryptoKey>>, Map<KeyUsage, WeakMap<KeySource, CryptoKey>>]>();

function slotOf(params: ImportParams, usage: KeyUsage, publicOnly: boolean): WeakMap<KeySource, CryptoKey> | undefined {
  if (typeof params !== 'object' || !Object.isFrozen(params) || typeof (params as { hash?: unknown }).hash === 'object') return undefined;
  let bySide = slots.get(params);
  if (!bySide) slots.set(params, (bySide = [new Map(), new Map()]));
  const byUsage = bySide[publicOnly ? 1 : 0];
  let slot = byUsage.get(usage);
  if (!slot) byUsage.set(usage, (slot = new WeakMap()));
  return slot;
}

async function importForUsage(key: KeySource, params: ImportParams, usage: KeyUsage, publicOnly: boolean): Promise<CryptoKey> {
  try {
    if (key.kty === 'AKP') {
      // The raw forms of the WICG Modern Algorithms draft: no JWK "alg"/"ext" rules to trip over.
      const verifying = publicOnly || usage === 'verify';
      const bytes = base64urlDecode(String(verifying ? key.jwk.pub : key.jwk.priv));
      return await crypto.subtle.importKey((verifying ? 'raw-public' : 'raw-seed') as 'raw', bytes, params, false, [usage]);
    }
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

type Feature = 'AES-192' | 'Ed448' | 'X448' | 'Ed25519' | 'X25519' | 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';
const support = new Map<string, Promise<boolean>>();
const supported = new Map<string, boolean>();

/**
 * Feature detection, once per primitive: Chromium lacks AES-192, Ed448, X448 and secp256k1; Node 20
 * lacks ML-DSA, which Chromium 156 has (the WICG Modern Algorithms draft).
 */
export function runtimeSupports(feature: Feature): Promise<boolean> {
  let p = support.get(feature);
  if (!p) {
    p = probe(feature);
    support.set(feature, p);
    void p.then((yes) => supported.set(feature, yes));
  }
  return p;
}

/**
 * The answer of runtimeSupports once its probe has finished, else undefined: hot paths read it
 * synchronously instead of awaiting a settled promise on every call.
 *
 * @example
 * const native = runtimeSupportsNow('Ed448') ?? (await runtimeSupports('Ed448'));
 */
export function runtimeSupportsNow(feature: Feature): boolean | undefined {
  return supported.get(feature);
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
      case 'ML-DSA-44':
      case 'ML-DSA-65':
      case 'ML-DSA-87':
        // Importing a seed is the cheapest call that fails where the algorithm is unknown.
        await crypto.subtle.importKey('raw-seed' as 'raw', new Uint8Array(32), { name: feature }, false, ['sign']);
        return true;
      default:
        return false;
    }
  } catch {
    return false;
  }
}
