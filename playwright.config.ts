import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.mjs';

const browser = findBrowser();
// JOSE_LAB_SLOT lets several people (or agents) run the e2e tests side by side on one machine: each
// slot has its own ports, build folder and results folder. Unset: the defaults `npm test` uses.
const slot = Number(process.env.JOSE_LAB_SLOT ?? 0);
const APP_PORT = 4173 + slot * 10;
const ENGINE_PORT = 5174 + slot * 10;
const DIST = slot ? `dist-${slot}` : 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: slot ? `test-results-${slot}` : 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      // undefined: Playwright's own Chromium; otherwise the system browser found on the PATH.
      executablePath: browser.path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      // The built app, served the way it ships (vite preview, with the CSP header).
      name: 'app',
      testIgnore: /engine[^/]*\.spec\.ts$/,
      // The service worker precaches the whole app (~6 MB) in every fresh context, a quarter more
      // browser CPU per test for nothing the test looks at; the offline, install and update specs
      // turn it on (`test.use({ serviceWorkers: 'allow' })`) and exercise every screen through it.
      use: { baseURL: `http://127.0.0.1:${APP_PORT}`, serviceWorkers: 'block' },
    },
    {
      // The engine loaded straight from src/ into a blank page of the dev server, so its round trips
      // run on Chromium's own Web Crypto rather than Node's.
      name: 'engine',
      testMatch: /engine[^/]*\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${ENGINE_PORT}` },
    },
  ],
  webServer: [
    {
      // Builds first when the folder is missing (a slot's own build), so any project can run alone.
      command: `node -e "process.exit(require('fs').existsSync('${DIST}/index.html') ? 0 : 1)" || npx vite build --outDir ${DIST}; npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort --outDir ${DIST}`,
      url: `http://127.0.0.1:${APP_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${ENGINE_PORT} --strictPort`,
      url: `http://127.0.0.1:${ENGINE_PORT}/e2e/harness.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
