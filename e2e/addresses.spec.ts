/**
 * Issue 20: each screen has its own address, Back and Forward move between screens, a `#token=`
 * link works on first load, after a reload, and in a tab where the app already runs (issue 14).
 */
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, fillEditor, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const SEED = seeds.hs256_password.token;
const selected = (page: Page, name: string) => expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');

test.beforeEach(async ({ page }) => {
  // The stand-in editors are enough here: addresses, not Monaco.
  await page.route(/monaco-setup.*\.js$/, () => undefined);
});

test('each screen has an address; Back and Forward move between screens', async ({ page }) => {
  await page.goto('/');
  await selected(page, 'Decode');
  await page.getByRole('tab', { name: 'Encode' }).click();
  expect(new URL(page.url()).hash).toBe('#/encode');
  await page.getByRole('tab', { name: 'Keys' }).click();
  expect(new URL(page.url()).hash).toBe('#/keys');
  await page.goBack();
  await selected(page, 'Encode');
  await page.goBack();
  await selected(page, 'Decode');
  await page.goForward();
  await selected(page, 'Encode');
  await expect(page.getByRole('combobox', { name: 'Algorithm', exact: true })).toBeVisible();

  // A link opens its screen.
  await page.goto('/#/learn');
  await selected(page, 'Learn');
  await expect(page.getByRole('list', { name: 'Lessons' })).toBeVisible();
  await page.goto('/#/keys');
  await selected(page, 'Keys');
});

test('a token from a link leaves the address bar and survives a reload', async ({ page }) => {
  await page.goto(`/#token=${SEED}`);
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('http://www.example.com');
  expect(page.url()).not.toContain(SEED.slice(0, 20));
  await page.getByRole('tab', { name: 'Encode' }).click();
  await page.reload();
  await selected(page, 'Encode');
  await page.getByRole('tab', { name: 'Decode' }).click();
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('http://www.example.com');
  expect(page.url()).not.toContain(SEED.slice(0, 20));
  // Clear forgets it: a reload then shows an empty decoder.
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue('');
});

test('a #token= link opened in a tab where the app runs loads it and leaves no trace in history', async ({ page }) => {
  await page.goto('/');
  const mine = seeds.hs256_notsosecret.token;
  await fillEditor(page, 'Token', mine);
  await page.getByRole('tab', { name: 'Keys' }).click();
  await page.evaluate((token) => {
    window.location.hash = `token=${token}`;
  }, SEED);
  await selected(page, 'Decode');
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue(SEED);
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('HS256');
  await expect.poll(() => page.evaluate(() => location.href)).not.toContain(SEED.slice(0, 20));
  // What the person had can come back.
  await page.getByRole('button', { name: 'Restore previous token and key' }).click();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue(mine);
  // Back goes to the screen before the link (Keys), and no history entry holds the token.
  await page.goBack();
  await selected(page, 'Keys');
  expect(page.url()).not.toContain(SEED.slice(0, 20));
});
