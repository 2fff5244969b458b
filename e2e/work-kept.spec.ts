/**
 * Issue 20, "Work is never lost": every screen keeps what the person did when they switch tabs or
 * follow the screens' own buttons, and another screen never silently replaces the decoder's input.
 */
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, fillEditor, test } from './fixtures.ts';
import { chooseAlg, keyField, openEncoder, status, tokenAfter } from './encoder-helpers.ts';
import type { Page } from '@playwright/test';

const tab = (page: Page, name: string) => page.getByRole('tab', { name });
const result = (page: Page) => page.getByRole('status', { name: 'Result' });

test('Encode keeps alg, claims, key and generated pair through Open in Decode, the tab and Back', async ({ page }) => {
  await openEncoder(page);
  await chooseAlg(page, 'RS256');
  await fillEditor(page, 'Claims', '{"sub":"kept","n":1}');
  await page.getByRole('button', { name: 'Generate key' }).click();
  const token = await tokenAfter(page, 'Signed');
  const key = await keyField(page).inputValue();
  expect(key).toContain('"d"');

  await page.getByRole('button', { name: 'Open in Decode' }).click();
  await expect(tab(page, 'Decode')).toHaveAttribute('aria-selected', 'true');
  await expect(result(page)).toContainText('Signature verified');

  await tab(page, 'Encode').click();
  await expect(page.getByRole('combobox', { name: 'Algorithm', exact: true })).toHaveValue('RS256');
  await expect(keyField(page)).toHaveValue(key);
  await expect(page.getByRole('region', { name: 'Generated key' })).toBeVisible();
  // RS256 is deterministic: the same token means the same header, claims and key.
  await expect(page.getByRole('region', { name: 'Encoded token' })).toHaveText(token);

  // Back and Forward land on the same, untouched screens.
  await page.goBack();
  await expect(tab(page, 'Decode')).toHaveAttribute('aria-selected', 'true');
  await expect(result(page)).toContainText('Signature verified');
  await page.goBack();
  await expect(tab(page, 'Encode')).toHaveAttribute('aria-selected', 'true');
  await expect(keyField(page)).toHaveValue(key);
});

test('Keys keeps its input and its generated key through Use in Encode and Use in Decode', async ({ page }) => {
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  await page.getByRole('tab', { name: 'Keys' }).click();
  const material = page.getByRole('textbox', { name: 'Key material' });
  await material.fill(JSON.stringify({ kty: 'oct', k: Buffer.from('a secret of at least thirty-two bytes!').toString('base64url') }));
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText('bytes');
  const pasted = await material.inputValue();

  await page.getByRole('button', { name: 'Use in Encode' }).click();
  await expect(tab(page, 'Encode')).toHaveAttribute('aria-selected', 'true');
  await tab(page, 'Keys').click();
  await expect(material).toHaveValue(pasted);
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText('bytes');

  await page.getByRole('combobox', { name: 'Key algorithm' }).selectOption('ES384');
  await page.getByRole('button', { name: 'Generate new key' }).click();
  const jwk = page.getByRole('region', { name: 'JWK' });
  await expect(jwk).toContainText('"crv": "P-384"');
  const shown = await jwk.locator('pre').first().textContent();
  await page.getByRole('button', { name: 'Use in Decode' }).click();
  await expect(tab(page, 'Decode')).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(tab(page, 'Keys')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Key algorithm' })).toHaveValue('ES384');
  await expect(jwk.locator('pre').first()).toHaveText(shown!);
  await expect(material).toHaveValue(pasted);
});

test('Learn keeps its example and options; the example never touches what Decode has', async ({ page }) => {
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  await fillEditor(page, 'Token', seeds.hs256_password.token);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('password');
  await expect(result(page)).toContainText('Signature verified');

  await tab(page, 'Learn').click();
  await page.getByRole('combobox', { name: 'Worked example' }).selectOption('rfc7520-4.4');
  await page.getByRole('checkbox', { name: 'Show bytes as hex' }).check();
  await expect(page.getByRole('list', { name: 'Steps' })).toContainText('HMAC');

  await tab(page, 'Decode').click();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue(seeds.hs256_password.token);
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('password');
  await expect(result(page)).toContainText('Signature verified');

  await tab(page, 'Learn').click();
  await expect(page.getByRole('combobox', { name: 'Worked example' })).toHaveValue('rfc7520-4.4');
  await expect(page.getByRole('checkbox', { name: 'Show bytes as hex' })).toBeChecked();
  await page.getByRole('button', { name: "Use the decoder's token instead" }).click();
  await expect(page.getByText('Showing the token and key that are in the decoder.')).toBeVisible();
});

test('a lesson opened in Decode replaces its input, and Decode offers to restore it', async ({ page }) => {
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  await fillEditor(page, 'Token', seeds.hs256_password.token);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('password');
  await tab(page, 'Learn').click();
  await page.getByRole('list', { name: 'Lessons' }).getByRole('button', { name: 'Open the HS256 JWT and its secret in Decode' }).click();
  await expect(tab(page, 'Decode')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('notsosecret');
  await page.getByRole('button', { name: 'Restore previous token and key' }).click();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue(seeds.hs256_password.token);
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('password');
  await expect(result(page)).toContainText('Signature verified');
});

test('Open in Decode over a token the person had: Decode offers it back', async ({ page }) => {
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  await fillEditor(page, 'Token', seeds.hs256_password.token);
  await tab(page, 'Encode').click();
  await keyField(page).fill('a secret of at least thirty-two bytes!');
  await expect(status(page)).toHaveText('Signed');
  await page.getByRole('button', { name: 'Open in Decode' }).click();
  await expect(page.getByRole('group', { name: 'Replaced input' })).toContainText('The encoder replaced');
  await page.getByRole('button', { name: 'Restore previous token and key' }).click();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue(seeds.hs256_password.token);
  await expect(page.getByRole('group', { name: 'Replaced input' })).toHaveCount(0);
});
