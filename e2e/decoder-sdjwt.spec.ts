import { readFileSync } from 'node:fs';
import { expect, test, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';

/**
 * The Decode screen's "Disclosures" region on the RFC 9901 §5.2 SD-JWT+KB (the RFC's own Issuer key):
 * the disclosure tree with its marks, each Disclosure, the KB-JWT checks one by one, and the Result.
 */
const rfc = JSON.parse(readFileSync(new URL('../test/vectors/sd-jwt/rfc9901/rfc9901-examples.json', import.meta.url), 'utf8'));
const token: string = rfc.tokens.find((t: { section: string }) => t.section === '5.2').text;
const parts = token.split('~');

test('an SD-JWT+KB with the Issuer key: marks in the tree, each Disclosure, the KB-JWT checks, "Signature verified"', async ({ page }) => {
  await page.goto('/');
  await waitForMonaco(page);
  await pasteInto(page, 'Token', token);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(JSON.stringify(rfc.issuerPublicKey));
  const result = page.getByRole('status', { name: 'Result' });
  await expect(result).toContainText('Signature verified');
  await expect(result).toContainText('4 Disclosures found in place by digest');
  await expect(result).toContainText('Key Binding JWT checked with the holder key in "cnf" (aud, nonce not compared)');

  const region = page.getByRole('region', { name: 'Disclosures' });
  await expect(region).toContainText("The Issuer's signature is verified");
  const tree = region.getByRole('list', { name: 'Disclosure tree' });
  const member = (name: string) => tree.getByRole('listitem').filter({ has: page.locator('span.mono.font-semibold', { hasText: new RegExp(`^${name.replace(/[[\]]/g, '\\$&')}$`) }) }).first();
  await expect(member('iss')).toContainText('always visible');
  await expect(member('given_name')).toContainText('disclosed');
  // The salt and the digest it matched (RFC 9901 §5.1 lists this Disclosure's digest).
  await expect(member('given_name')).toContainText('salt 2GLC42sKQveCfGfryNRN9w');
  await expect(member('given_name')).toContainText('jsu9yVulwQQlhFlM_3JlzMaSFzglhQG0DpfayQwLUK4');
  await expect(member('region')).toContainText('inside Disclosure 2');
  // §5.1 makes 8 top-level claims disclosable; §5.2 reveals 3 of them and withholds nationalities[1].
  await expect(tree.getByText('hidden (5 undisclosed digests)')).toBeVisible();
  await expect(member('nationalities')).toContainText('hidden (1 undisclosed digest)');

  const list = region.getByRole('list', { name: 'Disclosure list' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list.getByRole('listitem').nth(2)).toContainText('given_name = "John"');

  const checks = region.getByRole('list', { name: 'Key Binding JWT checks' });
  await expect(checks.getByRole('listitem')).toHaveCount(8);
  await expect(checks.getByRole('listitem').filter({ hasText: 'Signature:' })).toContainText('passed');
  await expect(checks.getByRole('listitem').filter({ hasText: 'sd_hash:' })).toContainText('passed');
  await expect(checks.getByRole('listitem').filter({ hasText: 'Audience (aud):' })).toContainText('not compared');
});

test('a tampered Disclosure: the Result names it and where; the region marks it', async ({ page }) => {
  await page.goto('/');
  await waitForMonaco(page);
  const d = parts[1]!;
  const tampered = [parts[0], d.slice(0, 10) + (d[10] === 'A' ? 'B' : 'A') + d.slice(11), ...parts.slice(2)].join('~');
  await pasteInto(page, 'Token', tampered);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(JSON.stringify(rfc.issuerPublicKey));
  const result = page.getByRole('status', { name: 'Result' });
  await expect(result).toContainText('Invalid signature');
  await expect(result).toContainText('Disclosure 1');
  await expect(result).toContainText('is not referenced');
  await expect(result).toContainText(`(at offset ${parts[0]!.length + 1})`);
  const region = page.getByRole('region', { name: 'Disclosures' });
  await expect(region.getByRole('list', { name: 'Disclosure list' }).getByRole('listitem').first()).toContainText('This Disclosure failed');
});

test('Disclosures reordered: the KB-JWT sd_hash check fails, one by one', async ({ page }) => {
  await page.goto('/');
  await waitForMonaco(page);
  await pasteInto(page, 'Token', [parts[0], parts[2], parts[1], ...parts.slice(3)].join('~'));
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(JSON.stringify(rfc.issuerPublicKey));
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('"sd_hash"');
  const checks = page.getByRole('region', { name: 'Disclosures' }).getByRole('list', { name: 'Key Binding JWT checks' });
  await expect(checks.getByRole('listitem').filter({ hasText: 'sd_hash:' })).toContainText('failed');
  await expect(checks.getByRole('listitem').filter({ hasText: 'Signature:' })).toContainText('passed');
});

test('without a key, everything that can be shown is shown, and nothing reads verified', async ({ page }) => {
  await page.goto('/');
  await waitForMonaco(page);
  await pasteInto(page, 'Token', token);
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Key required');
  const region = page.getByRole('region', { name: 'Disclosures' });
  await expect(region).toContainText('Not verified');
  await expect(region.getByRole('list', { name: 'Disclosure tree' })).toContainText('disclosed');
  await expect(region.getByRole('list', { name: 'Key Binding JWT checks' })).toContainText('sd_hash');
});

test('Claims explained shows the processed claims: disclosed ones in place, no "_sd"', async ({ page }) => {
  await page.goto('/');
  await waitForMonaco(page);
  await pasteInto(page, 'Token', token);
  const explained = page.getByRole('heading', { name: 'Claims explained', exact: true }).locator('..');
  await expect(explained).toContainText('given_name');
  await expect(explained).not.toContainText('_sd');
});
