import { expect, test } from '@playwright/test';
import { openEngine } from './engine-harness.ts';

test('the engine core runs in Chromium: strict base64url and feature detection', async ({ page }) => {
  await openEngine(page);
  const result = await page.evaluate(async () => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    let padding = '';
    try {
      jose.base64urlDecode('YQ==', { segment: 'payload', offset: 5 });
    } catch (error) {
      padding = `${(error as { code: string }).code}@${(error as { offset: number }).offset}`;
    }
    return { hello: jose.base64urlEncode(new TextEncoder().encode('hello')), padding };
  });
  expect(result).toEqual({ hello: 'aGVsbG8', padding: 'ERR_BASE64URL@7' });
});
