import { expect, test } from './fixtures.ts';
import { RSA_JWK, chooseAlg, keyField, nodeJwk, octJwk, openEncoder, protectedHeader, publicJwk, status, tokenAfter, verifyJws } from './encoder-helpers.ts';
import type { Page } from '@playwright/test';

const decoderResult = (page: Page) => page.getByRole('status', { name: 'Result' });

/** "Open in Decode", then back to Encode for the next case. */
async function openInDecode(page: Page, token: string, expected: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Open in Decode' }).click();
  await expect(page.getByRole('tab', { name: 'Decode' })).toHaveAttribute('aria-selected', 'true');
  await expect(decoderResult(page)).toContainText(expected);
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeAttached();
  // Nothing of it went to the URL or to storage.
  expect(page.url()).not.toContain(token.slice(0, 20));
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await page.getByRole('tab', { name: 'Encode' }).click();
}

test('"Open in Decode" hands over the token and the key that verifies or decrypts it', async ({ page }) => {
  await openEncoder(page);
  // HMAC with a raw secret in its encoding; EdDSA with a private JWK (the decoder gets the public half);
  // RSA-OAEP to a pasted private key; PBES2 with a password.
  await keyField(page).fill(Buffer.from('a secret of at least thirty-two bytes!').toString('base64'));
  await page.getByRole('combobox', { name: 'Secret encoding' }).selectOption('base64');
  await openInDecode(page, await tokenAfter(page, 'Signed'), /^\W*Signature verified/);

  await chooseAlg(page, 'EdDSA');
  await keyField(page).fill(JSON.stringify(nodeJwk('ed25519')));
  await openInDecode(page, await tokenAfter(page, 'Signed'), /^\W*Signature verified/);

  await chooseAlg(page, 'RSA-OAEP', 'A128CBC-HS256');
  await keyField(page).fill(JSON.stringify(RSA_JWK));
  await openInDecode(page, await tokenAfter(page, 'Encrypted'), /^\W*Decrypted/);

  await chooseAlg(page, 'PBES2-HS512+A256KW', 'A256GCM');
  await keyField(page).fill('a long enough password');
  await openInDecode(page, await tokenAfter(page, 'Encrypted'), /^\W*Decrypted/);
});

test('"Generate key" then "Open in Decode": RSA and EC, signing and encrypting', async ({ page }) => {
  await openEncoder(page);
  for (const [alg, enc, expected] of [
    ['RS256', undefined, 'Signed'],
    ['ES384', undefined, 'Signed'],
    ['ECDH-ES', 'A128GCM', 'Encrypted'],
  ] as const) {
    await chooseAlg(page, alg, enc);
    await keyField(page).fill('');
    await expect(status(page)).toContainText('No key');
    await page.getByRole('button', { name: 'Generate key' }).click();
    const token = await tokenAfter(page, expected);
    // The public half is shown with copy buttons; for a JWE the key field holds the recipient's public key.
    const generated = page.getByRole('region', { name: 'Generated key' });
    await expect(generated.getByRole('button', { name: 'Copy public JWK' })).toBeVisible();
    if (enc) expect(await keyField(page).inputValue()).not.toContain('"d"');
    await openInDecode(page, token, expected === 'Signed' ? /^\W*Signature verified/ : /^\W*Decrypted/);
  }
});

test('JSON (general) with two signatures verifies with each key', async ({ page }) => {
  await openEncoder(page);
  const ec = nodeJwk('P-256');
  await chooseAlg(page, 'ES256');
  await keyField(page).fill(JSON.stringify(ec));
  await page.getByRole('radio', { name: 'JSON (general)' }).check();
  await page.getByRole('button', { name: 'Add signer' }).click();
  await page.getByRole('combobox', { name: 'Algorithm for key 2' }).selectOption('RS256');
  await page.getByRole('textbox', { name: 'Key 2', exact: true }).fill(JSON.stringify(RSA_JWK));
  const text = await tokenAfter(page, 'Signed');
  const jws = JSON.parse(text) as { payload: string; signatures: { protected: string; signature: string }[] };
  expect(jws.signatures).toHaveLength(2);
  for (const [i, [alg, key]] of ([['ES256', ec], ['RS256', publicJwk(RSA_JWK)]] as const).entries()) {
    const sig = jws.signatures[i]!;
    const claims = (await verifyJws(`${sig.protected}.${jws.payload}.${sig.signature}`, key, alg)) as { sub: string };
    expect(claims.sub).toBe('1234567890');
  }
  // Flattened: one signature, the same verification.
  await page.getByRole('radio', { name: 'JSON (flattened)' }).check();
  const flat = JSON.parse(await tokenAfter(page, 'Signed')) as { payload: string; protected: string; signature: string };
  await verifyJws(`${flat.protected}.${flat.payload}.${flat.signature}`, ec, 'ES256');
});

test('unencoded payload, zip and a nested JWT, and the findings while typing', async ({ page }) => {
  await openEncoder(page);
  const hs = octJwk(32);
  await keyField(page).fill(JSON.stringify(hs.jwk));
  // The kid button writes the key's RFC 7638 thumbprint, as the reference library computes it.
  await page.getByRole('button', { name: 'Set kid to thumbprint' }).click();
  const { calculateJwkThumbprint } = await import('jose');
  await expect.poll(async () => protectedHeader(await tokenAfter(page, 'Signed')).kid).toBe(await calculateJwkThumbprint(hs.jwk as never));
  await page.getByRole('checkbox', { name: /Unencoded payload/ }).check();
  await page.getByRole('radio', { name: 'JSON (flattened)' }).check();
  const flat = JSON.parse(await tokenAfter(page, 'Signed')) as { payload: string; protected: string };
  expect(JSON.parse(Buffer.from(flat.protected, 'base64url').toString())).toMatchObject({ b64: false, crit: ['b64'] });
  expect(JSON.parse(flat.payload)).toMatchObject({ sub: '1234567890' });
  await page.getByRole('checkbox', { name: /Unencoded payload/ }).uncheck();
  await page.getByRole('radio', { name: 'Compact' }).check();

  // Nested: sign with ES256, then encrypt to an RSA key with zip DEF.
  await chooseAlg(page, 'RSA-OAEP-256', 'A256GCM');
  await keyField(page).fill(JSON.stringify(publicJwk(RSA_JWK)));
  await page.getByRole('checkbox', { name: /Compress/ }).check();
  await page.getByRole('checkbox', { name: /Nested JWT/ }).check();
  const inner = nodeJwk('P-256');
  await page.getByRole('textbox', { name: 'Signing key', exact: true }).fill(JSON.stringify(inner));
  const token = await tokenAfter(page, 'Encrypted');
  const { compactDecrypt, importJWK } = await import('jose');
  const { plaintext, protectedHeader: outer } = await compactDecrypt(token, await importJWK(RSA_JWK, 'RSA-OAEP-256'));
  expect(outer).toMatchObject({ cty: 'JWT', zip: 'DEF' });
  const claims = (await verifyJws(new TextDecoder().decode(plaintext), inner, 'ES256')) as { sub: string };
  expect(claims.sub).toBe('1234567890');

  // Findings: none, missing exp, exp in milliseconds.
  await chooseAlg(page, 'none');
  await expect(status(page)).toContainText('Unsecured');
  const findings = page.getByRole('list', { name: 'Encoder findings' });
  // The engine's own findings (headerFindings, validateClaims), in its words.
  await expect(findings).toContainText('The "alg" is "none"');
  await page.getByRole('button', { name: 'exp +1 h' }).click();
  await expect(findings).not.toContainText('There is no "exp"');
});
