import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { expect, test } from './fixtures.ts';
import { keyBox, open, pasteInto, result } from './decoder-helpers.ts';

/**
 * Issue 14's attacks driven through the page, each of which froze a screen for seconds to minutes
 * or gave a wrong answer before: a 512 KiB RSA1_5 encrypted key (Decode's worker and Learn's main
 * thread were pinned ~100 s converting it), a JWK with a 512 KiB modulus (Keys and the Key box
 * froze ~100 s in the ROCA check), a public key given as an HMAC secret in the forms the confusion
 * guard missed (an ssh-rsa line or base64 PKCS#1 DER in the Key box are refused by the key reader
 * itself, so only the engine tests cover them), and an "encrypted_key": "" on a dir JWE. Each answer must come within the expect
 * timeout (15 s); the old code blew through it or answered differently.
 */
const b64 = (x: Uint8Array | string) => Buffer.from(x).toString('base64url');

/** A random odd modulus of exactly `bytes` bytes, top bit set, as a JWK would carry it. */
const modulus = (bytes: number) => {
  const n = randomBytes(bytes);
  n[0]! |= 0x80;
  n[n.length - 1]! |= 1;
  return b64(n);
};

test('RSA1_5 with a 512 KiB encrypted key: Decode and Learn answer at once, like any wrong key', async ({ page }) => {
  await open(page);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  await keyBox(page).fill(JSON.stringify(privateKey.export({ format: 'jwk' })));
  const header = b64('{"alg":"RSA1_5","enc":"A128CBC-HS256"}');
  await pasteInto(page, 'Token', [header, b64(randomBytes(512 * 1024)), b64(randomBytes(16)), b64(randomBytes(16)), b64(randomBytes(16))].join('.'));
  await expect(result(page)).toContainText(/Decryption failed|could not be decrypted/i);
  await page.getByRole('tab', { name: 'Learn' }).click();
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps.getByRole('listitem').filter({ hasText: /RSA1_5|RSAES-PKCS1-v1_5/ }).first()).toBeVisible();
  await expect(steps).toContainText(/length/i);
});

test('a JWK with a 512 KiB modulus: Keys and the Key box say "n" is over the 16,384-bit limit, at once', async ({ page }) => {
  await open(page);
  const jwk = JSON.stringify({ kty: 'RSA', n: modulus(512 * 1024), e: 'AQAB' });
  await keyBox(page).fill(jwk);
  await pasteInto(page, 'Token', `${b64('{"alg":"RS256"}')}.${b64('{"sub":"x"}')}.${b64(randomBytes(256))}`);
  await expect(result(page)).toContainText(/16,?384/);
  await page.getByRole('tab', { name: 'Keys' }).click();
  await page.getByRole('textbox', { name: 'Key material' }).fill(jwk);
  await expect(page.getByRole('alert').filter({ hasText: /16,?384/ })).toContainText('"n"');
});

test('a public key given as the HMAC secret as the modulus openssl prints, a JWK n, or SPKI DER in hex: the Result names the confusion', async ({ page }) => {
  await open(page);
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const token = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"x"}')}.${b64(randomBytes(32))}`;
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const secrets = [
    `Modulus=${Buffer.from((publicKey.export({ format: 'jwk' }) as { n: string }).n, 'base64url').toString('hex').toUpperCase()}`,
    (publicKey.export({ format: 'jwk' }) as { n: string }).n,
    spki.toString('hex'),
  ];
  await pasteInto(page, 'Token', token);
  for (const secret of secrets) {
    await keyBox(page).fill(secret);
    await expect(page.getByRole('list', { name: 'Findings', exact: true }), secret.slice(0, 20)).toContainText('a public key given as a secret');
  }
});

test('a dir JWE (JSON serialization) with "encrypted_key": "" is refused, naming the member', async ({ page }) => {
  await open(page);
  const token = JSON.stringify({
    protected: b64('{"alg":"dir","enc":"A128GCM"}'),
    encrypted_key: '',
    iv: b64(randomBytes(12)),
    ciphertext: b64(randomBytes(16)),
    tag: b64(randomBytes(16)),
  });
  await keyBox(page).fill(JSON.stringify({ kty: 'oct', k: b64(randomBytes(16)) }));
  await pasteInto(page, 'Token', token);
  await expect(page.getByText(/"encrypted_key".*(absent|must not)/).first()).toBeVisible();
});
