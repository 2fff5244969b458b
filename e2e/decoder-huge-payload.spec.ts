import { createHmac } from 'node:crypto';
import { expect, test } from './fixtures.ts';
import { keyBox, open, pasteInto, result } from './decoder-helpers.ts';

/**
 * A payload too large for the Monaco viewer (tokenising and folding it costs the page long tasks):
 * the Payload shows it as plain text that draws only the rows in view, says so, and stays readable by
 * keyboard; the claims table explains the first 200 claims and says how many there are. How long the
 * page's tasks take is measured by bench/paste-longtasks.mjs, not asserted here.
 */
const SECRET = 'a-long-enough-secret-for-hs256-32b!';
const COUNT = 20_000;

function manyMemberToken(): string {
  const claims: Record<string, string | number> = {};
  for (let i = 0; i < COUNT; i++) claims[`claim_${i}`] = i % 3 ? i : `value ${i}`;
  const input = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

test('a payload of 20,000 members shows as plain text, scrolls by keyboard to its last member, and the claims table says it shows 200', async ({ page }) => {
  await open(page);
  await keyBox(page).fill(SECRET);
  await pasteInto(page, 'Token', manyMemberToken());
  await expect(result(page)).toContainText('Signature verified', { timeout: 30_000 });

  const region = page.getByRole('region', { name: 'Payload' });
  await expect(region).toContainText(/Large text \([\d.]+ KB\): shown as plain text/);
  const viewer = region.getByRole('textbox', { name: 'Decoded payload', exact: true });
  await expect(viewer).toHaveAttribute('aria-readonly', 'true');
  // Not Monaco: the rows in view are plain text, the last member is not drawn until scrolled to.
  await expect(region.locator('.monaco-editor')).toHaveCount(0);
  await expect(viewer).toContainText('"claim_1": 1');
  await expect(viewer).not.toContainText(`"claim_${COUNT - 1}"`);
  await viewer.focus();
  await page.keyboard.press('End');
  await expect(viewer).toContainText(`"claim_${COUNT - 1}": ${COUNT - 1}`);

  await expect(page.getByRole('table', { name: 'Claims' }).getByRole('row')).toHaveCount(201);
  await expect(page.getByText(`The first 200 of ${COUNT.toLocaleString('en')} claims are explained here`)).toBeVisible();
});
