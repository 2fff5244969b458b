import { createHash } from 'node:crypto';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { expect, test, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';
import type { Page } from '@playwright/test';

/**
 * Issue 16 on the Decode screen: the "Profile" region names the profile and checks its rules with
 * what the person types in; "Best practices" lists RFC 8725; the Result says where the key came
 * from. Every token is made here with the reference library (panva jose) and node:crypto.
 */
const b64url = (bytes: Buffer) => bytes.toString('base64url');
const leftHalf = (value: string) => b64url(createHash('sha256').update(value, 'ascii').digest().subarray(0, 16));
const now = () => Math.floor(Date.now() / 1000);

async function open(page: Page, token: string, key = '') {
  await page.goto('/');
  await waitForMonaco(page);
  await pasteInto(page, 'Token', token);
  if (key) await page.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
}

function row(page: Page, id: string) {
  return page.getByRole('list', { name: 'Profile checks' }).locator(`li[data-check="${id}"]`);
}

test('an ID token: detected, at_hash / c_hash / nonce checked against what the person types', async ({ page }) => {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const accessToken = 'SlAV32hkKG-access-token';
  const code = 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk';
  const idToken = await new SignJWT({ nonce: 'n-0S6_WzA2Mj', at_hash: leftHalf(accessToken), c_hash: leftHalf(code), auth_time: now() - 10 })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer('https://op.example').setSubject('alice').setAudience('client-1').setIssuedAt().setExpirationTime('1h')
    .sign(privateKey);
  await open(page, idToken, JSON.stringify(await exportJWK(publicKey)));
  const region = page.getByRole('region', { name: 'Profile' });
  await expect(region).toContainText('ID token (OpenID Connect)');
  await expect(row(page, 'at_hash')).toContainText('Not checked');

  await region.getByRole('textbox', { name: 'Value hashed for at_hash' }).fill(accessToken);
  await expect(row(page, 'at_hash')).toContainText('Pass');
  await region.getByRole('textbox', { name: 'Value hashed for at_hash' }).fill(`${accessToken}x`);
  await expect(row(page, 'at_hash')).toContainText('Fail');

  await region.getByRole('textbox', { name: 'Authorization code for c_hash' }).fill(code);
  await expect(row(page, 'c_hash')).toContainText('Pass');
  await region.getByRole('textbox', { name: 'Expected nonce' }).fill('another-nonce');
  await expect(row(page, 'nonce')).toContainText('Fail');
  await expect(row(page, 'nonce').getByRole('link')).toHaveAttribute('href', /openid\.net/);

  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Key: pasted');
  await expect(page.getByRole('region', { name: 'Best practices' })).toContainText('RFC 8725');
});

test('a DPoP proof: its own jwk verifies it, marked untrusted; htm, htu, ath and jkt checked', async ({ page }) => {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const accessToken = 'Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU';
  const ath = b64url(createHash('sha256').update(accessToken).digest());
  const proof = await new SignJWT({ htm: 'POST', htu: 'https://rs.example/resource', jti: crypto.randomUUID(), ath })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk })
    .setIssuedAt()
    .sign(privateKey);
  await open(page, proof);
  const region = page.getByRole('region', { name: 'Profile' });
  await expect(region).toContainText('DPoP proof (RFC 9449)');
  await expect(row(page, 'jwk')).toContainText('Pass');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText("from the header's jwk (untrusted: the token chose its key)");

  await region.getByRole('textbox', { name: 'DPoP HTTP method (htm)' }).fill('GET');
  await expect(row(page, 'htm')).toContainText('Fail');
  await region.getByRole('textbox', { name: 'DPoP HTTP method (htm)' }).fill('POST');
  await expect(row(page, 'htm')).toContainText('Pass');
  await region.getByRole('textbox', { name: 'DPoP request URL (htu)' }).fill('https://rs.example/resource?x=1#f');
  await expect(row(page, 'htu')).toContainText('Pass');
  await region.getByRole('textbox', { name: 'DPoP request URL (htu)' }).fill('https://rs.example/other');
  await expect(row(page, 'htu')).toContainText('Fail');
  await region.getByRole('textbox', { name: 'Value hashed for ath' }).fill(accessToken);
  await expect(row(page, 'ath')).toContainText('Pass');
  await region.getByRole('textbox', { name: 'Value hashed for ath' }).fill('another-token');
  await expect(row(page, 'ath')).toContainText('Fail');

  // jkt: an RFC 9068 access token bound to this key (cnf.jkt) makes the proof's key check pass.
  const { privateKey: asKey } = await generateKeyPair('ES256');
  const bound = await new SignJWT({ client_id: 'c', cnf: { jkt: await calculateJwkThumbprint(jwk) } })
    .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' })
    .setIssuer('https://as.example').setSubject('alice').setAudience('https://rs.example').setIssuedAt().setExpirationTime('5m').setJti('j1')
    .sign(asKey);
  await region.getByRole('textbox', { name: 'Value hashed for ath' }).fill(bound);
  await expect(row(page, 'jkt')).toContainText('Pass');
});

test('"Check as profile" forces a profile, and explicit typing is a best-practice failure for an untyped access token', async ({ page }) => {
  const { privateKey } = await generateKeyPair('ES256');
  const untyped = await new SignJWT({ client_id: 'c', scope: 'read' })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer('https://as.example').setSubject('alice').setAudience('https://rs.example').setIssuedAt().setExpirationTime('5m').setJti('j1')
    .sign(privateKey);
  await open(page, untyped);
  const region = page.getByRole('region', { name: 'Profile' });
  await region.getByRole('combobox', { name: 'Check as profile' }).selectOption('at+jwt');
  await expect(region).toContainText('Access token (RFC 9068)');
  await expect(row(page, 'typ')).toContainText('Fail');
  await expect(row(page, 'required_claims')).toContainText('Pass');
  await region.getByRole('combobox', { name: 'Check as profile' }).selectOption('dpop+jwt');
  await expect(row(page, 'jwk')).toContainText('Fail');
});
