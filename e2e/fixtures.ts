import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every app test goes through this fixture: it records each request the page makes and every
 * console error, and fails the test if anything left 127.0.0.1/localhost or the console complained.
 */
export const test = base.extend<{ guard: { requests: string[]; consoleErrors: string[] } }>({
  guard: [
    async ({ page }, use) => {
      const requests: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      await use({ requests, consoleErrors });
      const offMachine = requests.filter((url) => {
        if (url.startsWith('data:') || url.startsWith('blob:')) return false;
        const host = new URL(url).hostname;
        return host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]';
      });
      expect(offMachine, 'no request leaves the machine').toEqual([]);
      expect(consoleErrors, 'no console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Replaces the text of a Monaco editor (or its textarea stand-in) the way TOOLCHAIN.md advises. */
export async function fillEditor(page: Page, name: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name, exact: true });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Waits until Monaco has replaced the stand-in textarea of an editor on the screen shown (other screens stay mounted, hidden). */
export async function waitForMonaco(page: Page): Promise<void> {
  await page.locator('.monaco-editor:visible').first().waitFor({ state: 'visible' });
}
