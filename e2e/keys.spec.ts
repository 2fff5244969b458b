import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const CERT = readFileSync(new URL('../test/keys/fixtures/ec-leaf.crt', import.meta.url), 'utf8');
// The leaf's public key, as node:crypto's X509Certificate exports it.
const CERT_X = '1fTOGpB4cKHCy5wgXYpcaUSOaNd34Bh6Op65nmgETz4';

async function openKeys(page: Page) {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Keys' }).click();
  await expect(page.getByRole('tab', { name: 'Keys' })).toHaveAttribute('aria-selected', 'true');
  return page.getByRole('textbox', { name: 'Key material' });
}

async function expectNothingStored(page: Page) {
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, url: location.href, state: JSON.stringify(history.state) ?? '' }));
  expect(stored.local).toBe(0);
  expect(stored.session).toBe(0);
  // The screen's own address (#/keys) is the only thing after the path.
  expect(stored.url.replace(/#\/[a-z]+$/, '')).not.toMatch(/kty|BEGIN|key/i);
  expect(stored.state).not.toMatch(/kty|BEGIN/);
}

test('a pasted certificate shows its public key in JWK and PEM, its subject and thumbprint', async ({ page }) => {
  const input = await openKeys(page);
  await expect(input).toHaveAttribute('spellcheck', 'false');
  await input.fill(CERT);
  const details = page.getByRole('region', { name: 'Key details' });
  await expect(details).toContainText('EC P-256 public key');
  await expect(details).toContainText('X.509 certificate');
  await expect(details).toContainText('CN=leaf.test.example');
  await expect(details).toContainText('JOSE Lab Test CA');
  await expect(details).toContainText('urn:ietf:params:oauth:jwk-thumbprint:sha-256:');
  await expect(page.getByRole('region', { name: 'JWK' })).toContainText(`"x": "${CERT_X}"`);
  await expect(page.getByRole('region', { name: 'PEM' })).toContainText('-----BEGIN PUBLIC KEY-----');
  await expect(page.getByRole('checkbox', { name: 'Show private key' })).toHaveCount(0);
  await expectNothingStored(page);
});

test('a dropped DER certificate file is read as its PEM', async ({ page }) => {
  const pem = readFileSync(new URL('../test/keys/fixtures/rsa-selfsigned.crt', import.meta.url), 'utf8');
  const der = [...Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64')];
  const input = await openKeys(page);
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'cert.der', { type: 'application/pkix-cert' }));
    return dt;
  }, der);
  await input.dispatchEvent('drop', { dataTransfer });
  await expect(input).toHaveValue(/^-----BEGIN CERTIFICATE-----\n/);
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText('CN=rsa.test.example');
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText('RSA 2048-bit public key');
});

test('generate an ES256 pair: public forms at once, private forms only when asked, kid is the thumbprint', async ({ page }) => {
  await openKeys(page);
  // Keyboard only: Enter on the button, Space on the checkbox.
  await page.getByRole('combobox', { name: 'Key algorithm' }).selectOption('ES256');
  await page.getByRole('button', { name: 'Generate new key' }).press('Enter');
  await expect(page.getByRole('status', { name: 'Key generation' })).toContainText('Generated a key for ES256');
  const jwk = page.getByRole('region', { name: 'JWK' });
  const pem = page.getByRole('region', { name: 'PEM' });
  await expect(jwk).toContainText('"crv": "P-256"');
  await expect(jwk).not.toContainText('"d"');
  await expect(pem).toContainText('-----BEGIN PUBLIC KEY-----');
  await expect(pem).not.toContainText('PRIVATE KEY-----');
  const { kid } = JSON.parse((await jwk.locator('pre').first().textContent())!) as { kid: string };
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText(`urn:ietf:params:oauth:jwk-thumbprint:sha-256:${kid}`);
  await page.getByRole('checkbox', { name: 'Show private key' }).press('Space');
  await expect(jwk).toContainText('"d": "');
  await expect(pem).toContainText('-----BEGIN PRIVATE KEY-----');
  await page.getByRole('combobox', { name: 'PEM format' }).selectOption('sec1');
  await expect(pem).toContainText('-----BEGIN EC PRIVATE KEY-----');
  await expectNothingStored(page);
});

test('RSA is generated in the worker; a 4096-bit generation can be cancelled', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openKeys(page);
  await page.getByRole('combobox', { name: 'Key algorithm' }).selectOption('PS256');
  await page.getByRole('combobox', { name: 'RSA key size' }).selectOption('4096');
  await page.getByRole('button', { name: 'Generate new key' }).click();
  await page.getByRole('button', { name: 'Cancel generation' }).click();
  await expect(page.getByRole('status', { name: 'Key generation' })).toHaveText('Generation cancelled.');
  await page.getByRole('combobox', { name: 'RSA key size' }).selectOption('2048');
  await page.getByRole('button', { name: 'Generate new key' }).click();
  await expect(page.getByRole('status', { name: 'Key generation' })).toContainText('Generated an RSA 2048-bit key pair for PS256', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText('RSA 2048-bit private key');
  await expect(page.getByRole('region', { name: 'JWK' })).toContainText('"alg": "PS256"');
  expect(workers.some((url) => /generate-key\.worker/.test(url))).toBe(true);
});

test('Use in Decode hands the verification key to the decoder and switches tab', async ({ page }) => {
  await openKeys(page);
  await page.getByRole('combobox', { name: 'Key algorithm' }).selectOption('EdDSA');
  await page.getByRole('button', { name: 'Generate new key' }).click();
  await expect(page.getByRole('region', { name: 'JWK' })).toContainText('"crv": "Ed25519"');
  const publicJwk = (await page.getByRole('region', { name: 'JWK' }).locator('pre').first().textContent())!;
  await page.getByRole('button', { name: 'Use in Decode' }).click();
  await expect(page.getByRole('tab', { name: 'Decode' })).toHaveAttribute('aria-selected', 'true');
  const key = page.getByRole('textbox', { name: 'Key', exact: true });
  await expect(key).toHaveValue(publicJwk);
  expect(publicJwk).not.toContain('"d"');
  await expectNothingStored(page);
});

test('Use in Encode hands the signing secret to the encoder and switches tab', async ({ page }) => {
  await openKeys(page);
  await page.getByRole('combobox', { name: 'Key algorithm' }).selectOption('HS512');
  await page.getByRole('button', { name: 'Generate new key' }).click();
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText('512 bits (64 bytes)');
  await page.getByRole('checkbox', { name: 'Show private key' }).check();
  const secretJwk = (await page.getByRole('region', { name: 'JWK' }).locator('pre').first().textContent())!;
  await page.getByRole('button', { name: 'Use in Encode' }).click();
  await expect(page.getByRole('tab', { name: 'Encode' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Encoding key', exact: true })).toHaveValue(secretJwk);
  await expectNothingStored(page);
});

test('a JWKS lists its keys; each can be shown', async ({ page }) => {
  const a = { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }), kid: 'first' };
  const b = { ...generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }), kid: 'second', alg: 'EdDSA' };
  const input = await openKeys(page);
  await input.fill(JSON.stringify({ keys: [a, b] }));
  const list = page.getByRole('region', { name: 'Key set' });
  await expect(list).toContainText('JWKS with 2 keys');
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText('EC P-256 public key');
  await page.getByRole('button', { name: 'Show key 2' }).click();
  await expect(page.getByRole('region', { name: 'Key details' })).toContainText('Ed25519 public key');
  await expect(page.getByRole('region', { name: 'JWK' })).toContainText('"kid": "second"');
});

test('bad input shows the engine\'s message in place, and the screen recovers', async ({ page }) => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const cases: [string, RegExp][] = [
    [pem.slice(0, pem.length - 30), /has no "-----END PUBLIC KEY-----" line: the key looks truncated/],
    [pem.replace(/\n(.{10})./, '\n$1*'), /is not valid base64: line 2 has the character "\*"/],
    ['{"kty":"RSA","e":"AQAB"}', /The RSA JWK is missing its "n" member/],
    ['{"keys":[]}', /The JWKS has no keys/],
    [privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string, /encrypted PKCS#8 private key.*openssl pkcs8/],
  ];
  const input = await openKeys(page);
  for (const [text, message] of cases) {
    await input.fill(text);
    // The message is the input's description (aria-describedby), as a screen reader announces it.
    await expect(input).toHaveAccessibleDescription(message);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('region', { name: 'JWK' })).toHaveCount(0);
  }
  await input.fill(pem);
  await expect(input).toHaveAccessibleDescription('');
  await expect(input).not.toHaveAttribute('aria-invalid');
  await expect(page.getByRole('region', { name: 'JWK' })).toContainText('"kty": "EC"');
});
