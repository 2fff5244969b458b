/**
 * Token factories for the profile tests. Every token is made here with panva `jose` (the reference
 * library) from keys made by node:crypto, never by the engine under test; checkProfile only reads.
 */
import { createHash, createHmac, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { CompactSign, calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { expect } from 'vitest';
import type { ProfileCheck, ProfileResult } from '../../src/jose/profiles/types.ts';

/** A fixed clock (2027-01-15T08:00:00Z) so expiry checks do not depend on when the tests run. */
export const NOW = 1_800_000_000;

export interface Pair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: JWK;
  privateJwk: JWK;
}

const cache = new Map<string, Pair>();
export function pair(kind: 'rsa' | 'P-256' | 'P-384' | 'P-521' | 'ed25519' | 'ed448'): Pair {
  let p = cache.get(kind);
  if (!p) {
    const kp =
      kind === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : kind === 'ed25519' ? generateKeyPairSync('ed25519')
      : kind === 'ed448' ? generateKeyPairSync('ed448')
      : generateKeyPairSync('ec', { namedCurve: kind });
    p = {
      ...kp,
      publicJwk: kp.publicKey.export({ format: 'jwk' }) as JWK,
      privateJwk: kp.privateKey.export({ format: 'jwk' }) as JWK,
    };
    cache.set(kind, p);
  }
  return p;
}

const enc = new TextEncoder();

/** A compact JWS with exactly this header and these claims (byte for byte as JSON.stringify writes them). */
export async function jws(header: Record<string, unknown>, claims: unknown, key: KeyObject | Uint8Array): Promise<string> {
  return new CompactSign(enc.encode(JSON.stringify(claims))).setProtectedHeader(header as { alg: string }).sign(key);
}

/** base64url of a string as it is, or of anything else as JSON.stringify writes it (Buffer, not the engine). */
export const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** An unsecured JWT with any "alg" spelling (jose makes only "none"): built by hand with Buffer. */
export function unsecured(header: Record<string, unknown>, claims: unknown): string {
  return `${b64(header)}.${b64(claims)}.`;
}

/** A compact JWE with this header and random parts: the rules read only the header. */
export const fakeJwe = (header: Record<string, unknown>) => [b64(header), randomBytes(256).toString('base64url'), randomBytes(12).toString('base64url'), randomBytes(40).toString('base64url'), randomBytes(16).toString('base64url')].join('.');

/** A compact HS256 JWS with any header (jose refuses unknown crit), MAC'd by node:crypto. */
export function hs256(header: Record<string, unknown>, claims: unknown, secret: Buffer): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** OpenID Connect's half hash, computed with node:crypto (the oracle for at_hash / c_hash / s_hash). */
export function nodeHalfHash(value: string, hash: 'sha256' | 'sha384' | 'sha512' | 'shake256'): string {
  const h = hash === 'shake256' ? createHash('shake256', { outputLength: 114 }) : createHash(hash);
  const digest = h.update(value, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

export function sha256b64u(value: string): string {
  return createHash('sha256').update(value, 'ascii').digest('base64url');
}

export async function jkt(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(jwk, 'sha256');
}

export async function publicJwkOf(key: KeyObject): Promise<JWK> {
  return exportJWK(key);
}

/** The check with this id; fails the test when there is none. */
export function byId(result: ProfileResult | ProfileCheck[], id: string): ProfileCheck {
  const list = Array.isArray(result) ? result : result.checks;
  const found = list.find((c) => c.id === id);
  expect(found, `check "${id}" in [${list.map((c) => c.id).join(', ')}]`).toBeDefined();
  return found!;
}

/** Every check of `ids` passed (ok === true), with the messages in the failure output. */
export function expectPass(result: ProfileResult, ids: readonly string[]): void {
  for (const id of ids) {
    const c = byId(result, id);
    expect(c.ok, `${id}: ${c.message}`).toBe(true);
  }
}
