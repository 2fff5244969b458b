/**
 * Generates a key for a JWS or JWE alg in a Web Worker, so RSA generation never freezes the page,
 * and gives it back as JWKs plus re-imported JoseKeys. Screens (Keys, Encode) call this; nothing
 * is stored anywhere but the returned object.
 */
import { JoseError, importKey, type JoseErrorCode, type JoseKey, type JoseKeySet } from '../../jose/index.ts';
import { createWorkerChannel } from '../worker-channel/channel.ts';
import type { WireError } from '../worker-channel/wire-error.ts';
import { generateKeyApi, type GenerateKeyApi, type GenerateKeyRequestOptions, type GeneratedJwks } from './generateKeyProtocol.ts';

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
  /** Aborting ends the worker and rejects with an AbortError (other generations start again in a fresh one). */
  signal?: AbortSignal;
}

const channel = createWorkerChannel<GenerateKeyApi>({
  name: 'key generation',
  create: () => new Worker(new URL('./generate-key.worker.ts', import.meta.url), { type: 'module', name: 'generate-key' }),
  inPlace: async () => generateKeyApi,
  // Web Crypto cannot be interrupted: the only way to stop an RSA generation is to end the worker.
  terminateAfterMs: 0,
  // Every failure is a JoseError for the screens (an unexpected one: ERR_RUNTIME_UNSUPPORTED).
  reviveError: (error: WireError) => new JoseError((error.code ?? 'ERR_RUNTIME_UNSUPPORTED') as JoseErrorCode, error.message, error.details ? { details: error.details as Record<string, unknown> } : {}),
});

function inWorker(alg: string, options: GenerateKeyRequestOptions, signal?: AbortSignal): Promise<GeneratedJwks> {
  return channel.call('generate', [{ alg, options }], signal);
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
