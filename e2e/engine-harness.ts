import { expect, type Page } from '@playwright/test';

/**
 * Opens the blank harness page of the dev server and waits until the engine module loads in it.
 * Specs then call `page.evaluate(async () => { const jose = await import('/src/jose/index.ts'); ... })`.
 */
export async function openEngine(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/e2e/harness.html');
  const loaded = await page.evaluate(async () => {
    const path = '/src/jose/index.ts';
    const jose = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
    return typeof jose.importKey === 'function';
  });
  expect(loaded, 'the engine module loads in the page').toBe(true);
  expect(errors).toEqual([]);
}
