import { firstLoadFiles } from '../scripts/first-load.mjs';
import { buildFolder } from './offline-helpers.ts';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

/**
 * The first-load budget (scripts/size.mjs) counts the files scripts/first-load.mjs lists. This proves
 * each list is whole: every other file of the build (Monaco, the other screens, the code that comes
 * with a token, the other language) is held back — requested, never answered — and the Decode screen
 * must still render: its tab, the Token editor (the plain stand-in until Monaco arrives), the Key
 * input and the empty token's prompt, in the visitor's language. A chunk the page awaited before its
 * first render and size.mjs did not count would hold the first render back, and the test would time
 * out waiting for the screen.
 *
 * The cut-off is "what the first render needs", not "what was requested before some moment": the
 * render itself starts lazy imports (Monaco's chunk is requested while the Token editor first renders,
 * Decode's reader right after) that it does not wait for, so a time cut-off would either count Monaco
 * or race with it.
 */
async function holdBackAllBut(page: Page, locale: 'en' | 'es'): Promise<string[]> {
  const counted = new Set(firstLoadFiles(buildFolder(), locale).map((file) => `/${file}`));
  const held: string[] = [];
  await page.route(
    (url) => url.pathname.startsWith('/assets/') && !counted.has(url.pathname),
    (route) => {
      held.push(new URL(route.request().url()).pathname);
      // Never answered: whatever waits for this file waits for good.
    },
  );
  return held;
}

async function expectDecodeScreen(page: Page, held: string[], words: { tab: string; key: string; prompt: string }): Promise<void> {
  try {
    await page.goto('/');
    await expect(page.getByRole('tab', { name: words.tab, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: words.key, exact: true })).toBeVisible();
    // The empty token's prompt, not "Reading the token…": an empty token needs none of the held-back code.
    await expect(page.getByRole('status').first()).toContainText(words.prompt);
  } finally {
    // Which files the page asked for and did without (on failure: among them, the one it waited for).
    test.info().annotations.push({ type: 'held back', description: [...new Set(held)].join(' ') || 'nothing' });
  }
}

test('the Decode screen renders with nothing but the files the size budget counts', async ({ page }) => {
  const held = await holdBackAllBut(page, 'en');
  await expectDecodeScreen(page, held, { tab: 'Decode', key: 'Key', prompt: 'Paste a JWT, JWS or JWE in Token' });
  expect(held.some((file) => /[/.]es-[\w-]+\.js$/.test(file)), 'an English visitor never asks for the Spanish words').toBe(false);
});

test.describe('a Spanish visitor', () => {
  test.use({ locale: 'es-ES' });

  test('sees the Decode screen in Spanish with nothing but the files the size budget counts for Spanish', async ({ page }) => {
    const held = await holdBackAllBut(page, 'es');
    await expectDecodeScreen(page, held, { tab: 'Decodificar', key: 'Clave', prompt: 'Pega un JWT, JWS o JWE en Token' });
  });
});
