import { expect, test } from './fixtures.ts';

test('Learn: the RFC 9901 §5.2 worked example explains each Disclosure and the KB-JWT sd_hash', async ({ page }) => {
  await page.goto('/#/learn');
  await page.getByRole('combobox', { name: 'Worked example' }).selectOption('rfc9901-5.2-presentation');
  const steps = page.getByRole('list', { name: 'Steps' });
  const given = steps.getByRole('listitem').filter({ hasText: 'Disclosure 3: sha-256 over its base64url text' });
  await expect(given).toContainText('jsu9yVulwQQlhFlM_3JlzMaSFzglhQG0DpfayQwLUK4');
  await expect(given).toContainText('this one was found at /_sd/7 of the Issuer-signed payload');
  await expect(given).toContainText('["2GLC42sKQveCfGfryNRN9w","given_name","John"]');
  const sdHash = steps.getByRole('listitem').filter({ hasText: 'sd_hash: sha-256 over the presentation' });
  await expect(sdHash).toContainText('G3I8z-cFMATAK2ep8MXWk-vnjI3X6-aahYeU9Tvzz3E');
  await expect(sdHash).toContainText('reordering a Disclosure changes that text');
});
