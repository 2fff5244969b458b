import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { importKey } from '../../src/jose/jwk/import.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- vector files are untyped JSON read field by field in each test
export function vector<T = any>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../vectors/${path}`, import.meta.url), 'utf8')) as T;
}

export async function jwk(value: object): Promise<JoseKey> {
  return (await importKey(value)) as JoseKey;
}

/** Awaits a promise that must reject with a JoseError (never a TypeError or DOMException). */
export async function rejection(p: Promise<unknown>): Promise<JoseError> {
  try {
    await p;
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(JoseError);
    return error as JoseError;
  }
  throw new Error('expected a rejection');
}
