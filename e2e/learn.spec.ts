import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, fillEditor, test } from './fixtures.ts';

const vector = (path: string) => JSON.parse(readFileSync(new URL(`../test/vectors/${path}`, import.meta.url), 'utf8'));

/** Puts a token and its key in the decoder through their accessible names, then opens Learn. */
async function learn(page: Page, token: string, key: string, result: RegExp = /Signature verified|Decrypted/) {
  // Monaco held back: the Token field is its plain stand-in (same name), and the run stays fast.
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  await fillEditor(page, 'Token', token);
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
  // Let the decoder finish (its read-only editors mount as it does) before leaving the tab.
  await expect(page.getByRole('status', { name: 'Result' })).toContainText(result);
  await page.getByRole('tab', { name: 'Learn' }).click();
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps).toBeVisible();
  return steps;
}

const jwk = (k: unknown) => JSON.stringify(k);

test.describe('RFC 7520 JWS in the decoder: the signing input and the signature appear in Steps', () => {
  for (const [section, file] of [
    ['4.1', '4_1.rsa_v15_signature.json'],
    ['4.3', '4_3.ecdsa_signature.json'],
    ['4.4', '4_4.hmac-sha2_integrity_protection.json'],
  ] as const) {
    test(`§${section}`, async ({ page }) => {
      const v = vector(`rfc7520/jws/${file}`);
      const steps = await learn(page, v.output.compact, jwk(v.input.key));
      await expect(steps.getByRole('listitem').last()).toContainText('Signature verified');
      await expect(steps).toContainText(v.signing['sig-input']);
      await expect(steps).toContainText(v.signing.sig);
      await expect(steps.getByRole('heading', { name: /Signing input/ })).toBeVisible();
      if (section === '4.4') await expect(steps.getByRole('listitem').filter({ hasText: 'HMAC-SHA-256 of the signing input' })).toContainText(v.signing.sig);
      if (section === '4.3') await expect(steps).toContainText('DER');
      if (section === '4.1') await expect(steps).toContainText('DigestInfo');
      const links = steps.getByRole('link', { name: /RFC \d{4}/ });
      expect(await links.count()).toBeGreaterThanOrEqual(7);
    });
  }
});

test.describe('RFC 7520 JWE in the decoder: CEK, IV, tag and derived values appear in Steps', () => {
  for (const [section, file] of [
    ['5.1', '5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json'],
    ['5.2', '5_2.key_encryption_using_rsa-oaep_with_aes-gcm.json'],
    ['5.3', '5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json'],
    ['5.4', '5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json'],
    ['5.6', '5_6.direct_encryption_using_aes-gcm.json'],
    ['5.8', '5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json'],
  ] as const) {
    test(`§${section}`, async ({ page }) => {
      const v = vector(`rfc7520/jwe/${file}`);
      const steps = await learn(page, v.output.compact, v.input.pwd ?? jwk(v.input.key));
      await expect(steps.getByRole('listitem').last()).toContainText(typeof v.input.plaintext === 'string' ? v.input.plaintext.slice(0, 40) : '"keys"');
      await expect(steps).toContainText(v.generated.cek ?? v.input.key.k);
      await expect(steps).toContainText(v.generated.iv);
      await expect(steps).toContainText(v.encrypting_content.tag);
      await expect(steps).toContainText(v.encrypting_content.protected_b64u);
      if (v.encrypting_key?.encrypted_key) await expect(steps).toContainText(v.encrypting_key.encrypted_key);
      if (v.encrypting_key?.salt) await expect(steps).toContainText(v.encrypting_key.salt);
      if (v.encrypting_key?.epk) await expect(steps).toContainText(v.encrypting_key.epk.x);
      // The tag computed beside the tag received.
      await expect(steps.getByText('Computed tag', { exact: false }).first()).toBeVisible();
    });
  }
});

test('RFC 7516 Appendix B: every intermediate value in hex', async ({ page }) => {
  const a3 = vector('rfc-appendix/rfc7516-A.3-A128KW-A128CBC-HS256.json');
  const b = vector('rfc-appendix/rfc7516-B-A128CBC-HS256-steps.json');
  const steps = await learn(page, a3.expected.compact, jwk(a3.key));
  await expect(steps).toContainText(a3.cek_b64u);
  await page.getByRole('checkbox', { name: 'Show bytes as hex' }).check();
  for (const name of ['K', 'MAC_KEY', 'ENC_KEY', 'E', 'A', 'AL', 'IV', 'HMAC_INPUT', 'M', 'T', 'P']) await expect(steps, name).toContainText(b[name]);
  await expect(steps).not.toContainText(a3.cek_b64u);
});

test('a tampered tag stops the list at the tag check and shows both tags', async ({ page }) => {
  const v = vector('rfc7520/jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json');
  const token: string = v.output.compact;
  const at = token.lastIndexOf('.') + 1;
  const tampered = `${token.slice(0, at)}A${token.slice(at + 1)}`;
  const steps = await learn(page, tampered, jwk(v.input.key), /Decryption failed/);
  const last = steps.getByRole('listitem').last();
  await expect(last).toContainText('failed');
  await expect(last).toContainText('Computed tag');
  await expect(last).toContainText(v.encrypting_content.tag);
  await expect(last).toContainText(tampered.slice(at));
  await expect(last.getByRole('heading')).toContainText('Compute the tag');
  await expect(steps).not.toContainText('You can trust us');
  await expect(page.getByText(/stopped at step \d+/)).toBeVisible();
});

test('presenter mode: one step at a time, driven by the keyboard', async ({ page }) => {
  const v = vector('rfc7520/jws/4_4.hmac-sha2_integrity_protection.json');
  await learn(page, v.output.compact, jwk(v.input.key));
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(1);
  await expect(steps.getByRole('heading')).toContainText('Split the token');
  // The token large at the top, the current step's part of it marked.
  const token = page.getByRole('group', { name: 'Token anatomy' });
  const compact: string = v.output.compact;
  await expect(token.locator('mark')).toHaveCount(2);
  await expect(token.locator('mark').first()).toHaveText('.');
  await page.keyboard.press('ArrowRight');
  await expect(steps.getByRole('heading')).toContainText('Decode the JWS Protected Header');
  await expect(token.locator('mark')).toHaveCount(1);
  await expect(token.locator('mark')).toHaveText(compact.split('.')[0]!);
  await expect(token).toContainText('This step: JWS Protected Header.');
  await page.keyboard.press('Space');
  await expect(steps.getByRole('heading')).toContainText('Decode the payload');
  await page.keyboard.press('ArrowLeft');
  await expect(steps.getByRole('heading')).toContainText('Decode the JWS Protected Header');
  await expect(page.getByText('Step 2 of 7')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeFocused();
  await expect(steps.getByRole('listitem')).toHaveCount(7);
});

test('Anatomy: focusing a header character announces its JSON member; choosing a member highlights it', async ({ page }) => {
  const v = vector('rfc7520/jws/4_4.hmac-sha2_integrity_protection.json');
  await learn(page, v.output.compact, jwk(v.input.key));
  const anatomy = page.getByRole('region', { name: 'Anatomy' });
  const chars = anatomy.getByRole('listbox', { name: 'Token characters' });
  await chars.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(chars).toHaveAttribute('aria-activedescendant', /learn-ch-3$/);
  await expect(chars).toHaveAccessibleDescription(/JWS Protected Header, character 4 .*the name of member "alg"/);
  await expect(anatomy).toContainText('eyJh');
  // Further on, inside "HS256": the value of "alg".
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(chars).toHaveAccessibleDescription(/the value of member "alg"/);
  await anatomy.getByRole('button', { name: /"kid"/ }).click();
  await expect(anatomy.getByRole('button', { name: /"kid"/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await anatomy.locator('[role="option"].bg-amber-200').count()).toBeGreaterThan(40);
  // The decoded header is shown as pretty JSON; choosing the value "HS256" highlights exactly the
  // characters that encode '"alg":"HS256"' (whole characters: 4 carry 3 bytes).
  const header = anatomy.getByRole('group', { name: /Decoded JWS Protected Header/ });
  await expect(header).toContainText('"alg": "HS256",');
  const hs256 = header.getByRole('button', { name: '"HS256" (value of alg)' });
  await hs256.focus();
  await page.keyboard.press('Enter');
  await expect(hs256).toHaveAttribute('aria-pressed', 'true');
  await expect(header.getByRole('button', { name: '"alg"', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(anatomy.getByRole('button', { name: /"kid"/ })).toHaveAttribute('aria-pressed', 'false');
  const compact: string = v.output.compact;
  const text = Buffer.from(compact.split('.')[0]!, 'base64url').toString('utf8');
  const from = text.indexOf('"alg"');
  const to = text.indexOf('"HS256"') + '"HS256"'.length;
  const expected = compact.slice(Math.floor((from * 4) / 3), Math.ceil((to * 4) / 3));
  const highlighted = (await anatomy.locator('[role="option"].bg-amber-200').allTextContents()).join('');
  expect(highlighted).toBe(expected);
  await page.keyboard.press('Space');
  await expect(hs256).toHaveAttribute('aria-pressed', 'false');
  await expect(anatomy.locator('[role="option"].bg-amber-200')).toHaveCount(0);
});

test('with an empty decoder the example picker fills it, and a lesson opens its example in Decode', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Learn' }).click();
  await expect(page.getByText('The decoder is empty')).toBeVisible();
  await page.getByRole('combobox', { name: 'Worked example' }).selectOption('rfc7518-C');
  const c = vector('rfc-appendix/rfc7518-C-ECDH-ES-KDF.json');
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps).toContainText(c.Z_b64u);
  await expect(steps).toContainText(c.kdf.other_info_b64u);
  await expect(steps).toContainText(c.expected.derived_key_b64u);
  const lessons = page.getByRole('list', { name: 'Lessons' });
  await expect(lessons.getByRole('listitem')).toHaveCount(6);
  await lessons.getByRole('button', { name: 'Open the HS256 JWT and its secret in Decode' }).click();
  await expect(page.getByRole('tab', { name: 'Decode' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Key', exact: true })).toHaveValue('notsosecret');
  await expect(page.getByRole('status', { name: 'Result' })).toContainText('Signature verified');
});

test('opened from the encoder, the steps are the signing of its output', async ({ page }) => {
  await page.route(/monaco-setup.*\.js$/, () => undefined);
  await page.goto('/');
  await page.getByRole('tab', { name: 'Encode' }).click();
  await page.getByRole('combobox', { name: 'Algorithm' }).selectOption('HS256');
  await page.getByRole('textbox', { name: 'Encoding key', exact: true }).fill('a shared secret of at least 32 bytes!');
  await expect(page.getByRole('status', { name: 'Encode result' })).toContainText('Signed');
  await page.getByRole('button', { name: 'Explain in Learn' }).click();
  await expect(page.getByRole('tab', { name: 'Learn' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Steps: Signing' })).toBeVisible();
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps.getByRole('heading', { name: /Signing input/ })).toBeVisible();
  await expect(steps.getByRole('listitem').last()).toContainText('signature');
  await page.getByRole('button', { name: "Use the decoder's token instead" }).click();
  await expect(page.getByText('The decoder is empty')).toBeVisible();
});
