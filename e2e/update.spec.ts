import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, test as base, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';
import { buildFolder, waitForServiceWorker } from './offline-helpers.ts';
import { serveBuild, type BuildServer } from './static-server.ts';

/**
 * Issue 19: a new version is offered ("A new version is ready — Reload") and never forced. Each test
 * serves the build from its own server (its own origin, so its own service worker), and deploys a
 * new version by changing sw.js there: to the browser that is a new service worker, which installs
 * and waits, exactly as after a real deploy.
 */
const test = base.extend<{ host: BuildServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
  host: async ({}, provide) => {
    const server = await serveBuild(buildFolder());
    await provide(server);
    await server.close();
  },
});

// Other specs run without the service worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

function deployNewVersion(host: BuildServer): void {
  host.replace('sw.js', `${readFileSync(path.join(buildFolder(), 'sw.js'), 'utf8')}\n// the next version\n`);
}

/** The decoded seed token: the work in progress a forced reload would lose. */
const decodedPayload = (page: Page) => page.getByRole('region', { name: 'Payload' });
const prompt = (page: Page) => page.getByRole('complementary', { name: 'Update available' });
const checkForUpdate = (page: Page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
const isWaiting = (page: Page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.waiting !== null));
/** A mark on the current document: gone after any reload. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { notReloaded: true }));
const stillMarked = (page: Page) => page.evaluate(() => 'notReloaded' in window);

test('a new version waits for the click: "Not now" and Escape keep the page, the next visit offers it again, "Reload" applies it', async ({ page, host }) => {
  await page.goto(host.url);
  await waitForServiceWorker(page);
  await waitForMonaco(page);
  await pasteInto(page, 'Token', seeds.hs256_password.token);
  await expect(decodedPayload(page)).toContainText('http://www.example.com');
  await mark(page);

  deployNewVersion(host);
  await checkForUpdate(page);
  await expect(prompt(page)).toBeVisible();
  await expect(prompt(page)).toContainText('A new version is ready.');
  await expect(page.getByRole('status').filter({ hasText: 'A new version is ready.' })).toHaveCount(1);
  // Offered, not forced: the new worker waits, and the page (with the token being read) stays.
  expect(await isWaiting(page)).toBe(true);
  await page.waitForTimeout(1000); // room for a reload that must not come
  expect(await stillMarked(page)).toBe(true);
  await expect(decodedPayload(page)).toContainText('http://www.example.com');

  // "Not now" hides the prompt and changes nothing else.
  await prompt(page).getByRole('button', { name: 'Not now' }).click();
  await expect(prompt(page)).toHaveCount(0);
  expect([await stillMarked(page), await isWaiting(page)]).toEqual([true, true]);

  // The person reloads on their own: the old version still serves the page (a waiting worker does
  // not take over a reload), and the new one is offered again.
  await page.reload();
  await expect(prompt(page)).toBeVisible();
  // By keyboard: the prompt is last in the page, so Shift+Tab from the top reaches it; Escape hides it.
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Shift+Tab');
  await expect(prompt(page).getByRole('button', { name: 'Not now' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(prompt(page).getByRole('button', { name: 'Reload' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0);
  expect(await isWaiting(page)).toBe(true);

  await page.reload();
  await expect(prompt(page)).toBeVisible();
  await mark(page);
  await prompt(page).getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => stillMarked(page).catch(() => false)).toBe(false);
  await page.waitForLoadState();
  await expect(prompt(page)).toHaveCount(0);
  expect(await isWaiting(page)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
});

test('"Reload" in one tab does not reload another tab; that tab reloads on its own click', async ({ context, host }) => {
  const first = await context.newPage();
  await first.goto(host.url);
  await waitForServiceWorker(first);
  const second = await context.newPage();
  await second.goto(host.url);
  await waitForServiceWorker(second);
  await waitForMonaco(second);
  await pasteInto(second, 'Token', seeds.hs256_password.token);
  await expect(decodedPayload(second)).toContainText('http://www.example.com');
  await Promise.all([mark(first), mark(second)]);

  deployNewVersion(host);
  await checkForUpdate(first);
  await expect(prompt(first)).toBeVisible();
  await expect(prompt(second)).toBeVisible();

  await prompt(first).getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => stillMarked(first).catch(() => false)).toBe(false);
  // The new version now controls both tabs, yet the second keeps its page and its offer.
  await expect.poll(() => second.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.waiting === null))).toBe(true);
  await second.waitForTimeout(1000); // room for a reload that must not come
  expect(await stillMarked(second)).toBe(true);
  await expect(decodedPayload(second)).toContainText('http://www.example.com');
  await expect(prompt(second)).toBeVisible();

  await prompt(second).getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => stillMarked(second).catch(() => false)).toBe(false);
});
