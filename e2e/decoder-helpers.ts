import type { Page } from '@playwright/test';

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
