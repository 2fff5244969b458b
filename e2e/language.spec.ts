import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, test, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';
import { buildFolder, waitForServiceWorker } from './offline-helpers.ts';
import { serveBuild } from './static-server.ts';

/**
 * Issue 19 (Spanish): the header's "Language" select switches the app, `<html lang>` follows, the
 * choice survives a reload, the browser's language is the default, and the Spanish contract holds
 * (DESIGN.md: the tabs, "Firma verificada", "Descifrado", "Token", "Clave").
 */
const SPANISH_TABS = ['Decodificar', 'Codificar', 'Claves', 'Aprender'];
const ENGLISH_TABS = ['Decode', 'Encode', 'Keys', 'Learn'];
const language = (page: Page) => page.getByRole('combobox', { name: 'Language' });
const html = (page: Page) => page.locator('html');
const resultEs = (page: Page) => page.getByRole('status', { name: 'Resultado' });

async function expectTabs(page: Page, shown: string[], gone: string[]): Promise<void> {
  const tablist = page.getByRole('tablist');
  for (const name of shown) await expect(tablist.getByRole('tab', { name, exact: true })).toBeVisible();
  for (const name of gone) await expect(tablist.getByRole('tab', { name, exact: true })).toHaveCount(0);
}

async function spanish(page: Page): Promise<void> {
  await page.goto('/');
  await language(page).selectOption({ label: 'Español' });
  await expect(html(page)).toHaveAttribute('lang', 'es');
}

test('Español switches the app to Spanish, a reload keeps it, English switches back', async ({ page }) => {
  await page.goto('/');
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await expect(language(page)).toHaveValue('en');

  await language(page).selectOption({ label: 'Español' });
  await expect(html(page)).toHaveAttribute('lang', 'es');
  await expectTabs(page, SPANISH_TABS, ENGLISH_TABS);
  await expect(page.getByRole('tablist', { name: 'Pantallas' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Cambiar al tema (oscuro|claro)$/ })).toBeVisible();
  await expect(page).toHaveTitle('Decodificar · JOSE Lab — depurador de JWT, JWS y JWE');

  await page.reload();
  await expect(html(page)).toHaveAttribute('lang', 'es');
  await expect(language(page)).toHaveValue('es');
  await expectTabs(page, SPANISH_TABS, ENGLISH_TABS);
  await page.getByRole('tab', { name: 'Aprender', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Aprender', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveTitle(/^Aprender · /);

  await language(page).selectOption({ label: 'English' });
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await expectTabs(page, ENGLISH_TABS, SPANISH_TABS);
  await expect(page.getByRole('button', { name: /^Switch to (dark|light) theme$/ })).toBeVisible();
  await page.reload();
  await expect(language(page)).toHaveValue('en');
  await expectTabs(page, ENGLISH_TABS, SPANISH_TABS);
});

test('the Spanish contract: "Firma verificada", "Descifrado", the Token editor and the Key input "Clave"', async ({ page }) => {
  await spanish(page);
  await waitForMonaco(page);
  const key = page.getByRole('textbox', { name: 'Clave', exact: true });
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
  await pasteInto(page, 'Token', seeds.hs256_password.token);
  await expect(resultEs(page)).toContainText(/^Falta la clave — HS256 necesita el secreto compartido/);
  await key.fill(seeds.hs256_password.secret);
  await expect(resultEs(page)).toHaveText(/^Firma verificada — pero caducó hace \d+ años; firma HS256 comprobada con un secreto compartido de 8 bytes/);
  await key.fill('passwore');
  await expect(resultEs(page)).toHaveText(/^Firma no válida — .*; clave probada: un secreto compartido de 8 bytes/);

  await page.getByRole('combobox', { name: 'Ejemplo' }).selectOption('rfc7520-5.6');
  await expect(resultEs(page)).toHaveText(/^Descifrado — dir \+ A128GCM abierto con un secreto compartido de 16 bytes/);
  // Substring matching, as tests outside use it, still finds the Result by its English name.
  await expect(page.getByRole('status', { name: 'Result' })).toHaveCount(1);
});

test('at 360 px the Spanish header fits: no sideways scroll, every tab and header control on screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await spanish(page);
  const size = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
  expect(size.scroll).toBeLessThanOrEqual(size.client);
  const controls = [language(page), page.getByRole('button', { name: /^Cambiar al tema/ }), ...SPANISH_TABS.map((name) => page.getByRole('tab', { name, exact: true }))];
  for (const control of controls) {
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${await control.textContent()} fits`).toBeLessThanOrEqual(360);
  }
});

test.describe('a browser set to Spanish', () => {
  test.use({ locale: 'es-MX' });

  test('opens in Spanish until the person picks English', async ({ page }) => {
    await page.goto('/');
    await expect(html(page)).toHaveAttribute('lang', 'es');
    await expect(language(page)).toHaveValue('es');
    await expectTabs(page, SPANISH_TABS, ENGLISH_TABS);
  });
});

test.describe('the update prompt', () => {
  test.use({ serviceWorkers: 'allow' });

  test('offers a new version in Spanish', async ({ page }) => {
    // Its own origin (so its own service worker), and a new version deployed by changing sw.js, as in update.spec.ts.
    const host = await serveBuild(buildFolder());
    try {
      await page.goto(host.url);
      await language(page).selectOption('es');
      await waitForServiceWorker(page);
      host.replace('sw.js', `${readFileSync(path.join(buildFolder(), 'sw.js'), 'utf8')}\n// the next version\n`);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
      const prompt = page.getByRole('complementary', { name: 'Actualización disponible' });
      await expect(prompt).toContainText('Hay una versión nueva lista.');
      await expect(prompt.getByRole('button', { name: 'Recargar' })).toBeVisible();
      await prompt.getByRole('button', { name: 'Ahora no' }).click();
      await expect(prompt).toHaveCount(0);
    } finally {
      await host.close();
    }
  });
});

