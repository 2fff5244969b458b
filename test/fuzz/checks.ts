/**
 * The fuzzer's invariants, for every call: it throws nothing but a JoseError (a TypeError in our
 * own words only where a library caller passed a wrong option), it returns within MAX_CALL_MS,
 * what it returns (or the error message) stays within a constant factor of its input, and a mutated
 * token the engine accepts is one the reference library (panva `jose`) accepts too.
 */
import * as reference from 'jose';
import { JoseError, type Jwk } from '../../src/jose/index.ts';

export const MAX_CALL_MS = 2000;
/** Output may be this many times the input, plus SIZE_SLACK (fixed texts, findings, member paths). */
export const SIZE_FACTOR = 100;
export const SIZE_SLACK = 50_000;

/** A broken invariant: the property fails with this and fast-check prints the seed and path. */
export class FuzzFailure extends Error {
  override readonly name = 'FuzzFailure';
}

/** TypeErrors a library caller may get for a wrong option: always in our words, naming the operation. */
const OUR_TYPE_ERROR = /^(sign|encrypt): /;

export type Outcome<T> = { ok: true; value: T; ms: number } | { ok: false; error: JoseError | TypeError; ms: number };

/**
 * Runs one call and checks the error class and the time. `api` allows our own TypeErrors (a
 * wrong option); data inputs (tokens, keys, claims) allow only JoseError.
 */
export async function call<T>(what: string, inputSize: number, run: () => T | Promise<T>, api = false): Promise<Outcome<T>> {
  const start = performance.now();
  let outcome: Outcome<T>;
  try {
    const value = await run();
    outcome = { ok: true, value, ms: performance.now() - start };
  } catch (error) {
    const ms = performance.now() - start;
    const allowed = error instanceof JoseError || (api && error instanceof TypeError && OUR_TYPE_ERROR.test(error.message));
    if (!allowed) {
      const e = error as Error;
      throw new FuzzFailure(`${what} threw ${e?.name ?? typeof error}: ${String(e?.message ?? error).slice(0, 300)}`);
    }
    outcome = { ok: false, error: error as JoseError | TypeError, ms };
    bounded(`${what}'s error message`, error.message.length, inputSize);
  }
  if (outcome.ms > MAX_CALL_MS) throw new FuzzFailure(`${what} took ${Math.round(outcome.ms)} ms on a ${inputSize}-character input (limit ${MAX_CALL_MS} ms)`);
  return outcome;
}

export function bounded(what: string, size: number, inputSize: number): void {
  if (size > SIZE_FACTOR * inputSize + SIZE_SLACK) {
    throw new FuzzFailure(`${what} is ${size} units for a ${inputSize}-character input (bound ${SIZE_FACTOR} × input + ${SIZE_SLACK})`);
  }
}

/**
 * The size of a result: characters of its strings, bytes of its byte arrays, one per array slot and
 * object member; each object counted once (results share header objects). Stops past `limit`.
 */
export function sizeOf(value: unknown, limit: number): number {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  let size = 0;
  while (stack.length && size <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length;
    else if (v instanceof Uint8Array) size += v.length;
    else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      if (Array.isArray(v)) {
        size += v.length;
        for (const x of v) stack.push(x);
      } else {
        for (const k of Object.keys(v)) {
          size += 1 + k.length;
          stack.push((v as Record<string, unknown>)[k]);
        }
      }
    } else size += 1;
  }
  return size;
}

export function boundedResult(what: string, value: unknown, inputSize: number): void {
  const limit = SIZE_FACTOR * inputSize + SIZE_SLACK;
  bounded(what, sizeOf(value, limit), inputSize);
}

type Verdict = 'accepts' | 'refuses' | 'unsupported';

const isUnsupported = (error: unknown) => error instanceof reference.errors.JOSENotSupported || (error as { code?: string })?.code === 'ERR_JOSE_NOT_SUPPORTED';

/** The key for panva, or undefined where it cannot hold it (Ed448 under "EdDSA", secp256k1 in v6). */
async function referenceKey(material: Jwk | Uint8Array, alg: string): Promise<reference.CryptoKey | Uint8Array | undefined> {
  if (material instanceof Uint8Array) return material;
  try {
    return (await reference.importJWK(material as reference.JWK, alg)) as reference.CryptoKey | Uint8Array;
  } catch {
    return undefined;
  }
}

/** Whether panva `jose` verifies this JWS (any serialization) with the key, for the alg our engine used. */
export async function referenceVerifies(token: string, material: Jwk | Uint8Array, alg: string): Promise<Verdict> {
  try {
    const key = await referenceKey(material, alg);
    if (!key) return 'unsupported';
    if (!token.trimStart().startsWith('{')) await reference.compactVerify(token.trim(), key, { algorithms: [alg] });
    else {
      const parsed = JSON.parse(token) as Record<string, unknown>;
      if ('signatures' in parsed) await reference.generalVerify(parsed as unknown as reference.GeneralJWSInput, key, { algorithms: [alg] });
      else await reference.flattenedVerify(parsed as unknown as reference.FlattenedJWSInput, key, { algorithms: [alg] });
    }
    return 'accepts';
  } catch (error) {
    return isUnsupported(error) ? 'unsupported' : 'refuses';
  }
}

/** Whether panva `jose` decrypts this JWE with the key (every algorithm it has allowed, PBES2 to 10,000). */
export async function referenceDecrypts(token: string, material: Jwk | Uint8Array, alg: string, enc: string): Promise<Verdict> {
  try {
    const key = await referenceKey(material, alg);
    if (!key) return 'unsupported';
    const options = { keyManagementAlgorithms: [alg], contentEncryptionAlgorithms: [enc], maxPBES2Count: 10_000 };
    if (!token.trimStart().startsWith('{')) await reference.compactDecrypt(token.trim(), key, options);
    else {
      const parsed = JSON.parse(token) as Record<string, unknown>;
      if ('recipients' in parsed) await reference.generalDecrypt(parsed as unknown as reference.GeneralJWE, key, options);
      else await reference.flattenedDecrypt(parsed as unknown as reference.FlattenedJWE, key, options);
    }
    return 'accepts';
  } catch (error) {
    return isUnsupported(error) ? 'unsupported' : 'refuses';
  }
}

/** Counts per process, reported by the runner: oracle checks made and skipped (algorithms panva lacks). */
export const stats = { accepted: 0, referenceAgreed: 0, referenceUnsupported: 0 };

/** The engine accepted a token it was given mutated: the reference library must accept it too. */
export async function assertReferenceAgrees(what: string, verdict: Promise<Verdict>, token: string): Promise<void> {
  stats.accepted++;
  const v = await verdict;
  if (v === 'unsupported') stats.referenceUnsupported++;
  else if (v === 'refuses') throw new FuzzFailure(`${what} accepted a token the reference library refuses: ${token.slice(0, 300)}`);
  else stats.referenceAgreed++;
}
