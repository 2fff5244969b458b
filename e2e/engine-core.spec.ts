import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
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

/** Encodes and decodes the same bytes in the page; returns the texts, the problems and the refusal codes. */
async function base64urlRun(page: Page) {
  await openEngine(page);
  return page.evaluate(async () => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const problems: string[] = [];
    const texts: string[] = [];
    for (const length of [0, 1, 2, 3, 4, 5, 31, 32, 33, 100_000]) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 131 + length) & 255;
      const text = jose.base64urlEncode(bytes);
      texts.push(text);
      if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length !== Math.ceil((length * 4) / 3)) problems.push(`encode ${length}`);
      const back = jose.base64urlDecode(text, { allowEmpty: true });
      if (back.length !== length || back.some((b: number, i: number) => b !== bytes[i])) problems.push(`decode ${length}`);
    }
    const codes: string[] = [];
    for (const bad of ['YR', 'YQ==', 'a b', 'ab+/', 'abcde']) {
      try {
        jose.base64urlDecode(bad);
        codes.push('accepted');
      } catch (error) {
        codes.push((error as { code: string }).code);
      }
    }
    return { problems, texts, codes, native: typeof (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64 };
  });
}

test('base64url agrees with itself across the native and the JS paths, byte for byte', async ({ page, browser }) => {
  const native = await base64urlRun(page);
  expect(native.native, 'Chromium decodes natively, so the first page covers that path').toBe('function');
  // A second page without Uint8Array.fromBase64/toBase64, as in a browser that lacks them: the engine's own code runs.
  const jsPage = await browser.newPage();
  await jsPage.addInitScript(() => {
    delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
    delete (Uint8Array.prototype as unknown as { toBase64?: unknown }).toBase64;
  });
  const js = await base64urlRun(jsPage);
  await jsPage.close();
  expect(js.native, 'the second page has no native base64').toBe('undefined');
  for (const run of [native, js]) {
    expect(run.problems).toEqual([]);
    expect(run.codes).toEqual(Array(5).fill('ERR_BASE64URL'));
  }
  expect(js.texts).toEqual(native.texts);
});
