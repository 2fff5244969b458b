// Finds a Chromium for the e2e tests: Playwright's own build when installed, otherwise a system
// Chromium or Chrome on the PATH. Shared by playwright.config.ts and scripts/ensure-browser.mjs so no
// path is hard-coded anywhere.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

/** @returns {{ path: string | undefined, source: 'playwright' | 'system' | 'none' }} */
export function findBrowser() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: 'playwright' };
  } catch {
    // Playwright throws when its browser registry has nothing for this platform.
  }
  for (const name of SYSTEM_BROWSERS) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return { path: found, source: 'system' };
    } catch {
      // not on the PATH
    }
  }
  return { path: undefined, source: 'none' };
}
