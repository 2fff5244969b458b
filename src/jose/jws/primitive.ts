import type { Bytes } from '../lib/bytes.ts';
import { JoseError, type MessageParams } from '../lib/errors.ts';
import type { JwsAlgInfo } from '../lib/registry.ts';
import type { FindingCode } from '../lib/finding-codes.ts';
import type { Trace } from '../lib/trace.ts';
import type { JoseKey } from '../jwk/types.ts';

/**
 * One JWS primitive family (HMAC, RSASSA-PKCS1-v1_5, RSA-PSS, ECDSA, EdDSA). `verify` returns false
 * for a signature that does not verify and throws JoseError only for a signature that is malformed
 * for the alg (wrong length, r or s out of range) or a key the runtime cannot use. With a trace it
 * adds a "digest" step (what is actually signed) and a "signature" step (the values compared).
 */
export interface JwsPrimitive {
  sign(info: JwsAlgInfo, key: JoseKey, data: Bytes, trace?: Trace): Promise<Bytes>;
  verify(info: JwsAlgInfo, key: JoseKey, data: Bytes, signature: Bytes, trace?: Trace): Promise<VerifyOutcome>;
}

export interface VerifyOutcome {
  valid: boolean;
  /** Non-fatal observations (high-S ECDSA...). */
  notes?: { code: FindingCode; message: string; params?: MessageParams }[];
}

/**
 * Runs a Web Crypto call, turning its DOMException into a JoseError that names the alg. (Promise
 * chaining rather than an async function: one turn less on every sign and verify.)
 */
export function webCrypto<T>(alg: string, what: string, run: () => Promise<T>): Promise<T> {
  let pending: Promise<T>;
  try {
    pending = run();
  } catch (cause) {
    return Promise.reject(runtimeError(alg, what, cause));
  }
  return pending.then(undefined, (cause: unknown) => {
    throw runtimeError(alg, what, cause);
  });
}

export function runtimeError(alg: string, what: string, cause: unknown): JoseError {
  if (cause instanceof JoseError) return cause;
  return new JoseError('ERR_KEY_INVALID', `${alg}: the runtime could not ${what}: ${(cause as Error)?.message ?? String(cause)}`, { segment: 'key', cause });
}

export function signatureError(message: string, details?: Record<string, unknown>, params?: MessageParams): JoseError {
  return new JoseError('ERR_SIGNATURE_INVALID', message, { segment: 'signature', step: 'signature', ...(details ? { details } : {}), ...(params ? { params } : {}) });
}

export async function digest(hash: string, data: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest(hash, data));
}

/** noble's key bytes, decoded once per key; only for frozen keys (importKey's), whose JWK cannot change. */
const nobleBytes = new WeakMap<JoseKey, { pub?: Bytes; priv?: Bytes }>();
export function nobleOf(key: JoseKey): { pub?: Bytes; priv?: Bytes } {
  if (!Object.isFrozen(key) || !Object.isFrozen(key.jwk)) return {};
  let b = nobleBytes.get(key);
  if (!b) nobleBytes.set(key, (b = {}));
  return b;
}
