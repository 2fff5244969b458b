import { expect, test, waitForMonaco } from './fixtures.ts';
import { pasteInto } from './decoder-helpers.ts';
import seeds from '../test/vectors/seeds.json' with { type: 'json' };

/**
 * Issue 19 on Decode's "Perfil" and "Buenas prácticas" regions: in Spanish, every profile check and
 * best-practice rule is worded in Spanish from the engine's code + params (dates through Intl),
 * with the seed HS256 token verified with its secret. Section links ("draft-ietf-oauth-rfc8725bis §3.1
 * (Perform Algorithm Verification)") name the section as published and stay as they are.
 */
test.use({ locale: 'es-ES', viewport: { width: 1440, height: 1800 } });

test('the seed token: profile checks and best practices in Spanish', async ({ page }, info) => {
  await page.goto('/');
  await waitForMonaco(page);
  await pasteInto(page, 'Token', seeds.hs256_password.token);
  await page.getByRole('textbox', { name: 'Clave', exact: true }).fill(seeds.hs256_password.secret);
  const profile = page.getByRole('region', { name: 'Perfil' });
  const practices = page.getByRole('region', { name: 'Buenas prácticas' });
  // exp 1395674427 = 2014-03-24T15:20:27Z, worded by Intl in Spanish.
  await expect(profile.locator('li[data-check="exp"]')).toContainText('Caducó el 24 de marzo de 2014');
  await expect(profile).toContainText('JWT sin un perfil concreto');
  await expect(profile).toContainText('Ni el "typ" ni los claims nombran un perfil');
  await expect(profile.locator('li[data-check="typ"]')).toContainText('No hay "typ": no es un aviso');
  await expect(practices.locator('li[data-check="alg_allowlist"]')).toContainText('Verifica el algoritmo');
  await expect(practices.locator('li[data-check="key_strength"]')).toContainText('secreto');
  for (const region of [profile, practices]) {
    const text = await region.innerText();
    for (const english of ['Expired at', 'not a finding', 'one key, one algorithm', 'Use Appropriate Algorithms', 'is registered;', 'a warning, not a failure', 'Best Current Practices', 'Neither the "typ"', 'no particular profile']) {
      expect(text, english).not.toContain(english);
    }
  }
  await page.screenshot({ path: info.outputPath('decode-es-profile-1440.png'), fullPage: true });
});
