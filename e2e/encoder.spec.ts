import { expect, test } from './fixtures.ts';
import {
  RSA_JWK, chooseAlg, decryptJwe, fillEditor, keyField, nodeJwk, octJwk, openEncoder, protectedHeader, publicJwk, status, tokenAfter, vector, verifyJws,
  type Jwk,
} from './encoder-helpers.ts';

const seeds = vector<Record<string, { token: string; secret?: string; header?: string; claims?: string }>>('seeds.json');

test('both seed tokens are reproduced byte for byte with Minify JSON off', async ({ page }) => {
  await openEncoder(page);
  const minify = page.getByRole('checkbox', { name: 'Minify JSON' });
  await expect(minify).toBeChecked();
  await minify.uncheck();
  for (const seed of [seeds.hs256_password!, seeds.hs256_notsosecret!]) {
    await fillEditor(page, 'Protected header', seed.header!);
    await fillEditor(page, 'Claims', seed.claims!);
    await keyField(page).fill(seed.secret!);
    expect(await tokenAfter(page, 'Signed')).toBe(seed.token);
  }
  // The 8-byte secret still signs, and says plainly that it is too short.
  await expect(page.getByRole('list', { name: 'Encoder findings' })).toContainText('11 bytes; HS256 needs at least 32');
  // Minify on: the first seed's JSON, re-serialized compactly, makes another (still valid) token.
  await minify.check();
  await fillEditor(page, 'Protected header', seeds.hs256_password!.header!);
  await fillEditor(page, 'Claims', seeds.hs256_password!.claims!);
  await keyField(page).fill('password');
  const minified = await tokenAfter(page, 'Signed');
  expect(minified).not.toBe(seeds.hs256_password!.token);
  expect(minified.split('.').slice(0, 2)).toEqual([
    Buffer.from('{"alg":"HS256"}').toString('base64url'),
    Buffer.from('{"iss":"http://www.example.com","sub":42,"exp":1395674427}').toString('base64url'),
  ]);
  await verifyJws(minified, { kty: 'oct', k: Buffer.from('password').toString('base64url') }, 'HS256');
});

test('a signature of each family verifies in the test process (jose / node:crypto)', async ({ page }) => {
  await openEncoder(page);
  const hs = octJwk(48);
  const cases: [string, Jwk][] = [
    ['HS384', hs.jwk],
    ['RS256', RSA_JWK],
    ['PS512', RSA_JWK],
    ['ES256', nodeJwk('P-256')],
    ['ES512', nodeJwk('P-521')],
    ['ES256K', nodeJwk('secp256k1')],
    ['EdDSA', nodeJwk('ed25519')],
    ['EdDSA', nodeJwk('ed448')],
  ];
  for (const [alg, jwk] of cases) {
    await chooseAlg(page, alg);
    await keyField(page).fill(JSON.stringify(jwk));
    const token = await tokenAfter(page, 'Signed');
    expect(protectedHeader(token).alg, `${alg} ${jwk.crv ?? ''}`).toBe(alg);
    const claims = (await verifyJws(token, jwk, alg)) as { sub?: string };
    expect(claims.sub, `${alg} ${jwk.crv ?? ''}`).toBe('1234567890');
  }
});

test('an encryption of each family decrypts in the test process, every enc at least once', async ({ page }) => {
  await openEncoder(page);
  const a192 = octJwk(24);
  const dir = octJwk(64);
  const gcmkw = octJwk(32);
  const x25519 = nodeJwk('x25519');
  const p521 = nodeJwk('P-521');
  const password = 'correct horse battery staple';
  // [alg, enc, key pasted in the page, key to decrypt with in this process]
  const cases: [string, string, string, Jwk | Uint8Array][] = [
    ['RSA-OAEP-256', 'A256GCM', JSON.stringify(publicJwk(RSA_JWK)), RSA_JWK],
    ['RSA1_5', 'A128GCM', JSON.stringify(RSA_JWK), RSA_JWK], // a private key works too: its public half is used
    ['ECDH-ES+A128KW', 'A128CBC-HS256', JSON.stringify(publicJwk(x25519)), x25519],
    ['ECDH-ES+A128KW', 'A192CBC-HS384', JSON.stringify(publicJwk(p521)), p521],
    ['A192KW', 'A192GCM', JSON.stringify(a192.jwk), a192.jwk],
    ['dir', 'A256CBC-HS512', JSON.stringify(dir.jwk), dir.jwk],
    ['A256GCMKW', 'A128GCM', JSON.stringify(gcmkw.jwk), gcmkw.jwk],
    ['PBES2-HS256+A128KW', 'A256GCM', password, new TextEncoder().encode(password)],
  ];
  for (const [alg, enc, pasted, key] of cases) {
    await chooseAlg(page, alg, enc);
    await keyField(page).fill(pasted);
    const token = await tokenAfter(page, 'Encrypted');
    const header = protectedHeader(token);
    expect([header.alg, header.enc]).toEqual([alg, enc]);
    const claims = JSON.parse(await decryptJwe(token, key, alg)) as { sub?: string };
    expect(claims.sub, `${alg} ${enc}`).toBe('1234567890');
    if (alg === 'RSA1_5') await expect(page.getByRole('list', { name: 'Encoder findings' })).toContainText('padding-oracle');
  }
});

test('the header and the selects are one source of truth; invalid JSON is an error at line and column', async ({ page }) => {
  await openEncoder(page);
  const algSelect = page.getByRole('combobox', { name: 'Algorithm', exact: true });
  await fillEditor(page, 'Protected header', '{"alg": "ES384", "typ": "JWT"}');
  await expect(algSelect).toHaveValue('ES384');
  await fillEditor(page, 'Protected header', '{"alg": "RSA-OAEP", "enc": "A192GCM"}');
  await expect(algSelect).toHaveValue('RSA-OAEP');
  await expect(page.getByRole('combobox', { name: 'Content encryption' })).toHaveValue('A192GCM');
  await algSelect.selectOption('HS512');
  await expect(page.getByRole('combobox', { name: 'Content encryption' })).toHaveCount(0);
  await keyField(page).fill(JSON.stringify(octJwk(64).jwk));
  const token = await tokenAfter(page, 'Signed');
  // Minify on: {"alg": "HS512"} after "enc" left the header, in the person's own order.
  expect(protectedHeader(token)).toEqual({ alg: 'HS512' });

  // Multi-line text, typed: Monaco indents new lines itself, so the expected column is read from the line on screen.
  await fillEditor(page, 'Protected header', '{"alg": "HS512",\n"typ" "JWT"}');
  const line2 = (await page.locator('.monaco-editor:visible').first().locator('.view-line').nth(1).innerText()).replace(/\u00a0/g, ' ');
  await expect(status(page)).toContainText(`line 2, column ${line2.indexOf('"JWT"') + 1}`);
  await expect(page.getByRole('region', { name: 'Encoded token' })).toHaveText('');
  await fillEditor(page, 'Protected header', '{"alg": "HS512"}');
  await fillEditor(page, 'Claims', '{"sub": 1, "exp": }');
  await expect(status(page)).toContainText('Invalid JSON in the claims');
  await expect(status(page)).toContainText('line 1, column 19');
  // Text payloads are allowed only when asked for.
  await page.getByRole('radio', { name: 'Text' }).check();
  await expect(status(page)).toHaveText('Signed');
});
