// Pastes a 5 MB token of two shapes (many JSON members; one long string) into the built app's
// Decode screen with its HS256 key, and prints the main thread's long tasks (Chromium "longtask"
// entries) from the paste until the verdict and the payload view have settled. A measurement, not a
// test: run `npx vite build --outDir dist-N && npx vite preview --port P --outDir dist-N` first, then
// `node bench/paste-longtasks.mjs http://127.0.0.1:P`.
import { chromium } from '@playwright/test';
import { launchOptions, MB, openDecode, pasteToken, SHAPES, verified } from './paste-page.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173';

const browser = await chromium.launch(launchOptions());
for (const [name, make] of Object.entries(SHAPES)) {
  const token = make();
  const { page, box } = await openDecode(browser, url, token);
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await pasteToken(box);
  await verified(page, Number(process.env.WAIT_MS ?? 180_000));
  const verifiedAfter = Date.now() - started;
  // Let the viewers finish whatever they do after the verdict (Monaco tokenises in idle slices).
  await page.waitForTimeout(4000);
  const tasks = await page.evaluate(() => window.__tasks);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const total = tasks.reduce((a, b) => a + b, 0);
  console.log(`${name}: ${(token.length / MB).toFixed(2)} MB token, verified after ${verifiedAfter} ms, ${nodes} DOM elements; long tasks: ${tasks.length}, longest ${Math.max(0, ...tasks)} ms, total ${total} ms; over 100 ms: ${tasks.filter((t) => t > 100).length} [${tasks.join(', ')}]`);
  await page.close();
}
await browser.close();
