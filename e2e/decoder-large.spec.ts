import type { Page } from '@playwright/test';
import { expect, test, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';
import { makeTokens, type TestTokens } from './decoder-tokens.ts';

/**
 * A 1 MB token: decoding runs in the worker and the editor stops wrapping, so typing never waits
 * on a long task. Long tasks are measured with a PerformanceObserver (Chromium's "longtask" entries)
 * and reported as annotations of the test.
 */
// Playwright's trace snapshots run in the page and would be counted as the page's long tasks.
test.use({ trace: 'off' });

let tokens: TestTokens;
test.beforeAll(async () => {
  tokens = await makeTokens();
});

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}

async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const tasks = w.__longTasks;
    w.__longTasks = [];
    return tasks;
  });
}

test('a 1 MB token decodes and verifies without freezing the page; typing into it stays responsive', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  expect(tokens.large.length).toBeGreaterThan(1_000_000);
  await page.goto('/');
  await waitForMonaco(page);
  const result = page.getByRole('status', { name: 'Result' });
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(tokens.largeSecret);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await watchLongTasks(page);

  await pasteInto(page, 'Token', tokens.large);
  await expect(result).toContainText('Signature verified', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('xxxxxxxx');
  const paste = await takeLongTasks(page);

  // Type at the end of the token (over 100,000 characters it shows as plain text until asked for
  // the editor): the signature changes, the verdict follows.
  await page.getByRole('button', { name: 'Edit in the editor anyway' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  const typed: number[] = [];
  const started = Date.now();
  await page.keyboard.type('AB', { delay: 50 });
  typed.push(Date.now() - started);
  await expect(result).toContainText(/Invalid signature|Malformed token/, { timeout: 30_000 });
  const typing = await takeLongTasks(page);

  const longest = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  testInfo.annotations.push(
    { type: 'long tasks while pasting 1 MB', description: `${paste.length} tasks, longest ${longest(paste)} ms (${paste.join(', ')})` },
    { type: 'long tasks while typing into it', description: `${typing.length} tasks, longest ${longest(typing)} ms (${typing.join(', ')})` },
  );
  console.log(`[1 MB token] paste: ${paste.join(', ') || 'none'} ms; typing: ${typing.join(', ') || 'none'} ms; typing 2 keys took ${typed[0]} ms`);
  // Speed is reported, not asserted (measured on 2 shared cores: pasting 1 MB costs one task of
  // ~60-110 ms, Monaco inserting the line; typing none over 50 ms). What is asserted is the design
  // that keeps the page responsive: the megabyte token is decoded and checked in the token session worker (shared with Learn).
  expect(workers.some((url) => /tokenSession\.worker/.test(url)), `the token session worker started (workers: ${workers.join(', ')})`).toBe(true);
});
