import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { expect, test } from './fixtures.ts';
import { keyBox, open, pasteInto, result } from './decoder-helpers.ts';

/**
 * Hostile input in the app (issue 14): deep nesting, huge kids, key URLs, secrets that must not be
 * stored, 5 MB and 50 MB tokens, another site's frame, and workers without network. The fixture
 * fails any test whose page logs an error or sends a request off the machine.
 */
const b64 = (x: Uint8Array | string) => Buffer.from(x).toString('base64url');

test('12,000 nested "[": the page stays, the payload is folded, and Decode, Learn and Keys each say where the depth limit was hit', async ({ page }) => {
  const depth = 12_000;
  await open(page);
  await pasteInto(page, 'Token', `eyJhbGciOiJIUzI1NiJ9.${b64('['.repeat(depth) + ']'.repeat(depth))}.AAAA`);
  await expect(page.getByText(/nests deeper than 64 levels \(at line 1, column 65\)/).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('JSON');
  // The folded view is a few lines, not 24,000 of growing indentation.
  const payloadChars = await page.getByRole('region', { name: 'Payload' }).evaluate((el) => el.textContent!.length);
  expect(payloadChars).toBeLessThan(60_000);

  await page.getByRole('tab', { name: 'Learn' }).click();
  await expect(page.getByRole('region', { name: 'Anatomy' })).toContainText(/nests deeper than 64 levels .*: character \d+ of the token/);

  await page.getByRole('tab', { name: 'Keys' }).click();
  await page.getByRole('textbox', { name: 'Key material' }).fill(`{"kty":"oct","k":"AAAA","x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
  await expect(page.getByRole('alert').filter({ hasText: 'nests deeper' })).toContainText(/nests deeper than 64 levels \(at line 1, column \d+\)/);
});

test('a 1 MB kid: the Result says which kid in 200 characters and its length, not a megabyte of text', async ({ page }) => {
  await open(page);
  const kid = 'k'.repeat(1_000_000);
  await keyBox(page).fill(JSON.stringify({ keys: [{ kty: 'oct', kid: 'a', k: b64(randomBytes(32)) }, { kty: 'oct', kid: 'b', k: b64(randomBytes(32)) }] }));
  await pasteInto(page, 'Token', `${b64(JSON.stringify({ alg: 'HS256', kid }))}.${b64('{}')}.${b64(randomBytes(32))}`);
  await expect(result(page)).toContainText('(1000000 characters)', { timeout: 30_000 });
  expect((await result(page).textContent())!.length).toBeLessThan(1000);
});

test('tokens naming key URLs (jku, x5u) and carrying keys (jwk, x5c): nothing is fetched, the URLs are shown as text', async ({ page, context, baseURL }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await open(page);
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const header = { alg: 'ES256', jku: `${baseURL}/jku-probe/keys.json`, x5u: `${baseURL}/x5u-probe/cert.pem`, jwk: publicKey.export({ format: 'jwk' }), x5c: ['MIIBkTCB+wIJAL'] };
  await keyBox(page).fill(JSON.stringify(publicKey.export({ format: 'jwk' })));
  await pasteInto(page, 'Token', `${b64(JSON.stringify(header))}.${b64('{"sub":"x"}')}.${b64(randomBytes(64))}`);
  await expect(result(page)).toContainText('Invalid signature');
  const findings = page.getByRole('list', { name: 'Findings' });
  await expect(findings).toContainText('never fetched');
  await expect(findings).toContainText('jku-probe');
  await page.getByRole('tab', { name: 'Learn' }).click();
  await expect(page.getByRole('list', { name: 'Steps' })).toBeVisible();
  expect(requests.filter((url) => /probe/.test(url))).toEqual([]);
});

test('after secrets are pasted in Decode and Keys, IndexedDB, Cache Storage and web storage hold none of them', async ({ page }) => {
  await open(page);
  const secret = `s3cret-${b64(randomBytes(16))}`;
  await keyBox(page).fill(secret);
  await pasteInto(page, 'Token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.' + b64(randomBytes(32)));
  await expect(result(page)).toContainText('Invalid signature');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const d = (privateKey.export({ format: 'jwk' }) as { d: string }).d;
  await page.getByRole('tab', { name: 'Keys' }).click();
  await page.getByRole('textbox', { name: 'Key material' }).fill(JSON.stringify(privateKey.export({ format: 'jwk' })));
  await expect(page.getByRole('region', { name: 'JWK' })).toBeVisible();
  await page.getByRole('tab', { name: 'Learn' }).click();
  await page.getByRole('tab', { name: 'Decode' }).click();
  const stored = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    web: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  }));
  expect(stored.databases).toEqual([]);
  expect(stored.caches).toEqual([]);
  expect(stored.web).not.toContain(secret);
  expect(stored.web).not.toContain(d);
});

for (const megabytes of [5, 50]) {
  test(`a ${megabytes} MB token pasted in Decode: no crash, the page answers, and the token is read`, async ({ page }) => {
    // 50 MB takes ~45 s on a loaded CI machine: run it on purpose, not in every `npm test`
    // (JOSE_LAB_LARGE=1 npx playwright test e2e/hostile.spec.ts --project app -g "50 MB").
    test.skip(megabytes > 5 && !process.env.JOSE_LAB_LARGE, 'set JOSE_LAB_LARGE=1 to paste 50 MB');
    test.setTimeout(180_000);
    await open(page);
    const payload = b64(JSON.stringify({ sub: 'x', data: 'a'.repeat(Math.floor(megabytes * 1e6 * 0.75)) }));
    await pasteInto(page, 'Token', `${b64('{"alg":"HS256"}')}.${payload}.${b64(randomBytes(32))}`);
    await expect(result(page)).toContainText('Key required', { timeout: 150_000 });
    await expect(page.getByRole('list', { name: 'Findings' })).toContainText(/The token is \d+ characters/);
    await expect(page.getByRole('tab', { name: 'Keys' })).toBeEnabled();
  });
}

test('inside another site\'s frame the app shows a warning and takes no input', async ({ page, baseURL }) => {
  // The preview server forbids framing (as the shipped host configs do); a host that sends no headers cannot.
  await page.route(`${baseURL}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    await route.fulfill({ response, headers });
  });
  await page.setContent(`<title>other site</title><iframe title="framed" src="${baseURL}/" width="800" height="600"></iframe>`);
  const frame = page.frameLocator('iframe[title="framed"]');
  await expect(frame.getByRole('heading', { name: 'JOSE Lab is inside another page' })).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Open JOSE Lab in its own tab' })).toHaveAttribute('target', '_blank');
  await expect(frame.getByRole('textbox')).toHaveCount(0);
});

test('every worker refuses network use itself: fetch, XMLHttpRequest and WebSocket throw in each', async ({ page }) => {
  await open(page);
  await keyBox(page).fill('secret');
  await pasteInto(page, 'Token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.' + b64(randomBytes(32)));
  await expect(result(page)).toContainText('Invalid signature');
  await page.getByRole('tab', { name: 'Encode' }).click();
  await expect(page.getByRole('status', { name: 'Encode result' })).toBeVisible();
  await expect.poll(() => page.workers().map((w) => w.url().replace(/^.*\/assets\/|-[\w-]+\.js$/g, '')).sort(), { timeout: 20_000 }).toEqual(expect.arrayContaining(['tokenSession.worker', 'editor.worker']));
  for (const worker of page.workers()) {
    const refused = await worker.evaluate(async () => {
      const attempts = [() => fetch('/'), () => new XMLHttpRequest(), () => new WebSocket('ws://127.0.0.1:1/')];
      const out: string[] = [];
      for (const attempt of attempts) {
        try {
          await attempt();
          out.push('allowed');
        } catch (error) {
          out.push(/switched off/.test((error as Error).message) ? 'refused' : `other: ${(error as Error).message}`);
        }
      }
      return out;
    });
    expect(refused, worker.url()).toEqual(['refused', 'refused', 'refused']);
  }
});
