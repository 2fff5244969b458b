// Pastes a 5 MB token of two shapes (many JSON members; one long string) into the built app's
// Decode screen with its HS256 key, and prints the main thread's long tasks (Chromium "longtask"
// entries) from the paste until the verdict and the payload view have settled. A measurement, not a
// test: run `npx vite build --outDir dist-N && npx vite preview --port P --outDir dist-N` first, then
// `node bench/paste-longtasks.mjs http://127.0.0.1:P`.
import { createHmac } from 'node:crypto';
import { chromium } from '@playwright/test';
import { findBrowser } from '../scripts/find-browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173';
const SECRET = 'a-long-enough-secret-for-hs256-32b!';
const MB = 1024 * 1024;
const SIZE = Number(process.env.SIZE_MB ?? 5) * MB;
const b64 = (s) => Buffer.from(s).toString('base64url');

function hs256(payload) {
  const input = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

function manyMembers(bytes) {
  const parts = [];
  let size = 2;
  for (let i = 0; size < bytes; i++) {
    const member = `"claim_${i}":${i % 3 === 0 ? `"value ${i}"` : i}`;
    parts.push(member);
    size += member.length + 1;
  }
  return `{${parts.join(',')}}`;
}

const shapes = {
  'many-member': hs256(manyMembers(SIZE)),
  'single-string': hs256(JSON.stringify({ sub: 'long', blob: 'x'.repeat(SIZE) })),
};

const browser = await chromium.launch({ executablePath: findBrowser().path, args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, token] of Object.entries(shapes)) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  await page.goto(url);
  await page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(SECRET);
  // The Token editor found (Playwright's role query walks the DOM) and the token in the page before
  // the observer starts: both are long tasks of the test harness, not of the app (a real paste has
  // its text in the clipboard).
  const box = await page.getByRole('textbox', { name: 'Token', exact: true }).elementHandle();
  await box.focus();
  await page.evaluate((value) => {
    window.__token = value;
  }, token);
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await box.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', window.__token);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  // Polled in the page with one cheap selector: Playwright's role queries walk the whole DOM and
  // would be counted as the page's own long tasks.
  await page.waitForFunction(() => document.querySelector('[role="status"][aria-label="Result"]')?.textContent?.includes('Signature verified'), undefined, { polling: 250, timeout: Number(process.env.WAIT_MS ?? 180_000) });
  const verified = Date.now() - started;
  // Let the viewers finish whatever they do after the verdict (Monaco tokenises in idle slices).
  await page.waitForTimeout(4000);
  const tasks = await page.evaluate(() => window.__tasks);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const total = tasks.reduce((a, b) => a + b, 0);
  console.log(`${name}: ${(token.length / MB).toFixed(2)} MB token, verified after ${verified} ms, ${nodes} DOM elements; long tasks: ${tasks.length}, longest ${Math.max(0, ...tasks)} ms, total ${total} ms; over 100 ms: ${tasks.filter((t) => t > 100).length} [${tasks.join(', ')}]`);
  await page.close();
}
await browser.close();
