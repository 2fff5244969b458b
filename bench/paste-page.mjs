// What the paste measurements share (bench/paste-longtasks.mjs, bench/paste-profile.mjs): the two
// 5 MB token shapes, the Decode screen opened with their HS256 key and the token ready in the page,
// the paste itself, and the wait for the verdict. Both run against a built app served by
// `vite preview` (see each script's header).
import { createHmac } from 'node:crypto';
import { findBrowser } from '../scripts/find-browser.mjs';

export const MB = 1024 * 1024;
const SECRET = 'a-long-enough-secret-for-hs256-32b!';
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

/** The two shapes, each made when asked for (6.7 MB of text apiece). */
export const SHAPES = {
  'many-member': () => hs256(manyMembers(SIZE)),
  'single-string': () => hs256(JSON.stringify({ sub: 'long', blob: 'x'.repeat(SIZE) })),
};

/** Chromium as the tests find it, headless, without GPU. */
export const launchOptions = () => ({ executablePath: findBrowser().path, args: ['--no-sandbox', '--disable-gpu'] });

/**
 * A page on the Decode screen with the key typed and `token` already in the page, the Token editor
 * focused and returned. The token crosses into the page and the editor is found before anything is
 * observed: both are long tasks of the harness, not of the app (a real paste has its text in the
 * clipboard).
 */
export async function openDecode(browser, url, token) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  await page.goto(url);
  await page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(SECRET);
  const box = await page.getByRole('textbox', { name: 'Token', exact: true }).elementHandle();
  await box.focus();
  await page.evaluate((value) => {
    window.__token = value;
  }, token);
  return { page, box };
}

/** Ctrl+V of the token put in the page by openDecode: one paste event. */
export function pasteToken(box) {
  return box.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', window.__token);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
}

/**
 * Resolves once the Result says "Signature verified". Polled in the page with one cheap selector:
 * Playwright's role queries walk the whole DOM and would be counted as the page's own long tasks.
 */
export function verified(page, timeout = 180_000) {
  return page.waitForFunction(() => document.querySelector('[role="status"][aria-label="Result"]')?.textContent?.includes('Signature verified'), undefined, { polling: 250, timeout });
}
