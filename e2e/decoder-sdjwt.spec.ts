import { readFileSync } from 'node:fs';
import { expect, test, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';

/**
 * Until the Disclosures region lands (issue 15, screens phase), Decode classifies an SD-JWT and checks
 * it whole with verifySdJwt: the Issuer's signature, every Disclosure by digest, the KB-JWT.
 */
const rfc = JSON.parse(readFileSync(new URL('../test/vectors/sd-jwt/rfc9901/rfc9901-examples.json', import.meta.url), 'utf8'));

test('Decode verifies the RFC 9901 §5.2 SD-JWT+KB, and refuses it with its Disclosures reordered', async ({ page }) => {
  await page.goto('/');
  await waitForMonaco(page);
  const token: string = rfc.tokens.find((t: { section: string }) => t.section === '5.2').text;
  await pasteInto(page, 'Token', token);
  await expect(page.getByText('SD-JWT', { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(JSON.stringify(rfc.issuerPublicKey));
  const result = page.getByRole('status', { name: 'Result' });
  await expect(result).toContainText('Signature verified');
  await expect(result).toContainText('4 Disclosures found in place by digest; Key Binding JWT checked');
  const parts = token.split('~');
  await pasteInto(page, 'Token', [parts[0], parts[2], parts[1], ...parts.slice(3)].join('~'));
  await expect(result).toContainText('Invalid signature');
  await expect(result).toContainText('"sd_hash"');
});
