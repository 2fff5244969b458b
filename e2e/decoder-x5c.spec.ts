import { SignJWT, calculateJwkThumbprint, generateKeyPair, type JWK } from 'jose';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { decode, open, result } from './decoder-helpers.ts';
import { b64, pem, standardChain } from '../test/profiles/certs.ts';

/**
 * Issue 16, x5c on the Decode screen: the "Certificates" region shows the header's chain one
 * certificate at a time (names, validity, key and thumbprint, each link's signature), and the
 * leaf's key verifies the token only with a pasted trusted root or the person's explicit choice.
 * Certificates are made by test/profiles/certs.ts (node:crypto signs, X509Certificate confirms);
 * tokens by panva jose with the leaf's private key.
 */
const DAY = 24 * 3600 * 1000;

async function chainToken(opts: Parameters<typeof standardChain>[0] = {}) {
  const c = standardChain(opts);
  const token = await new SignJWT({ sub: 'alice' })
    .setProtectedHeader({ alg: 'ES256', x5c: [b64(c.leafCert), b64(c.interCert)] })
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(c.leaf.privateKey);
  return { ...c, token, rootPem: pem(c.rootCert) };
}

const region = (page: Page) => page.getByRole('region', { name: 'Certificates' });
const rootBox = (page: Page) => page.getByRole('textbox', { name: 'Trusted root certificate' });
const optIn = (page: Page) => page.getByRole('checkbox', { name: "Verify with the certificate's key (untrusted)" });
const cert = (page: Page, name: RegExp) => page.getByRole('list', { name: 'Certificate chain' }).getByRole('listitem', { name });

test('a good chain: every certificate shown; the leaf verifies only once its root is pasted', async ({ page }) => {
  const c = await chainToken();
  await open(page);
  await decode(page, c.token);
  await expect(region(page)).toContainText('Not checked up to a trusted root');
  // The new controls' names contain no contract name (tests outside match names by substring).
  for (const [role, name] of [['textbox', 'Token'], ['textbox', 'Key'], ['region', 'Header'], ['region', 'Payload'], ['status', 'Result']] as const) {
    await expect(page.getByRole(role, { name }), `${role} "${name}"`).toHaveCount(1);
  }
  // Without a root or a choice the leaf's key is not used.
  await expect(result(page)).toContainText('Key required');
  const leaf = cert(page, /^x5c\[0\]/);
  await expect(leaf).toContainText('O=JOSE Lab Test, CN=leaf.test.example');
  await expect(leaf).toContainText('O=JOSE Lab Test, CN=Test Intermediate');
  await expect(leaf).toContainText('EC P-256 public key');
  await expect(leaf).toContainText(await calculateJwkThumbprint(c.leaf.publicKey.export({ format: 'jwk' }) as JWK));
  await expect(leaf).toContainText('Signed by x5c[1]');
  await expect(cert(page, /^x5c\[1\]/)).toContainText('RSASSA-PSS (SHA-256, salt 32)');

  await rootBox(page).fill(c.rootPem);
  await expect(region(page)).toContainText('Chain checked');
  await expect(cert(page, /^The pasted root/)).toContainText('RSA 2048-bit public key');
  await expect(cert(page, /^x5c\[1\]/)).toContainText('Signed by the pasted root');
  await expect(result(page)).toContainText('Signature verified');
  await expect(result(page)).toContainText("from the header's x5c (chain checked up to a pasted root: O=JOSE Lab Test, CN=Test Root)");
  await expect(result(page).locator('xpath=ancestor::*[@data-tone][1]')).toHaveAttribute('data-tone', 'good');
  // The chain is checked: no finding may say the certificate's chain is not.
  await expect(page.getByText("the certificate's own signature and chain are not checked")).toHaveCount(0);

  // The root pasted as the Key instead: read as a key (RSA), it does not verify, and the provenance agrees.
  await rootBox(page).fill('');
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(c.rootPem);
  await expect(result(page)).toContainText('Invalid signature');
  await expect(result(page)).not.toContainText('chain checked');
  await expect(region(page)).toContainText('a root you trust belongs in “Trusted root certificate”');
});

test('a broken link is named, and the pasted root does not make the leaf usable', async ({ page }) => {
  const c = await chainToken({ brokenLeaf: true });
  await open(page);
  await decode(page, c.token);
  await rootBox(page).fill(c.rootPem);
  await expect(region(page)).toContainText('Broken chain');
  await expect(cert(page, /^x5c\[0\]/)).toContainText('Not signed by x5c[1]');
  await expect(cert(page, /^x5c\[0\]/)).toContainText('does not verify');
  await expect(cert(page, /^x5c\[1\]/)).toContainText('Signed by the pasted root');
  await expect(result(page)).toContainText('Key required');
  await expect(result(page)).toContainText('not verified: The x5c chain is not trusted (broken)');
});

test('an expired leaf is called out with its date, and the chain is not trusted', async ({ page }) => {
  const c = await chainToken({ leafNotAfter: new Date(Date.now() - 3 * DAY) });
  await open(page);
  await decode(page, c.token);
  await rootBox(page).fill(c.rootPem);
  await expect(region(page)).toContainText('Out of its validity period');
  const leaf = cert(page, /^x5c\[0\]/);
  await expect(leaf).toHaveAttribute('data-validity', 'expired');
  await expect(leaf).toContainText('Expired');
  await expect(leaf).toContainText('3 days ago');
  await expect(cert(page, /^x5c\[1\]/)).toHaveAttribute('data-validity', 'valid');
  await expect(result(page)).toContainText('Key required');
});

test('opting in verifies with the leaf key, says "chain not checked" and is amber; another token starts unchosen', async ({ page }) => {
  const c = await chainToken();
  await open(page);
  await decode(page, c.token);
  await expect(result(page)).toContainText('Key required');
  await optIn(page).focus();
  await page.keyboard.press('Space');
  await expect(result(page)).toContainText('Signature verified');
  await expect(result(page)).toContainText("from the header's x5c (chain not checked)");
  await expect(result(page).locator('xpath=ancestor::*[@data-tone][1]')).toHaveAttribute('data-tone', 'warning');
  // The key the Result used came from the chain, not the Key input, which stays empty.
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('');

  // A token signed by another key under the same x5c: the leaf's key refuses it.
  const other = await generateKeyPair('ES256');
  const forged = await new SignJWT({ sub: 'mallory' }).setProtectedHeader({ alg: 'ES256', x5c: [b64(c.leafCert), b64(c.interCert)] }).sign(other.privateKey);
  await decode(page, forged);
  await expect(result(page)).toContainText('Invalid signature');
  // A different chain: the choice was for the other leaf.
  const fresh = await chainToken({ leafNotAfter: new Date(Date.now() + 400 * DAY) });
  await decode(page, fresh.token);
  await expect(optIn(page)).not.toBeChecked();
  await expect(result(page)).toContainText('Key required');
});
