/**
 * Helpers for the Encode screen's specs: driving the screen through its accessible names, and
 * checking the tokens it makes in THIS process with the reference library (jose) or node:crypto,
 * never with the app's own engine.
 */
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as jose from 'jose';
import { expect, fillEditor, waitForMonaco } from './fixtures.ts';
import type { Page } from '@playwright/test';

export type Jwk = crypto.JsonWebKey;

export function vector<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../test/vectors/${path}`, import.meta.url), 'utf8')) as T;
}

/** RFC 7515 A.2's 2048-bit RSA key (no "use", so it signs and encrypts). */
export const RSA_JWK = vector<{ key: Jwk }>('rfc-appendix/rfc7515-A.2-RS256.json').key;

export function publicJwk(jwk: Jwk): Jwk {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rest } = jwk;
  return rest;
}

/** A fresh private JWK from node:crypto: EC curves, Ed25519/Ed448, X25519/X448. */
export function nodeJwk(kind: 'P-256' | 'P-521' | 'secp256k1' | 'ed25519' | 'ed448' | 'x25519'): Jwk {
  const pair = kind.startsWith('P-') || kind === 'secp256k1' ? crypto.generateKeyPairSync('ec', { namedCurve: kind }) : crypto.generateKeyPairSync(kind as 'ed25519');
  return pair.privateKey.export({ format: 'jwk' });
}

export function octJwk(bytes: number): { jwk: Jwk; raw: Buffer } {
  const raw = crypto.randomBytes(bytes);
  return { jwk: { kty: 'oct', k: raw.toString('base64url') }, raw };
}

const b64 = (s: string) => Buffer.from(s, 'base64url');

export function protectedHeader(token: string): Record<string, unknown> {
  return JSON.parse(b64(token.split('.')[0]!).toString('utf8')) as Record<string, unknown>;
}

/** Verifies a compact JWS with the reference library, or node:crypto where jose 6 has no such alg. */
export async function verifyJws(token: string, jwk: Jwk, alg: string): Promise<unknown> {
  const [h, p, s] = token.split('.') as [string, string, string];
  const pub = publicJwk(jwk);
  if (alg === 'ES256K' || (alg === 'EdDSA' && jwk.crv === 'Ed448')) {
    const key = crypto.createPublicKey({ key: pub, format: 'jwk' });
    const input = Buffer.from(`${h}.${p}`, 'ascii');
    const ok = alg === 'ES256K' ? crypto.verify('sha256', input, { key, dsaEncoding: 'ieee-p1363' }, b64(s)) : crypto.verify(null, input, key, b64(s));
    if (!ok) throw new Error(`${alg} signature does not verify (node:crypto)`);
    return JSON.parse(b64(p).toString('utf8'));
  }
  const key = jwk.kty === 'oct' ? b64(jwk.k!) : await jose.importJWK(pub as jose.JWK, alg);
  const { payload } = await jose.compactVerify(token, key, { algorithms: [alg] });
  return JSON.parse(new TextDecoder().decode(payload));
}

/** RSA1_5 by hand (jose 6 dropped it, Node refuses PKCS#1 v1.5 private decryption): raw RSA, unpad, AES-GCM. */
function decryptRsa15(token: string, jwk: Jwk): string {
  const [h, ek, iv, ct, tag] = token.split('.') as [string, string, string, string, string];
  const header = protectedHeader(token);
  const em = crypto.privateDecrypt({ key: crypto.createPrivateKey({ key: jwk, format: 'jwk' }), padding: crypto.constants.RSA_NO_PADDING }, b64(ek));
  expect([em[0], em[1]]).toEqual([0, 2]);
  const cek = em.subarray(em.indexOf(0, 2) + 1);
  const bits = Number(String(header.enc).slice(1, 4));
  expect(String(header.enc)).toMatch(/GCM$/);
  const decipher = crypto.createDecipheriv(`aes-${bits}-gcm` as crypto.CipherGCMTypes, cek, b64(iv));
  decipher.setAAD(Buffer.from(h, 'ascii'));
  decipher.setAuthTag(b64(tag));
  return Buffer.concat([decipher.update(b64(ct)), decipher.final()]).toString('utf8');
}

/** Decrypts a compact JWE with the reference library (RSA1_5 by hand); returns the plaintext. */
export async function decryptJwe(token: string, key: Jwk | Uint8Array, alg: string): Promise<string> {
  if (alg === 'RSA1_5') return decryptRsa15(token, key as Jwk);
  const k = key instanceof Uint8Array ? key : (key as Jwk).kty === 'oct' ? b64((key as Jwk).k!) : await jose.importJWK(key as jose.JWK, alg);
  const { plaintext } = await jose.compactDecrypt(token, k, { keyManagementAlgorithms: [alg] });
  return new TextDecoder().decode(plaintext);
}

// --- driving the screen ---

export async function openEncoder(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Encode' }).click();
  await expect(page.getByRole('combobox', { name: 'Algorithm', exact: true })).toBeVisible();
  await waitForMonaco(page);
}

export const status = (page: Page) => page.getByRole('status', { name: 'Encode result' });
export const keyField = (page: Page) => page.getByRole('textbox', { name: 'Encoding key', exact: true });

export async function chooseAlg(page: Page, alg: string, enc?: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Algorithm', exact: true }).selectOption(alg);
  if (enc) await page.getByRole('combobox', { name: 'Content encryption', exact: true }).selectOption(enc);
}

/** The token once the status reads `expected` ("Signed" / "Encrypted"). */
export async function tokenAfter(page: Page, expected: string): Promise<string> {
  await expect(status(page)).toHaveText(expected);
  const token = (await page.getByRole('region', { name: 'Encoded token' }).textContent()) ?? '';
  expect(token.length).toBeGreaterThan(0);
  return token;
}

export { fillEditor };

