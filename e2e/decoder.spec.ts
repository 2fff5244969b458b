import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, test } from './fixtures.ts';
import { decode, keyBox, open, result } from './decoder-helpers.ts';
import { KEYS, makeTokens, pretty, publicJwk, spkiPem, type TestTokens } from './decoder-tokens.ts';

/**
 * The Decode screen through its accessible names, as a screen reader (or an outside test) drives
 * it: Token, Key, the regions Header and Payload, the classification badge and the one status
 * named Result.
 */
let tokens: TestTokens;
test.beforeAll(async () => {
  tokens = await makeTokens();
});

test('each seed example: HS256 "password", the unsecured one, HS256 "notsosecret", the JWE without its key', async ({ page }) => {
  await open(page);
  const example = page.getByRole('combobox', { name: 'Example' });

  await example.selectOption('seed-hs256-password');
  await expect(page.getByText('JWS', { exact: true })).toBeVisible();
  await expect(result(page)).toHaveText(/^Signature verified — /);
  await expect(result(page)).toContainText('8-byte shared secret');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('http://www.example.com');
  const findings = page.getByRole('list', { name: 'Findings' });
  await expect(findings).toContainText('HS256 needs at least 32 bytes');
  await expect(findings).toContainText('"sub" must be a string');
  await expect(findings).toContainText('Expired');
  await expect(page.getByRole('table', { name: 'Claims' })).toContainText('2014-03-24 15:20:27 UTC');
  await expect(page.getByRole('table', { name: 'Claims' })).toContainText(/expired \d+ years ago/);

  await example.selectOption('seed-unsecured');
  // The classification badge (the Result status now starts with the same two words).
  await expect(page.locator('[aria-describedby="classification-reason"]')).toHaveText('Unsecured JWS');
  await expect(result(page)).toHaveText('Unsecured JWS — there is no signature to check');
  await expect(findings).toContainText('"alg" is "none"');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('http://example.com/is_root');

  await example.selectOption('seed-hs256-notsosecret');
  await expect(result(page)).toContainText('Signature verified');
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('"typ": "JWT"');
  expect(await keyBox(page).inputValue()).toBe('notsosecret');

  await example.selectOption('seed-rsa-oaep-jwe');
  await expect(page.getByText('JWE', { exact: true })).toBeVisible();
  await expect(page.getByText(/"alg" is RSA-OAEP, a key-management algorithm, and "enc" is present/)).toBeVisible();
  await expect(result(page)).toContainText('Key required');
  await expect(result(page)).toContainText("RSA-OAEP needs the recipient's RSA private key");
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText(/Encrypted: 64 bytes of ciphertext/);
});

test('the seed token typed by hand verifies with its secret and fails with a wrong one', async ({ page }) => {
  await open(page);
  await decode(page, seeds.hs256_password.token);
  await expect(result(page)).toContainText('Key required');
  await expect(result(page)).toContainText('HS256 needs the shared secret');
  await keyBox(page).fill('password');
  await expect(result(page)).toContainText('Signature verified');
  await keyBox(page).fill('passwore');
  await expect(result(page)).toContainText('Invalid signature');
  await expect(result(page)).toContainText('key tried: an 8-byte shared secret');
});

test('RFC 7520 examples with their keys: §4.1 RS256, §4.3 ES512, §4.8 three signatures, §5.2 RSA-OAEP, §5.3 PBES2, §5.4 ECDH-ES, §5.6 dir', async ({ page }) => {
  await open(page);
  const example = page.getByRole('combobox', { name: 'Example' });
  for (const [id, verdict] of [
    ['rfc7520-4.1', 'Signature verified'],
    ['rfc7520-4.3', 'Signature verified'],
    ['rfc7520-4.4', 'Signature verified'],
    ['rfc7520-5.2', 'Decrypted'],
    ['rfc7520-5.3', 'Decrypted'],
    ['rfc7520-5.4', 'Decrypted'],
    ['rfc7520-5.6', 'Decrypted'],
  ] as const) {
    await example.selectOption(id);
    await expect(result(page), id).toContainText(verdict);
  }
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('We are your friends, Frodo');

  await example.selectOption('rfc7520-4.8');
  await expect(result(page)).toContainText('Signature verified');
  await expect(page.getByText('general JSON serialization, 3 signatures')).toBeVisible();
  const signatures = page.getByRole('list', { name: 'Signatures' });
  await expect(signatures.getByRole('listitem')).toHaveCount(3);
  await expect(signatures.getByRole('listitem').first()).toContainText('verified: checked with an RSA');
});

test('a wrong key for each kind: HMAC secret, RSA, EC, and JWE keys', async ({ page }) => {
  await open(page);
  await decode(page, seeds.hs256_notsosecret.token, 'notsosecreT');
  await expect(result(page)).toContainText('Invalid signature');

  await decode(page, tokens.rs256, spkiPem(KEYS.rsaA2));
  await expect(result(page)).toContainText('Invalid signature');
  await expect(result(page)).toContainText('RSA 2048-bit public key');

  await decode(page, tokens.es256, pretty(KEYS.otherEc));
  await expect(result(page)).toContainText('Invalid signature');
  await expect(result(page)).toContainText('EC P-256 public key');

  await decode(page, tokens.rsaOaep256, pretty(KEYS.bilbo));
  await expect(result(page)).toContainText('Decryption failed');
  await expect(result(page)).toContainText('key tried');

  await decode(page, tokens.dir, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await page.getByRole('radio', { name: 'base64url' }).check();
  await expect(result(page)).toContainText('Decryption failed');

  await decode(page, tokens.pbes2, 'not the password');
  await page.getByRole('radio', { name: 'UTF-8' }).check();
  await expect(result(page)).toContainText('Decryption failed');
});

test('an HS256 token with an RSA public key is named an algorithm-confusion attempt', async ({ page }) => {
  await open(page);
  await decode(page, seeds.hs256_password.token, spkiPem(KEYS.bilbo));
  await expect(page.getByText('Detected: PEM: public key (SPKI)')).toBeVisible();
  await expect(result(page)).toContainText('Invalid signature');
  await expect(page.getByRole('list', { name: 'Findings' })).toContainText('algorithm-confusion');
});

test('ES256 with a JWK, RS256 with a PEM, RS256 with a JWKS of several kids', async ({ page }) => {
  await open(page);
  await decode(page, tokens.es256, pretty(publicJwk(KEYS.es256)));
  await expect(page.getByText('Detected: JWK (EC public key)')).toBeVisible();
  await expect(result(page)).toContainText('Signature verified');
  await expect(result(page)).toContainText('ES256 signature checked with an EC P-256 public key');

  await decode(page, tokens.rs256, spkiPem(KEYS.bilbo));
  await expect(result(page)).toContainText('Signature verified');
  await expect(result(page)).toContainText('RS256');

  const jwks = { keys: [{ ...publicJwk(KEYS.es256), kid: 'ec-1' }, { ...publicJwk(KEYS.bilbo), kid: 'bilbo' }, { ...publicJwk(KEYS.rsaA2), kid: 'rsa-a2' }] };
  await decode(page, tokens.rs256Kid, pretty(jwks));
  await expect(page.getByText('Detected: JWKS with 3 keys')).toBeVisible();
  await expect(result(page)).toContainText('Signature verified');
  await expect(result(page)).toContainText('kid "rsa-a2"');
  // The same set without the kid the token names: the reason lists the kids there are.
  await keyBox(page).fill(pretty({ keys: jwks.keys.slice(0, 2) }));
  await expect(result(page)).toContainText('Invalid signature');
  await expect(result(page)).toContainText('No key has kid "rsa-a2"');
});

test('JWEs made with jose: RSA-OAEP-256, ECDH-ES+A128KW, dir, PBES2 and A192KW (192-bit AES, not in Web Crypto)', async ({ page }) => {
  await open(page);
  const payload = page.getByRole('region', { name: 'Payload' });
  const cases: [string, string, string, string?][] = [
    [tokens.rsaOaep256, pretty(KEYS.rsaA2), 'RSA-OAEP-256 + A256GCM'],
    [tokens.ecdhEsA128kw, pretty(KEYS.peregrin), 'ECDH-ES+A128KW + A128GCM'],
    [tokens.dir, KEYS.dir256, 'dir + A128CBC-HS256', 'base64url'],
    [tokens.pbes2, KEYS.password, 'PBES2-HS256+A128KW + A128GCM', 'UTF-8'],
    [tokens.a192kw, KEYS.aes192Hex, 'A192KW + A192GCM', 'hex'],
  ];
  for (const [token, key, words, encoding] of cases) {
    await decode(page, token, key);
    // The encoding picker shows for secrets only, and keeps the last choice.
    if (encoding) await page.getByRole('radio', { name: encoding }).check();
    await expect(result(page), words).toContainText('Decrypted');
    await expect(result(page), words).toContainText(words);
    await expect(payload).toContainText('https://issuer.example');
    await expect(page.getByRole('table', { name: 'Claims' })).toContainText('user-42');
  }
  // iat 2023 to exp 2100: the claims of a decrypted JWE are checked like a JWS's.
  await expect(page.getByRole('list', { name: 'Findings' })).toContainText('long-lived tokens are hard to revoke');
  await decode(page, tokens.pbes2, KEYS.password);
  await page.getByRole('radio', { name: 'UTF-8' }).check();
  await expect(page.getByRole('list', { name: 'Findings' })).toContainText('PBES2-HS256+A128KW was accepted because this debugger tries every algorithm');
});

test('a nested JWT (cty JWT) opens in place and back', async ({ page }) => {
  await open(page);
  await decode(page, tokens.nested, KEYS.dir256);
  await page.getByRole('radio', { name: 'base64url' }).check();
  await expect(result(page)).toContainText('Decrypted');
  await page.getByRole('button', { name: 'Open the inner token' }).click();
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('ES256');
  await keyBox(page).fill(pretty(publicJwk(KEYS.es256)));
  await expect(result(page)).toContainText('Signature verified');
  await page.getByRole('button', { name: 'Back to the outer token' }).click();
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('A128CBC-HS256');
});

test('a malformed token names the problem and its offset, in the status, the list and the editor', async ({ page }) => {
  await open(page);
  // The "!" is at offset 37: not a base64url character.
  const bad = `${seeds.hs256_password.token.slice(0, 37)}!${seeds.hs256_password.token.slice(38)}`;
  await decode(page, bad, 'password');
  await expect(result(page)).toContainText('Malformed token');
  await expect(result(page)).toContainText('at offset 37');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('at offset 37');
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeAttached();
  // Two segments: the count is the problem.
  await decode(page, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0', '');
  await expect(result(page)).toContainText('Malformed token');
  await expect(result(page)).toContainText('this token has 2');
});

test('hovering a segment names it and its decoded size', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'Example' }).selectOption('seed-hs256-password');
  await expect(result(page)).toContainText('Signature verified');
  await page.locator('.monaco-editor .jl-seg-header').first().hover();
  await expect(page.locator('.monaco-hover').first()).toContainText('JWS Protected Header — 16 bytes decoded');
  await page.locator('.monaco-editor .jl-seg-signature').first().hover();
  await expect(page.locator('.monaco-hover').first()).toContainText('JWS Signature — 32 bytes decoded');
});

test('Bearer, quotes and whitespace around the token are removed and mentioned', async ({ page }) => {
  await open(page);
  await decode(page, `  "Bearer ${seeds.hs256_password.token}"\n`, 'password');
  await expect(result(page)).toContainText('Signature verified');
  const trimmed = page.getByRole('list', { name: 'Trimmed' });
  await expect(trimmed).toContainText('Bearer');
  await expect(trimmed).toContainText('quote');
  await expect(trimmed).toContainText('whitespace');
});

test('garbage in the Key input gives a message in place, never a blank pane', async ({ page }) => {
  await open(page);
  await decode(page, tokens.rs256, '-----BEGIN PUBLIC KEY-----\nthis is not base64 at all!\n-----END PUBLIC KEY-----');
  await expect(result(page)).toContainText('Key required');
  await expect(result(page)).toContainText('could not be read');
  await keyBox(page).fill('{"kty": "RSA", "n": 12}');
  await expect(result(page)).toContainText('could not be read');
  await keyBox(page).fill('%%% just some text %%%');
  await expect(page.getByText('Detected: Shared secret')).toBeVisible();
  await expect(result(page)).toContainText('Invalid signature');
  await expect(result(page)).toContainText('RS256');
  // The token and its decoded parts stay on screen throughout.
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('RS256');
  await page.getByRole('radio', { name: 'hex' }).check();
  await expect(result(page)).toContainText('not valid hex');
});

test('a secret that looks like base64 gets an encoding hint', async ({ page }) => {
  await open(page);
  await decode(page, seeds.hs256_password.token, 'cGFzc3dvcmQxMjM0NTY3OEFCQ0RFRg==');
  await expect(page.getByRole('list', { name: 'Key findings' })).toContainText('choose the base64 encoding');
});

test('Share copies a #token= link with no key in it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-write']);
  await open(page);
  await decode(page, seeds.hs256_notsosecret.token, 'notsosecret');
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain(`#token=${seeds.hs256_notsosecret.token}`);
  expect(link).not.toContain('notsosecret');
  const second = await page.context().newPage();
  await second.goto(link);
  await expect(second.getByRole('region', { name: 'Payload' })).toContainText('John Doe');
  await expect(second.getByRole('status', { name: 'Result' })).toContainText('Key required');
  await second.close();
});

test('keyboard only: pick an example, reach the key, read the verdict', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'Example' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(result(page)).toContainText('Signature verified');
  // Tab moves on through Share, Clear, the Token editor and on to the key.
  await page.getByRole('button', { name: 'Share' }).focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await keyBox(page).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(keyBox(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('wrong');
  await expect(result(page)).toContainText('Invalid signature');
});
