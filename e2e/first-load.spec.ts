import { firstLoadFiles } from '../scripts/first-load.mjs';
import { buildFolder } from './offline-helpers.ts';
import { expect, test } from './fixtures.ts';

/**
 * The first-load budget (scripts/size.mjs) counts the files scripts/first-load.mjs lists. This proves
 * the list is whole: every other file of the build (Monaco, the other screens, the words and code that
 * come with a token or a language) is held back — requested, never answered — and the Decode screen
 * must still render: its tab, the Token editor (the plain stand-in until Monaco arrives), the Key
 * input and the empty token's prompt, in English words. A chunk the page awaited before its first render and size.mjs did not count
 * would hold the first render back, and this test would time out waiting for the screen.
 *
 * The cut-off is "what the first render needs", not "what was requested before some moment": the
 * render itself starts lazy imports (Monaco's chunk is requested while the Token editor first renders)
 * that it does not wait for, so a time cut-off would either count Monaco or race with it.
 */
test('the Decode screen renders with nothing but the files the size budget counts', async ({ page }) => {
  const counted = new Set(firstLoadFiles(buildFolder()).map((file) => `/${file}`));
  const held: string[] = [];
  await page.route(
    (url) => url.pathname.startsWith('/assets/') && !counted.has(url.pathname),
    (route) => {
      held.push(new URL(route.request().url()).pathname);
      // Never answered: whatever waits for this file waits for good.
    },
  );
  try {
    await page.goto('/');
    await expect(page.getByRole('tab', { name: 'Decode', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toBeVisible();
    // The empty token's prompt, not "Reading the token…": an empty token needs none of the held-back code.
    await expect(page.getByRole('status', { name: 'Result' })).toContainText('Paste a JWT, JWS or JWE in Token');
  } finally {
    // Which files the page asked for and did without (or, on failure, one of them it waited for).
    test.info().annotations.push({ type: 'held back', description: [...new Set(held)].join(' ') || 'nothing' });
  }
});
