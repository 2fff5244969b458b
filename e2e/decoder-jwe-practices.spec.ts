import { EncryptJWT } from 'jose';
import { expect, test } from './fixtures.ts';
import { decode, open, result } from './decoder-helpers.ts';

/**
 * Issue 16, RFC 8725 for a JWE on the Decode screen: once the Key input's key decrypts the token,
 * the checklist judges what is inside (issuer, audience, kind) and how it was opened, instead of
 * looking at the key alone; PBES2 parameters are judged from the header. Tokens by panva jose, or
 * assembled by hand where libraries refuse to make them.
 */

test('Best practices for a JWE: the claim rules judge what the pasted key decrypts, a short PBES2 salt fails', async ({ page }) => {
  const cek = crypto.getRandomValues(new Uint8Array(32));
  const jwe = await new EncryptJWT({ iss: 'https://issuer.example', sub: 'alice' })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setExpirationTime('1h')
    .encrypt(cek);
  const rules = page.getByRole('list', { name: 'Best-practice rules' });
  const row = (id: string) => rules.locator(`li[data-check="${id}"]`);
  await open(page);
  await decode(page, jwe);
  await expect(row('aud')).toContainText('Not checked');
  await expect(row('aud')).toContainText('The claims are encrypted');
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(JSON.stringify({ kty: 'oct', k: Buffer.from(cek).toString('base64url'), alg: 'dir' }));
  await expect(result(page)).toContainText('Decrypted');
  await expect(row('iss')).toContainText('Pass');
  await expect(row('iss')).toContainText('https://issuer.example');
  await expect(row('aud')).toContainText('Warning');
  await expect(row('validate_crypto')).toContainText('Pass');
  await expect(row('no_compression')).toContainText('Pass');
  await expect(row('compact_format')).toContainText('Pass');
  await expect(result(page)).toContainText('Key: pasted');
  await expect(result(page)).not.toContainText('not verified');

  // PBES2 with a 4-octet salt (made by hand: libraries refuse it): the header alone fails the rule.
  const header = Buffer.from(JSON.stringify({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdA', p2c: 1000 })).toString('base64url');
  const part = (n: number) => Buffer.from(crypto.getRandomValues(new Uint8Array(n))).toString('base64url');
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('');
  await decode(page, [header, part(24), part(12), part(40), part(16)].join('.'));
  await expect(row('p2c_limit')).toContainText('Fail');
  await expect(row('p2c_limit')).toContainText('"p2s" is 4 octets');
});
