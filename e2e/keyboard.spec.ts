/**
 * Issue 20, "Keyboard and screen": text typed before Monaco arrives survives the swap, Tab never
 * traps the keyboard in an editor, and every control shows where the focus is.
 */
import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, test, waitForMonaco } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

const SEED = seeds.hs256_password.token;

/** The text Monaco shows for the editor this textarea belongs to. */
const editorText = (box: Locator) => box.evaluate((el) => el.closest('.monaco-editor')?.querySelector('.view-lines')?.textContent?.replace(/\u00a0/g, ' ') ?? '');

test('text, selection and focus typed before Monaco arrives carry over to Monaco', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/monaco-setup.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Token', exact: true });
  await expect(box).toHaveJSProperty('tagName', 'TEXTAREA');
  await box.click();
  await page.keyboard.type('eyJhbGciOiJub25lIn0.middle.');
  await box.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('middle');
    el.setSelectionRange(at, at + 'middle'.length);
  });
  release();
  await waitForMonaco(page);
  const monacoBox = page.getByRole('textbox', { name: 'Token', exact: true });
  // Focus is in Monaco, on the same selection: typing replaces "middle".
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
  await page.keyboard.type('eyJzdWIiOiJjYXJyaWVkIn0');
  await expect.poll(() => editorText(monacoBox)).toBe('eyJhbGciOiJub25lIn0.eyJzdWIiOiJjYXJyaWVkIn0.');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('carried');
});

/** Tab and Shift+Tab from inside the editor both land outside it, and insert nothing. */
async function expectTabLeaves(page: Page, box: Locator, name: string): Promise<void> {
  const inside = () => box.evaluate((el) => (el.closest('.monaco-editor') ?? el).contains(document.activeElement));
  const before = await editorText(box);
  for (const key of ['Tab', 'Shift+Tab']) {
    await box.focus();
    expect(await inside(), `${name} takes focus`).toBe(true);
    await page.keyboard.press(key);
    expect(await inside(), `${key} leaves ${name}`).toBe(false);
  }
  expect(await editorText(box), `${name} is unchanged`).toBe(before);
}

test('Tab and Shift+Tab leave every editor, and each says how to indent', async ({ page }) => {
  await page.goto(`/#token=${SEED}`);
  await waitForMonaco(page);
  await expect(page.locator('.monaco-editor:visible')).toHaveCount(3);
  const token = page.getByRole('textbox', { name: 'Token', exact: true });
  await expectTabLeaves(page, token, 'Token');
  await expect(token).toHaveAccessibleDescription(/Tab moves to the next control.*Ctrl\+\]/);
  for (const name of ['Decoded header', 'Decoded payload']) await expectTabLeaves(page, page.getByRole('textbox', { name, exact: true }), name);

  await page.getByRole('tab', { name: 'Encode' }).click();
  await waitForMonaco(page);
  for (const name of ['Protected header', 'Claims']) {
    const box = page.getByRole('textbox', { name, exact: true });
    await expectTabLeaves(page, box, name);
    await expect(box).toHaveAccessibleDescription(/Tab moves to the next control.*Ctrl\+\]/);
  }
  // Indentation has its own key: Ctrl+] indents the line.
  const claims = page.getByRole('textbox', { name: 'Claims', exact: true });
  await claims.focus();
  const before = await editorText(claims);
  await page.keyboard.press('Control+BracketRight');
  expect((await editorText(claims)).length).toBeGreaterThan(before.length);
});

/** Whether the focused control shows a focus indicator: its own outline or ring, or its editor's frame. */
function focusIndicator(): { name: string; visible: boolean } | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const shows = (node: Element) => {
    const s = getComputedStyle(node);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  };
  const monaco = el.closest('.monaco-editor');
  let target: Element = el;
  if (monaco) target = monaco.parentElement!.parentElement!;
  else if (el.getBoundingClientRect().width <= 1) target = el.closest('label') ?? el;
  const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
  return { name: `${el.tagName} ${name}`, visible: shows(target) };
}

test('every control on every screen shows a focus ring when reached by Tab', async ({ page }) => {
  // 180 key presses, each followed by a look at the focused element: on a loaded machine this outlasts the default timeout.
  test.slow();
  await page.goto(`/#token=${SEED}`);
  await waitForMonaco(page);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('password');
  for (const screen of ['Decode', 'Encode', 'Keys', 'Learn']) {
    await page.getByRole('tab', { name: screen }).click();
    if (screen !== 'Decode') await page.waitForTimeout(500);
    const missing: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(focusIndicator);
      if (!focus) continue;
      if (!focus.visible) missing.push(focus.name);
      seen.add(focus.name);
    }
    expect(seen.size, `Tab reaches controls on ${screen}`).toBeGreaterThan(5);
    expect(missing, `controls without a focus ring on ${screen}`).toEqual([]);
  }
});
