import type { Page } from '@playwright/test';
import * as panva from 'jose';
import { decode, open, result } from './decoder-helpers.ts';
import { expect, test } from './fixtures.ts';

/**
 * The UI contract's names (DESIGN.md) as tests outside the project use them: Playwright matches a
 * name as a case-insensitive substring unless told `exact`, so each name must find exactly one
 * control on its screen even when new controls appear — "Fetch keys" or "Access token for at_hash"
 * beside "Key" and "Token" would each make a second match. Checked on screens showing their extras:
 * an ID token with a profile's inputs and an SD-JWT region in Decode, Learn's profile steps.
 */
type Role = Parameters<Page['getByRole']>[0];

async function expectOneEach(page: Page, names: [Role, string][]) {
  for (const [role, name] of names) {
    await expect(page.getByRole(role, { name }), `${role} "${name}" is one control`).toHaveCount(1);
  }
}

test('every contract name matches exactly one control, also with the profile and SD-JWT extras shown', async ({ page }) => {
  const secret = new TextEncoder().encode('a-secret-of-thirty-two-bytes-long!');
  const idToken = await new panva.SignJWT({ nonce: 'n-0S6_WzA2Mj', at_hash: 'abc', auth_time: 1 })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('https://issuer.example')
    .setSubject('alice')
    .setAudience('client')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(secret);
  await open(page);
  await decode(page, idToken, 'a-secret-of-thirty-two-bytes-long!');
  await expect(result(page)).toContainText('Signature verified');
  await expect(page.getByRole('region', { name: 'Profile', exact: true })).toBeVisible();
  await expectOneEach(page, [
    ['tab', 'Decode'],
    ['tab', 'Encode'],
    ['tab', 'Keys'],
    ['tab', 'Learn'],
    ['textbox', 'Token'],
    ['textbox', 'Key'],
    ['region', 'Header'],
    ['region', 'Payload'],
    ['status', 'Result'],
    ['region', 'Profile'],
    ['region', 'Best practices'],
  ]);

  await page.getByRole('tab', { name: 'Learn' }).click();
  await expectOneEach(page, [
    ['list', 'Steps'],
    ['list', 'Lessons'],
    ['region', 'Anatomy'],
    ['checkbox', 'Show bytes as hex'],
    ['button', 'Presenter mode'],
  ]);

  await page.getByRole('tab', { name: 'Encode' }).click();
  await expectOneEach(page, [
    ['combobox', 'Algorithm'],
    ['textbox', 'Protected header'],
    ['textbox', 'Claims'],
    ['checkbox', 'Minify JSON'],
    ['textbox', 'Encoding key'],
    ['button', 'Generate key'],
    ['region', 'Encoded token'],
    ['button', 'Copy token'],
    ['button', 'Open in Decode'],
    ['status', 'Encode result'],
    ['region', 'Disclosable claims'],
  ]);

  await page.getByRole('tab', { name: 'Keys' }).click();
  const { publicKey } = await panva.generateKeyPair('ES256', { extractable: true });
  await page.getByRole('textbox', { name: 'Key material', exact: true }).fill(JSON.stringify(await panva.exportJWK(publicKey)));
  await expectOneEach(page, [
    ['textbox', 'Key material'],
    ['region', 'JWK'],
    ['region', 'PEM'],
  ]);
});
