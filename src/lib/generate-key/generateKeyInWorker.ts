/**
 * Generates a key for a JWS or JWE alg in a Web Worker, so RSA generation never freezes the page,
 * and gives it back as JWKs plus re-imported JoseKeys. Screens (Keys, Encode) call this; nothing
 * is stored anywhere but the returned object.
 */
import { importKey, type JoseKey, type JoseKeySet } from '../../jose/index.ts';
import {
  deserializeError,
  runGenerateRequest,
  type GenerateKeyRequest,
  type GenerateKeyRequestOptions,
  type GenerateKeyResponse,
  type GeneratedJwks,
} from './generateKeyProtocol.ts';

export type { GenerateKeyRequestOptions, GeneratedJwks } from './generateKeyProtocol.ts';

export interface GeneratedInWorker extends GeneratedJwks {
  /** The RFC 7638 thumbprint, also the JWK's "kid" (absent for a PBES2 password). */
  kid?: string;
  /** The private key of a pair, or the secret, imported again on this side of postMessage. */
  privateKey: JoseKey;
  /** The public key of a pair. */
  publicKey?: JoseKey;
}

export interface GenerateInWorkerOptions extends GenerateKeyRequestOptions {
  /** Aborting stops the worker (and any other generation running in it) and rejects with an AbortError. */
  signal?: AbortSignal;
}

type Pending = { resolve: (value: GeneratedJwks) => void; reject: (error: unknown) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: unknown): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./generate-key.worker.ts', import.meta.url), { type: 'module', name: 'generate-key' });
  w.onmessage = (event: MessageEvent<GenerateKeyResponse>) => {
    const message = event.data;
    const p = pending.get(message.id);
    if (!p) return;
    pending.delete(message.id);
    if (message.ok) p.resolve(message.result);
    else p.reject(deserializeError(message.error));
  };
  w.onerror = (event) => {
    event.preventDefault();
    stopWorker();
    failAll(deserializeError({ code: 'ERR_RUNTIME_UNSUPPORTED', message: `The key generation worker failed: ${event.message || 'it could not start'}` }));
  };
  worker = w;
  return w;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function abortError(): Error {
  return new DOMException('Key generation was cancelled', 'AbortError');
}

function inWorker(alg: string, options: GenerateKeyRequestOptions, signal?: AbortSignal): Promise<GeneratedJwks> {
  // Without Worker (Node, tests) the same code runs in place.
  if (typeof Worker === 'undefined') return runGenerateRequest({ alg, options });
  if (signal?.aborted) return Promise.reject(abortError());
  const id = nextId++;
  const request: GenerateKeyRequest = { id, alg, options };
  return new Promise<GeneratedJwks>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    signal?.addEventListener(
      'abort',
      () => {
        if (!pending.has(id)) return;
        // Web Crypto cannot be interrupted: the only way to stop an RSA generation is to end the worker.
        stopWorker();
        failAll(abortError());
      },
      { once: true },
    );
    getWorker().postMessage(request);
  });
}

function single(key: JoseKey | JoseKeySet): JoseKey {
  if (key.type === 'set') throw new TypeError('generateKeyInWorker: expected one key, got a set');
  return key;
}

/**
 * A new key for `alg` (any JWS alg, JWE alg or JWE enc): for a pair, `privateJwk` and `publicJwk`;
 * for a secret, `privateJwk` (kty "oct"); for PBES2, also `password`. "kid" is the thumbprint and the
 * JWK carries "alg" and "use".
 *
 * @example
 * const { publicJwk, privateKey, kid } = await generateKeyInWorker('RS256', { modulusLength: 3072 });
 * const { privateJwk } = await generateKeyInWorker('dir', { enc: 'A128GCM' }); // 32-byte secret
 */
export async function generateKeyInWorker(alg: string, options: GenerateInWorkerOptions = {}): Promise<GeneratedInWorker> {
  const { signal, ...request } = options;
  const made = await inWorker(alg, request, signal);
  const privateKey = single(await importKey(made.privateJwk));
  const publicKey = made.publicJwk ? single(await importKey(made.publicJwk)) : undefined;
  const kid = typeof made.privateJwk.kid === 'string' ? made.privateJwk.kid : undefined;
  return { ...made, ...(kid ? { kid } : {}), privateKey, ...(publicKey ? { publicKey } : {}) };
}
