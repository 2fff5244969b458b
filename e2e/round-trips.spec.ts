/**
 * Issue 20, "Round trips": Edit in Encode and back, a share link that carries a public key (and
 * refuses a secret or a private key), and the generated HMAC key as a plain secret.
 */
import crypto from 'node:crypto';
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, fillEditor, test } from './fixtures.ts';
import { chooseAlg, keyField, nodeJwk, openEncoder, publicJwk, status, tokenAfter, verifyJws } from './encoder-helpers.ts';
import type { Page } from '@playwright/test';

const SEED = seeds.hs256_password.token;
const result = (page: Page) => page.getByRole('status', { name: 'Result' });
const b64json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

test('Edit in Encode: the exact token comes back signed again; one claim changed, then Open in Decode', async ({ page }) => {
  await page.goto(`/#token=${SEED}`);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('password');
  await expect(result(page)).toContainText('Signature verified');
  await page.getByRole('button', { name: 'Edit in Encode' }).click();
  await expect(page.getByRole('tab', { name: 'Encode' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('checkbox', { name: 'Minify JSON' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Algorithm', exact: true })).toHaveValue('HS256');
  await expect(keyField(page)).toHaveValue('password');
  // The same bytes signed with the same key: the very same token.
  expect(await tokenAfter(page, 'Signed')).toBe(SEED);

  const [, payload] = SEED.split('.') as [string, string];
  const claims = Buffer.from(payload, 'base64url').toString('utf8');
  await fillEditor(page, 'Claims', claims.replace('"http://www.example.com"', '"https://changed.example"'));
  await expect(page.getByRole('region', { name: 'Encoded token' })).not.toHaveText(SEED);
  const changed = await tokenAfter(page, 'Signed');
  expect(changed.split('.')[0]).toBe(SEED.split('.')[0]);
  expect(b64json(changed.split('.')[1]!)).toMatchObject({ ...b64json(payload), iss: 'https://changed.example' });
  await verifyJws(changed, { kty: 'oct', k: Buffer.from('password').toString('base64url') }, 'HS256');

  await page.getByRole('button', { name: 'Open in Decode' }).click();
  await expect(result(page)).toContainText('Signature verified');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('https://changed.example');
});

test('a share link with the public key: the colleague sees "Signature verified"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-write']);
  await openEncoder(page);
  await chooseAlg(page, 'ES256');
  const jwk = nodeJwk('P-256');
  await keyField(page).fill(JSON.stringify(jwk));
  const token = await tokenAfter(page, 'Signed');
  await page.getByRole('button', { name: 'Open in Decode' }).click();
  // The encoder hands the decoder the public half.
  await expect(result(page)).toContainText('Signature verified');
  await page.getByRole('checkbox', { name: 'Share with the public key' }).check();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(new URL(link).search).toBe('');
  const sharedKey = JSON.parse(new URLSearchParams(new URL(link).hash.slice(1)).get('publicKey')!) as Record<string, unknown>;
  expect(sharedKey).toMatchObject(publicJwk(jwk) as Record<string, unknown>);
  expect(sharedKey).not.toHaveProperty('d');

  const colleague = await context.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole('status', { name: 'Result' })).toContainText('Signature verified');
  await expect(colleague.getByRole('textbox', { name: 'Token', exact: true })).toBeAttached();
  expect(colleague.url()).not.toContain('publicKey');
  expect(colleague.url()).not.toContain(token.slice(0, 20));
  await colleague.close();
});

test('a share link refuses a secret and a private key, with the reason', async ({ page, context }) => {
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto(`/#token=${SEED}`);
  const key = page.getByRole('textbox', { name: 'Key', exact: true });
  await key.fill('password');
  await page.getByRole('checkbox', { name: 'Share with the public key' }).check();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText(/The key was not put in a link: This is a shared secret/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);

  await key.fill(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText(/The key was not put in a link: This is a private key/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);

  // A crafted link that carries a secret: the token loads, the secret does not.
  const other = await context.newPage();
  await other.route(/monaco-setup.*\.js$/, () => undefined);
  await other.goto(`/#token=${SEED}&publicKey=password`);
  await expect(other.getByRole('alert')).toContainText('was not loaded');
  await expect(other.getByRole('region', { name: 'Header' })).toContainText('HS256');
  await expect(other.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('');
  await other.close();
});

test("Encode's generated HMAC key is also a plain secret, in the chosen encoding", async ({ page }) => {
  await openEncoder(page);
  await chooseAlg(page, 'HS384');
  await page.getByRole('button', { name: 'Generate key' }).click();
  const token = await tokenAfter(page, 'Signed');
  const generated = page.getByRole('region', { name: 'Generated key' });
  const plain = generated.getByRole('textbox', { name: 'Plain secret' });
  const base64 = await plain.inputValue();
  await generated.getByRole('combobox', { name: 'Plain secret encoding' }).selectOption('hex');
  const hex = await plain.inputValue();
  expect(Buffer.from(hex, 'hex').equals(Buffer.from(base64, 'base64'))).toBe(true);
  // A server configured with the plain secret verifies the token (node:crypto, not the app).
  const [h, p, s] = token.split('.') as [string, string, string];
  expect(crypto.createHmac('sha384', Buffer.from(hex, 'hex')).update(`${h}.${p}`).digest('base64url')).toBe(s);
  await expect(status(page)).toHaveText('Signed');
});
