import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import jwe from '../test/vectors/rfc7520/jwe/5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json' with { type: 'json' };
import { expect, fillEditor, test, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';
import { verifyJws } from './encoder-helpers.ts';
import { buildFolder, waitForServiceWorker } from './offline-helpers.ts';

/**
 * Issue 19: after one visit the whole app works with the network off — every screen, Monaco and its
 * workers, the crypto chunks — and the service worker's cache holds the app's own files only.
 */

// Other specs run without the service worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

/** Every file of the build the service worker must hold: all of dist but the host's own files. */
function appFiles(): string[] {
  const dist = buildFolder();
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  // sw.js and its runtime are the worker itself; robots.txt and _headers are for crawlers and hosts;
  // .vite/manifest.json is the build's chunk graph, read by scripts/size.mjs.
  return files.filter((file) => !/^(sw\.js|workbox-[\w-]+\.js|robots\.txt|_headers|\.vite\/manifest\.json|.*\.map)$/.test(file)).sort();
}

/** Requests for the app's files the browser did not get (failed, or an HTTP error). */
function watchAppRequests(context: BrowserContext) {
  const failed: string[] = [];
  const fromNetwork: string[] = [];
  context.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} (HTTP ${response.status()})`);
    // The page's and its workers' requests; the service worker's own (its precache fetches) are not the app asking.
    if (!response.request().serviceWorker() && !response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  return { failed, fromNetwork };
}

test('after one visit, the app decodes, decrypts, encodes and teaches with the network off', async ({ page, context, guard }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  // The first install is not an update: nothing is offered.
  await expect(page.getByRole('complementary', { name: 'Update available' })).toHaveCount(0);

  await context.setOffline(true);
  const seen = watchAppRequests(context);
  await page.reload();
  // The network is really off, for the page and for the service worker: a file it does not hold
  // fails (and Chromium logs that failure, which the guard would otherwise count against the test).
  expect(await page.evaluate(() => fetch('/robots.txt?not-cached').then(() => 'fetched', () => 'failed'))).toBe('failed');
  const disconnected = 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
  await expect.poll(() => guard.consoleErrors.filter((text) => text === disconnected).length).toBe(1);
  guard.consoleErrors.splice(guard.consoleErrors.indexOf(disconnected), 1);
  expect(seen.failed).toEqual([expect.stringContaining('/robots.txt?not-cached')]);
  seen.failed.length = 0;

  await waitForMonaco(page);
  // Decode: the first seed token verifies with its secret.
  await pasteInto(page, 'Token', seeds.hs256_password.token);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('password');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Signature verified');

  // Learn: the steps of that verification.
  await page.getByRole('tab', { name: 'Learn' }).click();
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps.getByRole('listitem').first()).toBeVisible();
  expect(await steps.getByRole('listitem').count()).toBeGreaterThan(2);

  // Decrypt: RFC 7520 §5.8 (A128KW + A128GCM).
  await page.getByRole('tab', { name: 'Decode' }).click();
  await pasteInto(page, 'Token', jwe.output.compact);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(JSON.stringify(jwe.input.key));
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Decrypted');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('We are your friends, Frodo');

  // Encode: an ES256 token with a key generated in its worker, checked here by the reference library.
  await page.getByRole('tab', { name: 'Encode' }).click();
  await page.getByRole('combobox', { name: 'Algorithm', exact: true }).selectOption('ES256');
  await fillEditor(page, 'Claims', '{"sub":"offline"}');
  await page.getByRole('button', { name: 'Generate key' }).click();
  await expect(page.getByRole('status', { name: 'Encode result' })).toHaveText('Signed');
  const token = (await page.getByRole('region', { name: 'Encoded token' }).textContent()) ?? '';
  const key = JSON.parse(await page.getByRole('textbox', { name: 'Encoding key', exact: true }).inputValue()) as Record<string, string>;
  expect(await verifyJws(token, key, 'ES256')).toEqual({ sub: 'offline' });

  // Keys: the last screen opens too.
  await page.getByRole('tab', { name: 'Keys' }).click();
  await expect(page.getByRole('textbox', { name: 'Key material' })).toBeVisible();

  expect(seen.failed, 'no request for a file of the app failed').toEqual([]);
  expect(seen.fromNetwork, 'every file came from the service worker').toEqual([]);
});

test('the service worker caches exactly the files of the build, and nothing a person typed', async ({ page }) => {
  await page.goto(`/?token=${seeds.hs256_password.token}`);
  await waitForServiceWorker(page);
  await pasteInto(page, 'Token', seeds.hs256_password.token);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('password');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Signature verified');
  // Open every screen once, so anything cached at run time would be there to find.
  for (const tab of ['Learn', 'Encode', 'Keys', 'Decode']) await page.getByRole('tab', { name: tab }).click();
  // A request for something the service worker does not hold, carrying a token: it must pass
  // through to the network and not be stored (runtime caching would keep it).
  const probe = await page.evaluate((token) => fetch(`/robots.txt?token=${token}`).then((r) => r.status), seeds.hs256_password.token);
  expect(probe).toBe(200);

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  const files = cached.map((url) => {
    const parsed = new URL(url);
    expect(parsed.origin, url).toBe(new URL(page.url()).origin);
    // Workbox marks files whose names carry no hash with the revision it checked them against.
    expect([...parsed.searchParams.keys()].filter((k) => k !== '__WB_REVISION__'), url).toEqual([]);
    return parsed.pathname.slice(1);
  });
  expect(files.sort()).toEqual(appFiles());
  expect(cached.join('\n')).not.toContain(seeds.hs256_password.token.split('.')[2]);
});

test('addresses that name a file are left to the network, not answered with the app', async ({ page, request }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const robots = await page.goto('/robots.txt');
  expect(robots?.fromServiceWorker()).toBe(false);
  expect(await robots?.text()).toBe(await (await request.get('/robots.txt')).text());
  // A token in the query string (the app warns about it) still opens the app, from the cache.
  const app = await page.goto(`/?token=${seeds.hs256_password.token}`);
  expect(app?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('tab', { name: 'Decode' })).toBeVisible();
});
