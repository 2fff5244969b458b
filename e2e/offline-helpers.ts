import path from 'node:path';
import type { Page } from '@playwright/test';

/** The build folder the app project serves (playwright.config.ts: `dist`, or `dist-N` for slot N). */
export function buildFolder(): string {
  const slot = Number(process.env.JOSE_LAB_SLOT ?? 0);
  return path.resolve(import.meta.dirname, '..', slot ? `dist-${slot}` : 'dist');
}

/**
 * Waits until a service worker controls the page: registered after load, it has precached the
 * whole app (several MB: the first visit's cost of working offline) and claimed the page.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 45_000 });
}
