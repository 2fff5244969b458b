import { createHash } from 'node:crypto';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { Page } from '@playwright/test';
import { expect, fillEditor, test } from './fixtures.ts';

/**
 * Learn's profile steps (issue 16): the at_hash half hash and the DPoP jkt thumbprint, step by step.
 * The tokens and the expected values are made here with panva jose and node:crypto.
 */
async function learn(page: Page, token: string, key: string) {
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  await fillEditor(page, 'Token', token);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Signature verified');
  await page.getByRole('tab', { name: 'Learn' }).click();
}

test('at_hash: ES512 takes the left half of SHA-512, and a different access token fails the last step', async ({ page }) => {
  const { publicKey, privateKey } = await generateKeyPair('ES512', { extractable: true });
  const accessToken = 'ya29.a0AfH6SMBx-access';
  const atHash = createHash('sha512').update(accessToken, 'ascii').digest().subarray(0, 32).toString('base64url');
  const idToken = await new SignJWT({ at_hash: atHash, nonce: 'n' }).setProtectedHeader({ alg: 'ES512' }).setIssuer('https://op.example').setSubject('a').setAudience('c').setIssuedAt().setExpirationTime('1h').sign(privateKey);
  await learn(page, idToken, JSON.stringify(await exportJWK(publicKey)));
  await page.getByRole('textbox', { name: 'Value hashed in the at_hash walk-through' }).fill(accessToken);
  const steps = page.getByRole('list', { name: 'at_hash, step by step' });
  await expect(steps.getByRole('listitem')).toHaveCount(4);
  await expect(steps.getByRole('listitem').first()).toContainText(accessToken);
  await expect(steps.getByRole('listitem').nth(1)).toContainText('Hash with SHA-512');
  await expect(steps.getByRole('listitem').nth(3)).toContainText(`base64url without padding gives ${atHash}`);
  await expect(steps.getByRole('listitem').nth(3)).toContainText('It equals the token\'s "at_hash"');
  await page.getByRole('textbox', { name: 'Value hashed in the at_hash walk-through' }).fill(`${accessToken}2`);
  await expect(steps.getByRole('listitem').nth(3)).toContainText('— failed');
});

test('jkt: the DPoP proof\'s jwk reduced to its required members, hashed with SHA-256', async ({ page }) => {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'ignored-by-the-thumbprint' };
  const proof = await new SignJWT({ htm: 'POST', htu: 'https://rs.example/r', jti: 'j' }).setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk }).setIssuedAt().sign(privateKey);
  await learn(page, proof, JSON.stringify(jwk));
  const steps = page.getByRole('list', { name: 'jkt thumbprint, step by step' });
  await expect(steps.getByRole('listitem').first()).toContainText(`{"crv":"P-256","kty":"EC","x":"${jwk.x}","y":"${jwk.y}"}`);
  await expect(steps.getByRole('listitem').last()).toContainText(await calculateJwkThumbprint(jwk));
});
