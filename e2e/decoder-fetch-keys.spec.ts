import { createServer, type Server } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { expect, test, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';

/**
 * "Fetch keys" (issue 16): the JWKS is fetched, only when asked, from a second local server by the
 * sandboxed key-fetcher frame; the page itself still cannot connect anywhere but its own origin.
 * The identity provider here is a plain node:http server with keys made by the reference library.
 */
const slot = Number(process.env.JOSE_LAB_SLOT ?? 0);
const PORT = 4173 + slot * 10 + 5;
const ISSUER = `http://127.0.0.1:${PORT}/tenant`;
const JWKS_URL = `http://127.0.0.1:${PORT}/jwks.json`;

test.describe.configure({ mode: 'serial' });

let server: Server;
const seen: { path: string; origin: string | undefined }[] = [];
let jwks = '';
let token = '';

test.beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] });
  token = await new SignJWT({ sub: 'alice', nonce: 'n1' })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'JWT' })
    .setIssuer(ISSUER).setAudience('client-1').setIssuedAt().setExpirationTime('1h')
    .sign(privateKey);
  const bodies: Record<string, [string, string]> = {
    '/tenant': ['text/html', '<!doctype html><title>Sign in</title>'],
    '/tenant/.well-known/openid-configuration': ['application/json', JSON.stringify({ issuer: ISSUER, jwks_uri: JWKS_URL, id_token_signing_alg_values_supported: ['ES256'] })],
    '/jwks.json': ['application/jwk-set+json', jwks],
  };
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    seen.push({ path, origin: req.headers.origin });
    const body = bodies[path];
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!body) {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': body[0] }).end(body[1]);
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('Fetch keys follows the issuer\'s discovery to its JWKS, from the sandboxed frame, only when asked', async ({ page }) => {
  seen.length = 0;
  await page.goto('/');
  await waitForMonaco(page);
  await pasteInto(page, 'Token', token);
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Key required');
  expect(seen, 'nothing is fetched before the person asks').toEqual([]);

  await page.getByRole('form', { name: 'Fetch keys' }).getByRole('textbox', { name: 'Issuer or JWKS URL' }).fill(ISSUER);
  await page.getByRole('button', { name: 'Fetch', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Fetched keys' })).toContainText(`from ${JWKS_URL}, named by ${ISSUER}/.well-known/openid-configuration`);
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue(jwks);
  const result = page.getByRole('status', { name: 'Result' });
  await expect(result).toContainText('Signature verified');
  await expect(result).toContainText(`Key: from a JWKS you fetched at ${JWKS_URL} (kid "k1")`);

  expect(seen.map((s) => s.path)).toEqual(['/tenant', '/tenant/.well-known/openid-configuration', '/jwks.json']);
  // Origin "null": the requests came from the sandboxed frame's opaque origin, not from the page.
  expect(new Set(seen.map((s) => s.origin))).toEqual(new Set(['null']));

  // Editing the key makes it a pasted key again.
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(jwks.replace('"use":"sig"', '"use": "sig"'));
  await expect(result).toContainText('Key: pasted');
});

test('the page itself still cannot connect elsewhere, and the fetcher is served with its own policy', async ({ page, request, guard }) => {
  seen.length = 0;
  const main = await page.goto('/');
  const mainCsp = main?.headers()['content-security-policy'] ?? '';
  expect(mainCsp).toContain("connect-src 'self'");
  expect(mainCsp).not.toContain('https:');
  const outcome = await page.evaluate(async (url) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const fetched = await fetch(url).then(() => 'connected', () => 'blocked');
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, violations };
  }, JWKS_URL);
  expect(outcome.fetched).toBe('blocked');
  // Once per policy: the <meta> one and the header.
  expect(new Set(outcome.violations)).toEqual(new Set(['connect-src']));
  expect(seen, 'the blocked request never reached the server').toEqual([]);

  const frame = await request.get('/fetch-keys.html');
  const frameCsp = frame.headers()['content-security-policy'] ?? '';
  expect(frameCsp).toContain('connect-src https: http://127.0.0.1:*');
  expect(frameCsp).toContain("frame-ancestors 'self'");
  expect(frameCsp).not.toContain("connect-src 'self'");
  expect(await frame.text()).toContain('<script src="fetch-keys.js"></script>');

  // The browser reports the blocked connect on the console: the expected errors here, and only those.
  await expect.poll(() => guard.consoleErrors.filter((m) => m.includes('Refused to connect')).length).toBe(1);
  const others = guard.consoleErrors.filter((m) => !m.includes(JWKS_URL));
  guard.consoleErrors.splice(0, guard.consoleErrors.length, ...others);
});

test('a URL that is not a key document says so', async ({ page }) => {
  await page.goto('/');
  await waitForMonaco(page);
  // A query string: only the URL as given is tried (no discovery paths); it answers an empty body.
  await page.getByRole('form', { name: 'Fetch keys' }).getByRole('textbox', { name: 'Issuer or JWKS URL' }).fill(`http://127.0.0.1:${PORT}/empty?format=jwks`);
  await page.getByRole('button', { name: 'Fetch', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'No keys fetched' });
  await expect(alert).toContainText('is not a JSON object');
  await expect(alert).toContainText(`http://127.0.0.1:${PORT}/empty?format=jwks`);
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('');
});
