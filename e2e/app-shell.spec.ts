import seeds from '../test/vectors/seeds.json' with { type: 'json' };
import { expect, fillEditor, test, waitForMonaco } from './fixtures.ts';

const SEED = seeds.hs256_password.token;

test('the shell shows the product, the Decode tab and a theme toggle', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('JOSE Lab');
  await expect(page.getByRole('tab', { name: 'Decode' })).toHaveAttribute('aria-selected', 'true');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
  const wasDark = await html.evaluate((el) => el.classList.contains('dark'));
  await toggle.click();
  await expect(html).toHaveClass(wasDark ? /light/ : /dark/);
});

test('the page carries the strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'none'");
  expect(meta).toContain("connect-src 'self'");
});

test('typing the seed token into the Token editor decodes its header and payload', async ({ page }) => {
  await page.goto('/');
  await waitForMonaco(page);
  await fillEditor(page, 'Token', SEED);
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('HS256');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('http://www.example.com');
});

test('the stand-in textarea works before Monaco arrives', async ({ page }) => {
  // Hold back the Monaco chunk so the plain editor is what the person types into.
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Token', exact: true });
  await expect(box).toHaveJSProperty('tagName', 'TEXTAREA');
  await box.fill(SEED);
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('http://www.example.com');
});

test('/#token= loads the token and clears it from the address bar', async ({ page }) => {
  await page.goto(`/#token=${SEED}`);
  await expect(page.getByRole('region', { name: 'Header' })).toContainText('HS256');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('http://www.example.com');
  expect(new URL(page.url()).hash).toBe('');
});
