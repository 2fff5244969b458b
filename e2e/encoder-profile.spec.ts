import { createHash } from 'node:crypto';
import * as jose from 'jose';
import { expect, test } from './fixtures.ts';
import { chooseAlg, keyField, openEncoder, protectedHeader, tokenAfter, verifyJws, type Jwk } from './encoder-helpers.ts';
import type { Page } from '@playwright/test';

/**
 * Encode's profile templates (issue 16): each token is checked here with the reference library and
 * node:crypto — the signature, and the member the profile's spec derives (at_hash, ath, cnf.jkt).
 */
async function generate(page: Page, alg: string): Promise<Jwk> {
  await chooseAlg(page, alg);
  await page.getByRole('button', { name: 'Generate key' }).click();
  await expect(page.getByRole('region', { name: 'Generated key' })).toBeVisible();
  return JSON.parse(await keyField(page).inputValue()) as Jwk;
}

async function applyTemplate(page: Page, label: string, fields: Record<string, string>) {
  const region = page.getByRole('region', { name: 'Profile templates' });
  await region.getByRole('combobox', { name: 'Profile template' }).selectOption({ label });
  for (const [name, value] of Object.entries(fields)) await region.getByRole('textbox', { name }).fill(value);
  await region.getByRole('button', { name: 'Apply profile template' }).click();
}

test('the ID token template has a real at_hash (ES384: the left half of SHA-384) and verifies', async ({ page }) => {
  await openEncoder(page);
  const key = await generate(page, 'ES384');
  const accessToken = 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y';
  await applyTemplate(page, 'ID token with at_hash (OpenID Connect)', { 'Access token to hash (at_hash)': accessToken });
  const token = await tokenAfter(page, 'Signed');
  const claims = (await verifyJws(token, key, 'ES384')) as Record<string, unknown>;
  expect(claims.at_hash).toBe(createHash('sha384').update(accessToken, 'ascii').digest().subarray(0, 24).toString('base64url'));
  expect(claims).toMatchObject({ iss: 'https://op.example', aud: 'client-1' });
  expect(typeof claims.nonce).toBe('string');
});

test('the DPoP proof template carries the generated public key and ath / htm / htu from the inputs', async ({ page }) => {
  await openEncoder(page);
  const key = await generate(page, 'ES256');
  const accessToken = 'Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU';
  await applyTemplate(page, 'DPoP proof (RFC 9449)', { 'Access token to hash (ath)': accessToken, 'Proof HTTP method': 'GET', 'Proof URL': 'https://rs.example/items?id=1' });
  const token = await tokenAfter(page, 'Signed');
  const { payload, protectedHeader: header } = await jose.jwtVerify(token, jose.EmbeddedJWK, { typ: 'dpop+jwt', algorithms: ['ES256'] });
  expect(payload).toMatchObject({ htm: 'GET', htu: 'https://rs.example/items?id=1', ath: createHash('sha256').update(accessToken).digest('base64url') });
  expect(typeof payload.jti).toBe('string');
  expect(header.jwk).toEqual({ kty: 'EC', crv: 'P-256', x: key.x, y: key.y });
  expect(header.jwk).not.toHaveProperty('d');
});

test('the bound access token template puts the DPoP key\'s RFC 7638 thumbprint in cnf.jkt', async ({ page }) => {
  await openEncoder(page);
  const dpopKey = await generate(page, 'ES256');
  const dpopPublic = { kty: dpopKey.kty!, crv: dpopKey.crv!, x: dpopKey.x!, y: dpopKey.y! };
  await applyTemplate(page, 'Access token bound to a DPoP key (RFC 9068 + cnf.jkt)', { 'DPoP public key to bind (JWK)': JSON.stringify(dpopPublic) });
  const asKey = await generate(page, 'ES256');
  const token = await tokenAfter(page, 'Signed');
  expect(protectedHeader(token)).toMatchObject({ typ: 'at+jwt', alg: 'ES256' });
  const claims = (await verifyJws(token, asKey, 'ES256')) as { cnf: { jkt: string } };
  expect(claims.cnf.jkt).toBe(await jose.calculateJwkThumbprint(dpopPublic as jose.JWK));
  for (const name of ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti']) expect(claims).toHaveProperty(name);
});
