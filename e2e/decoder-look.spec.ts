import { expect, test, waitForMonaco } from './fixtures.ts';

/**
 * Screenshots of the decoder with a JWS and with a JWE, light and dark, kept as test artifacts
 * (decoder-jws-light.png ... in the test output folder) so the look can be reviewed.
 */
const RESULT = { name: 'Result' } as const;

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot: JWS and JWE in the ${theme} theme`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.goto('/');
    await waitForMonaco(page);
    await page.getByRole('combobox', { name: 'Example' }).selectOption('seed-hs256-notsosecret');
    await expect(page.getByRole('status', RESULT)).toContainText('Signature verified');
    await page.locator('.monaco-editor').nth(2).waitFor();
    const jws = testInfo.outputPath(`decoder-jws-${theme}.png`);
    await page.screenshot({ path: jws, fullPage: true });
    await testInfo.attach(`decoder-jws-${theme}`, { path: jws, contentType: 'image/png' });

    await page.getByRole('combobox', { name: 'Example' }).selectOption('rfc7520-5.2');
    await expect(page.getByRole('status', RESULT)).toContainText('Decrypted');
    const jwe = testInfo.outputPath(`decoder-jwe-${theme}.png`);
    await page.screenshot({ path: jwe, fullPage: true });
    await testInfo.attach(`decoder-jwe-${theme}`, { path: jwe, contentType: 'image/png' });
  });
}
