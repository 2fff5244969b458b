import { expect, type Page } from '@playwright/test';

/**
 * Opens the blank harness page of the dev server and waits until the engine module loads in it.
 * Specs then call `page.evaluate(async () => { const jose = await import('/src/jose/index.ts'); ... })`.
 */
export async function openEngine(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await gotoHarness(page);
  const loaded = await page.evaluate(async () => {
    const path = '/src/jose/index.ts';
    const jose = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
    return typeof jose.importKey === 'function';
  });
  expect(loaded, 'the engine module loads in the page').toBe(true);
  expect(errors).toEqual([]);
}

/** The harness page; a goto cut short by the dev server's own reload is tried again. */
async function gotoHarness(page: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto('/e2e/harness.html');
      return;
    } catch (error) {
      if (attempt >= 2 || !/interrupted by another navigation/.test(String(error))) throw error;
      await page.waitForLoadState('load');
    }
  }
}

/**
 * page.evaluate, retried when Vite's dependency optimizer reloads the page (it does so the first time a
 * new import such as @noble/curves/ed448 is seen), which destroys the execution context mid-call.
 */
export async function evaluateStable<A, R>(page: Page, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await page.evaluate(fn as never, arg as never)) as R;
    } catch (error) {
      if (attempt >= 2 || !/Execution context was destroyed|navigation/.test(String(error))) throw error;
      await page.waitForLoadState('load');
      await openEngine(page);
    }
  }
}
