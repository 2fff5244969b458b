/**
 * Issue 20, "Keyboard and screen": every screen fits a 360 px phone, presenter mode fits a
 * 1280×720 projector and works by keyboard, and no icon depends on an emoji font.
 */
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, test, waitForMonaco } from './fixtures.ts';
import type { Page } from '@playwright/test';

const SCREENS = ['Decode', 'Encode', 'Keys', 'Learn'] as const;

/** Each screen with something in it: a token and key in Decode, a generated key in Encode and Keys, an example in Learn. */
async function fillScreens(page: Page): Promise<void> {
  await page.goto(`/#token=${seeds.hs256_password.token}`);
  await waitForMonaco(page);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('password');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Signature verified');
  await page.getByRole('tab', { name: 'Encode' }).click();
  await page.getByRole('button', { name: 'Generate key' }).click();
  await expect(page.getByRole('status', { name: 'Encode result' })).toHaveText('Signed');
  await page.getByRole('tab', { name: 'Keys' }).click();
  await page.getByRole('button', { name: 'Generate new key' }).click();
  await expect(page.getByRole('region', { name: 'JWK' })).toBeVisible();
  await page.getByRole('tab', { name: 'Learn' }).click();
  await page.getByRole('combobox', { name: 'Worked example' }).selectOption('rfc7520-4.1');
  await expect(page.getByRole('list', { name: 'Steps' })).toBeVisible();
}

test('at 360 px no screen scrolls sideways; the header, tabs and theme button fit', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await fillScreens(page);
  for (const screen of SCREENS) {
    await page.getByRole('tab', { name: screen }).click();
    await expect(page.getByRole('tab', { name: screen })).toHaveAttribute('aria-selected', 'true');
    const size = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
    expect(size.scroll, `${screen} at 360 px`).toBeLessThanOrEqual(size.client);
    for (const control of [page.getByRole('button', { name: /Switch to (dark|light) theme/ }), ...SCREENS.map((s) => page.getByRole('tab', { name: s }))]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${await control.textContent()} fits`).toBeLessThanOrEqual(360);
    }
  }
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
  await expect(page.locator('html')).toHaveClass(/dark|light/);
});

test('no icon is an emoji or symbol character that a system may draw as an empty box', async ({ page }) => {
  await fillScreens(page);
  for (const screen of SCREENS) {
    await page.getByRole('tab', { name: screen }).click();
    const symbols = await page.evaluate(() => {
      const text = `${document.body.innerText} ${[...document.querySelectorAll('[aria-label],[title]')].map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`).join(' ')}`;
      // Pictographs, dingbats, miscellaneous symbols and geometric shapes: the ranges emoji fonts fill.
      return [...new Set(text.match(/[\p{Extended_Pictographic}\u2600-\u27BF\u25A0-\u25FF\u2B00-\u2BFF]|\uFE0F/gu) ?? [])];
    });
    expect(symbols, `symbol characters on ${screen}`).toEqual([]);
  }
  // The decoder's "Key required" verdict had 🔑: its icon is an SVG now.
  await page.getByRole('tab', { name: 'Decode' }).click();
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Key required');
  expect(await page.evaluate(() => /\p{Extended_Pictographic}/u.test(document.body.innerText))).toBe(false);
});

test('presenter mode at 1280×720: controls and the step values on screen, keyboard only', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  await page.getByRole('tab', { name: 'Learn' }).click();
  const example = page.getByRole('combobox', { name: 'Worked example' });
  await example.focus();
  await example.selectOption('rfc7520-4.4');
  await expect(page.getByRole('list', { name: 'Steps' })).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const presenter = page.getByRole('region', { name: 'Presenter' });
  const onScreen = async (what: string, locator: ReturnType<Page['locator']>) => {
    const box = (await locator.boundingBox())!;
    expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(720);
  };
  const total = Number((await presenter.getByText(/Step \d+ of \d+/).textContent())!.match(/of (\d+)/)![1]);
  for (let step = 1; step <= total; step++) {
    await expect(presenter.getByText(`Step ${step} of ${total}`)).toBeVisible();
    await onScreen('Next', presenter.getByRole('button', { name: 'Next' }));
    await onScreen('Previous', presenter.getByRole('button', { name: 'Previous' }));
    for (const value of await presenter.getByRole('list', { name: 'Steps' }).locator('dd code').all()) await onScreen(`a value of step ${step}`, value);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await page.keyboard.press('ArrowRight');
  }
  // Tab stays among the presenter's controls: the page under it is inert.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('[aria-label="Presenter"]') !== null)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
});
