import type { Locator, Page } from '@playwright/test';
import { waitForMonaco } from './fixtures.ts';

/**
 * Pastes text into an editor the way a person does (Ctrl+V: one paste event). Monaco handles
 * `keyboard.insertText` as typing, one edit per character, which for a long token costs seconds
 * that no person ever waits; a paste is one edit.
 */
export async function pasteInto(page: Page, name: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name, exact: true });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await box.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The Result status and the Key input of the Decode screen. */
export const result = (page: Page): Locator => page.getByRole('status', { name: 'Result' });
export const keyBox = (page: Page): Locator => page.getByRole('textbox', { name: 'Key', exact: true });

/** Opens the app on the Decode screen, Monaco loaded. */
export async function open(page: Page): Promise<void> {
  await page.goto('/');
  await waitForMonaco(page);
}

/** Pastes a token and types a key (empty: none). */
export async function decode(page: Page, token: string, key = ''): Promise<void> {
  await pasteInto(page, 'Token', token);
  await keyBox(page).fill(key);
}
