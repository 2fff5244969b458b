import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPng } from '../scripts/icons/png.ts';
import { expect, test } from './fixtures.ts';
import { waitForServiceWorker } from './offline-helpers.ts';

/** Issue 19: installable in Chromium — the manifest and its icons as served, and Chromium's own verdict. */

// Other specs run without the service worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

type Manifest = {
  name: string; short_name: string; start_url: string; scope: string; display: string; id: string;
  theme_color: string; background_color: string; color_scheme_dark: { theme_color: string; background_color: string };
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
};

test('the manifest and every icon it lists are served as stated; the title-bar colour follows the theme', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = (await response.json()) as Manifest;
  expect(manifest).toMatchObject({ name: expect.stringContaining('JOSE Lab'), short_name: 'JOSE Lab', display: 'standalone', start_url: './', scope: './' });
  const hex = /^#[0-9a-f]{6}$/i;
  for (const colour of [manifest.theme_color, manifest.background_color, manifest.color_scheme_dark.theme_color, manifest.color_scheme_dark.background_color]) expect(colour).toMatch(hex);
  // The page's own theme-color metas: by the system's scheme as served, then the theme the person picks.
  const served = await (await request.get('/')).text();
  expect([...served.matchAll(/<meta name="theme-color" media="([^"]+)" content="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
    `(prefers-color-scheme: light) ${manifest.theme_color}`, `(prefers-color-scheme: dark) ${manifest.color_scheme_dark.theme_color}`,
  ]);
  const metaColours = () => page.locator('meta[name="theme-color"]').evaluateAll((els) => els.map((el) => el.getAttribute('content')));
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  expect(await metaColours()).toEqual([manifest.color_scheme_dark.theme_color, manifest.color_scheme_dark.theme_color]);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  expect(await metaColours()).toEqual([manifest.theme_color, manifest.theme_color]);

  for (const icon of manifest.icons) {
    const file = await request.get(new URL(icon.src, response.url()).href);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type'], icon.src).toContain(icon.type);
    if (icon.type !== 'image/png') continue;
    const png = readPng(await file.body());
    expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
});

test('Chromium finds the page installable once the service worker controls it', async ({ playwright, baseURL }, testInfo) => {
  // Chromium never offers to install from an incognito profile, which every Playwright context is;
  // a throwaway profile of our own gets the full check.
  const profile = mkdtempSync(path.join(tmpdir(), 'jose-lab-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { errors, url } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors, 'manifest parse errors').toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
