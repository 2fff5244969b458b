import { generateKeyPairSync } from 'node:crypto';
import type { Page } from '@playwright/test';
import * as jose from 'jose';
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import multi from '../test/vectors/rfc7520/jws/4_8.multiple_signatures.json' with { type: 'json' };
import bilboEc from '../test/vectors/rfc7520/jwk/3_1.ec_public_key.json' with { type: 'json' };
import bilboRsa from '../test/vectors/rfc7520/jwk/3_3.rsa_public_key.json' with { type: 'json' };
import hmacKey from '../test/vectors/rfc7520/jwk/3_5.symmetric_key_mac_computation.json' with { type: 'json' };
import recipients from '../test/vectors/rfc7520/jwe/5_13.encrypting_to_multiple_recipients.json' with { type: 'json' };
import { expect, test } from './fixtures.ts';
import { decode, keyBox, open, result } from './decoder-helpers.ts';

/**
 * Issue 20, the Decode screen's truths: the first words of the Result, its tone, the verdict of
 * each signature, and every input a person pastes (a token from a log, a DER key file). Tokens are
 * made here with the reference library `jose` and keys from node:crypto.
 */
const tone = (page: Page) => page.locator('[data-tone]').filter({ has: result(page) });
const SECRET = 'a-shared-secret-of-32-bytes-long';
const now = () => Math.floor(Date.now() / 1000);

function hs256(claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  return new jose.SignJWT(claims).setProtectedHeader({ alg: 'HS256', ...header }).sign(new TextEncoder().encode(SECRET));
}

test('a good signature on an expired token is "Signature verified — but it expired …", amber; not yet valid and decrypted likewise', async ({ page }) => {
  await open(page);
  await decode(page, await hs256({ sub: 'x', iat: now() - 7200, exp: now() - 61 * 60 }), SECRET);
  await expect(result(page)).toHaveText(/^Signature verified — but it expired 61 minutes ago; HS256 signature checked/);
  await expect(tone(page)).toHaveAttribute('data-tone', 'warning');

  await decode(page, await hs256({ sub: 'x', nbf: now() + 3 * 3600 + 120 }), SECRET);
  await expect(result(page)).toHaveText(/^Signature verified — but it is not valid until .* UTC \(in 3 hours\)/);

  // A token still valid is plain green.
  await decode(page, await hs256({ sub: 'x', exp: now() + 3600 }), SECRET);
  await expect(result(page)).toHaveText(/^Signature verified — HS256 signature checked/);
  await expect(tone(page)).toHaveAttribute('data-tone', 'good');

  const jwe = await new jose.EncryptJWT({ sub: 'x', exp: now() - 61 * 60 }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(new TextEncoder().encode(SECRET));
  await decode(page, jwe, SECRET);
  await expect(result(page)).toHaveText(/^Decrypted — but it expired 61 minutes ago/);
  await expect(tone(page)).toHaveAttribute('data-tone', 'warning');
});

test('alg none has its own verdict, with or without a key; an empty screen is a neutral prompt, in Decode and Encode', async ({ page }) => {
  await open(page);
  await expect(result(page)).toHaveText(/^Paste a JWT, JWS or JWE in Token/);
  await expect(tone(page)).toHaveAttribute('data-tone', 'prompt');
  await expect(result(page)).not.toContainText('Malformed');

  await decode(page, seeds.unsecured.token);
  await expect(result(page)).toHaveText(/^Unsecured JWS — there is no signature to check/);
  await keyBox(page).fill('any key at all');
  await expect(result(page)).toHaveText(/^Unsecured JWS — there is no signature to check/);
  await expect(result(page)).not.toContainText('Invalid signature');

  await page.getByRole('tab', { name: 'Encode' }).click();
  const encodeResult = page.getByRole('status', { name: 'Encode result' });
  await expect(encodeResult).toContainText('No key');
  await expect(encodeResult).toHaveAttribute('data-tone', 'prompt');
});

test('a JWK or one-key JWKS under another kid verifies, and the Result and a finding say the kids differ', async ({ page }) => {
  await open(page);
  const token = await hs256({ sub: 'x', exp: now() + 3600 }, { kid: 'token-kid' });
  const jwk = { kty: 'oct', k: jose.base64url.encode(SECRET), kid: 'key-kid' };
  for (const key of [jwk, { keys: [jwk] }]) {
    await decode(page, token, JSON.stringify(key));
    await expect(result(page)).toHaveText(/^Signature verified — but the key's kid "key-kid" is not the token's kid "token-kid"/);
    await expect(tone(page)).toHaveAttribute('data-tone', 'warning');
    await expect(page.getByRole('list', { name: 'Findings' })).toContainText(`The token's "kid" is "token-kid" but the key's is "key-kid"`);
  }
  // Several keys and none with the token's kid: still an error.
  await keyBox(page).fill(JSON.stringify({ keys: [jwk, { ...jwk, kid: 'other' }] }));
  await expect(result(page)).toHaveText(/^Invalid signature — No key has kid "token-kid"/);
});

test('three signatures: a verdict for each, and the Header panel shows the signature looked at', async ({ page }) => {
  await open(page);
  await decode(page, JSON.stringify(multi.output.json, null, 2), JSON.stringify(bilboEc));
  await expect(result(page)).toHaveText(/^Signature verified — ES512 signature \(signature 2\)/);
  const items = page.getByRole('list', { name: 'Signatures' }).getByRole('listitem');
  await expect(items.nth(0)).toContainText('not checked');
  await expect(items.nth(1)).toContainText('verified: checked with an EC P-521 public key');
  await expect(items.nth(2)).toContainText('not checked');
  // The one that verified is the one shown, not signature 1.
  const header = page.getByRole('region', { name: 'Header' });
  await expect(header).toContainText('Header of signature 2 of 3');
  await expect(header).toContainText('"alg": "ES512"');
  await expect(page.getByRole('button', { name: 'Show the header of signature 2' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Show the header of signature 3' }).click();
  await expect(header).toContainText('"alg": "HS256"');
  await expect(page.getByLabel('Header parameters')).toContainText('018c0ae5-4d9b-471b-bfd6-eef314bc7037');

  await keyBox(page).fill(JSON.stringify({ keys: [bilboRsa, bilboEc, hmacKey] }));
  for (let i = 0; i < 3; i++) await expect(items.nth(i)).toContainText('verified: checked with');
});

test('three recipients: a verdict for each, and the Header panel shows the recipient looked at', async ({ page }) => {
  await open(page);
  await decode(page, JSON.stringify(recipients.output.json, null, 2), JSON.stringify(recipients.input.key[1]));
  await expect(result(page)).toHaveText(/^Decrypted — ECDH-ES\+A256KW \+ A128CBC-HS256 \(recipient 2\)/);
  const items = page.getByRole('list', { name: 'Recipients' }).getByRole('listitem');
  await expect(items.nth(0)).toContainText('not checked');
  await expect(items.nth(1)).toContainText('opened it');
  await expect(items.nth(2)).toContainText('not checked');
  const header = page.getByRole('region', { name: 'Header' });
  await expect(header).toContainText('Header of recipient 2 of 3');
  await expect(header).toContainText('"alg": "ECDH-ES+A256KW"');
  await page.getByRole('button', { name: 'Show the header of recipient 3' }).click();
  await expect(header).toContainText('"alg": "A256GCMKW"');
});

test('a token broken across lines (a log, an email) is accepted with a notice; offsets point into what was pasted', async ({ page }) => {
  await open(page);
  const token = seeds.hs256_notsosecret.token;
  await decode(page, `Authorization: Bearer ${token.slice(0, 40)}\n${token.slice(40, 100)}\r\n    ${token.slice(100)}\n`, 'notsosecret');
  await expect(result(page)).toHaveText(/^Signature verified/);
  await expect(page.getByRole('list', { name: 'Trimmed' })).toContainText('Removed whitespace inside the token (line breaks or spaces, as logs, emails and terminals add them) (2 places)');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('John Doe');

  // A bad character after the line breaks: the offset is the one in the pasted text.
  const broken = `${token.slice(0, 40)}\n${token.slice(40, 100)}\n${token.slice(100, 110)}!${token.slice(111)}`;
  await decode(page, broken);
  const offset = broken.indexOf('!');
  await expect(result(page)).toHaveText(new RegExp(`^Malformed token — .*\\(at offset ${offset}\\)`));
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('button', { name: `at offset ${offset}` })).toBeVisible();
});

test('"Open key file…" reads DER files (SPKI, PKCS #1) as the Keys screen does', async ({ page }) => {
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const es256 = await new jose.SignJWT({ sub: 'der' }).setProtectedHeader({ alg: 'ES256' }).sign(ec.privateKey);
  const rs256 = await new jose.SignJWT({ sub: 'der' }).setProtectedHeader({ alg: 'RS256' }).sign(rsa.privateKey);
  await open(page);
  for (const [token, der, pem] of [
    [es256, ec.publicKey.export({ type: 'spki', format: 'der' }), 'PUBLIC KEY'],
    [rs256, rsa.publicKey.export({ type: 'pkcs1', format: 'der' }), 'RSA PUBLIC KEY'],
  ] as const) {
    await decode(page, token);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open key file…' }).click();
    await (await chooser).setFiles({ name: 'key.der', mimeType: 'application/pkix-cert', buffer: der });
    await expect(keyBox(page)).toHaveValue(new RegExp(`^-----BEGIN ${pem}-----\\n`));
    await expect(result(page)).toHaveText(/^Signature verified/);
    await expect(result(page)).not.toContainText('shared secret');
  }
});

test('a JWS with "cty": "JWT" offers "Open the inner token", and Back returns', async ({ page }) => {
  await open(page);
  const inner = await hs256({ sub: 'inner-subject', exp: now() + 3600 }, { typ: 'JWT' });
  const outer = await new jose.CompactSign(new TextEncoder().encode(inner)).setProtectedHeader({ alg: 'HS256', cty: 'JWT' }).sign(new TextEncoder().encode(SECRET));
  await decode(page, outer, SECRET);
  await expect(result(page)).toHaveText(/^Signature verified/);
  await page.getByRole('button', { name: 'Open the inner token' }).click();
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('inner-subject');
  await expect(result(page)).toHaveText(/^Signature verified/);
  await page.getByRole('button', { name: 'Back to the outer token' }).click();
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('"cty": "JWT"');
});

test('Copy header and Copy payload copy what the panels show', async ({ page }) => {
  // Record what is written to the clipboard (the page's policy forbids reading it back).
  await page.addInitScript(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    navigator.clipboard.writeText = async (text: string) => void w.copied.push(text);
  });
  await open(page);
  await decode(page, seeds.hs256_notsosecret.token);
  await page.getByRole('button', { name: 'Copy header' }).click();
  await page.getByRole('button', { name: 'Copy payload' }).click();
  const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(JSON.parse(copied[0]!)).toEqual(jose.decodeProtectedHeader(seeds.hs256_notsosecret.token));
  expect(JSON.parse(copied[1]!)).toEqual(jose.decodeJwt(seeds.hs256_notsosecret.token));
});

test.describe('in German, in Berlin', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  test('claim times show in the browser locale besides UTC', async ({ page }) => {
    await open(page);
    await page.getByRole('combobox', { name: 'Example' }).selectOption('seed-hs256-password');
    const claims = page.getByRole('table', { name: 'Claims' });
    await expect(claims).toContainText('2014-03-24 15:20:27 UTC');
    await expect(claims).toContainText('24.03.2014, 16:20:27');
  });
});

for (const width of [360, 1440]) {
  test(`a token issued just now: the timeline labels never overlap (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await decode(page, await hs256({ sub: 'x', iat: now(), nbf: now(), exp: now() + 3600 }));
    const timeline = page.locator('figure', { hasText: 'Timeline:' });
    const boxes: DOMRect[] = [];
    for (const text of ['iat (issued)', 'nbf (valid from)', 'now', 'exp (expires)']) {
      boxes.push((await timeline.getByText(text, { exact: true }).evaluate((el) => el.getBoundingClientRect().toJSON())) as DOMRect);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `labels ${i} and ${j} overlap: ${JSON.stringify([a, b])}`).toBe(true);
      }
    }
  });
}
