import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importKey } from '../../src/jose/jwk/import.ts';
import type { JoseKey, Jwk } from '../../src/jose/jwk/types.ts';
import { base64urlDecode, base64urlEncode } from '../../src/jose/lib/base64url.ts';
import { JoseError } from '../../src/jose/lib/errors.ts';
import type { Trace } from '../../src/jose/lib/trace.ts';

const VECTORS = fileURLToPath(new URL('../vectors/', import.meta.url));

/** Reads a vector file of test/vectors as JSON. */
export function vector<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(VECTORS + path, 'utf8')) as T;
}

export const b64 = (text: string) => base64urlDecode(text, { allowEmpty: true });
export const enc64 = (bytes: Uint8Array) => base64urlEncode(bytes);
export const hex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));
export const toHexString = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('hex');

export async function jwk(value: Jwk | Record<string, unknown>): Promise<JoseKey> {
  return (await importKey(value)) as JoseKey;
}

export async function password(text: string): Promise<JoseKey> {
  return (await importKey(text, { password: true })) as JoseKey;
}

/** The error a promise rejects with, asserting it is a JoseError. */
export async function joseError(promise: Promise<unknown>): Promise<JoseError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof JoseError) return error;
    throw new Error(`expected a JoseError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a JoseError, but the operation succeeded');
}

/** The bytes of a named trace value (the first one with that name, optionally inside a step). */
export function traced(trace: Trace, name: string, step?: string): Uint8Array | undefined {
  for (const s of trace.steps) {
    if (step && s.id !== step) continue;
    const v = s.values.find((x) => x.name === name);
    if (v) return v.bytes ?? (v.text !== undefined ? new TextEncoder().encode(v.text) : undefined);
  }
  return undefined;
}
