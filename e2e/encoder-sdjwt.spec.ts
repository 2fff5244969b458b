import { expect, test } from './fixtures.ts';
import { chooseAlg, fillEditor, keyField, nodeJwk, openEncoder, publicJwk } from './encoder-helpers.ts';
import { sdJwtOracle } from '../test/sd-jwt/oracle.ts';

/**
 * Encode's SD-JWT panel end to end: issue with chosen disclosable claims and a generated holder key,
 * present two of them with a Key Binding JWT, check the presentation here with @sd-jwt/core (never
 * with the app's engine), then "Open presentation in Decode" verifies it in the app.
 */
const CLAIMS = { iss: 'https://issuer.example', given_name: 'Erika', family_name: 'Mustermann', address: { locality: 'Köln', country: 'DE' }, nationalities: ['DE', 'FR'] };

test('Encode: issue → present → Open presentation in Decode → verified, with the right claims hidden', async ({ page }) => {
  const issuer = nodeJwk('P-256');
  await openEncoder(page);
  await chooseAlg(page, 'ES256');
  await keyField(page).fill(JSON.stringify(issuer));
  await fillEditor(page, 'Claims', JSON.stringify(CLAIMS));

  const panel = page.getByRole('region', { name: 'Disclosable claims' });
  await expect(panel.getByRole('checkbox', { name: 'Disclosable /address/locality' })).toBeVisible();
  for (const pointer of ['/given_name', '/family_name', '/address', '/address/locality', '/nationalities/1']) {
    await panel.getByRole('checkbox', { name: `Disclosable ${pointer}`, exact: true }).check();
  }
  await panel.getByRole('spinbutton', { name: 'Decoy digests' }).fill('2');
  await panel.getByRole('combobox', { name: '_sd_alg (digest hash)', exact: true }).selectOption('sha-384');
  await panel.getByRole('button', { name: 'Generate holder key' }).click();
  await expect(panel.getByRole('textbox', { name: 'Holder key' })).toHaveValue(/"d"/);
  await panel.getByRole('button', { name: 'Issue SD-JWT' }).click();
  await expect(panel.getByRole('status', { name: 'SD-JWT result' })).toContainText('SD-JWT issued: 5 Disclosures, _sd_alg sha-384, holder key in "cnf"');
  const issued = (await panel.getByRole('region', { name: 'Issued SD-JWT' }).innerText()).trim();
  expect(issued.split('~')).toHaveLength(7);

  const present = panel.getByRole('region', { name: 'Present', exact: true });
  await present.getByRole('checkbox', { name: 'Reveal /family_name' }).uncheck();
  await present.getByRole('checkbox', { name: 'Reveal /nationalities/1' }).uncheck();
  await present.getByRole('textbox', { name: 'KB-JWT audience (aud)' }).fill('https://verifier.test');
  await present.getByRole('textbox', { name: 'KB-JWT nonce' }).fill('n-42');
  await present.getByRole('button', { name: 'Create presentation' }).click();
  await expect(present.getByRole('status', { name: 'Presentation result' })).toContainText('3 of 5 Disclosures, with a Key Binding JWT');
  const presentation = (await present.getByRole('region', { name: 'SD-JWT for the verifier', exact: true }).innerText()).trim();

  // The reference library, with the Issuer's public key and the holder key from cnf.
  const holder = JSON.parse(await panel.getByRole('textbox', { name: 'Holder key' }).inputValue());
  const oracle = sdJwtOracle({ alg: 'ES256', issuerPublic: publicJwk(issuer) as Record<string, unknown>, hashAlg: 'sha-384' });
  const theirs = (await oracle.verify(presentation, { keyBindingNonce: 'n-42' })) as { payload: Record<string, unknown>; kb?: { payload: Record<string, unknown> } };
  expect(theirs.payload.given_name).toBe('Erika');
  expect(theirs.payload.address).toEqual({ locality: 'Köln', country: 'DE' });
  expect(theirs.payload.family_name).toBeUndefined();
  expect(theirs.payload.nationalities).toEqual(['DE']);
  expect((theirs.payload.cnf as { jwk: { x: string } }).jwk.x).toBe(holder.x);
  expect(theirs.kb?.payload.aud).toBe('https://verifier.test');

  await present.getByRole('button', { name: 'Open presentation in Decode' }).click();
  await expect(page).toHaveURL(/#\/decode/);
  const result = page.getByRole('status', { name: 'Result' });
  await expect(result).toContainText('Signature verified');
  await expect(result).toContainText('3 Disclosures found in place by digest');
  await expect(result).toContainText('Key Binding JWT checked with the holder key in "cnf"');
  const tree = page.getByRole('region', { name: 'Disclosures' }).getByRole('list', { name: 'Disclosure tree' });
  await expect(tree).toContainText('given_name');
  // family_name withheld + 2 decoys at the top level.
  await expect(tree).toContainText('hidden (3 undisclosed digests)');
});

test('Encode: an SD-JWT needs a signing alg, and reserved claims cannot be made disclosable', async ({ page }) => {
  await openEncoder(page);
  await chooseAlg(page, 'none');
  await fillEditor(page, 'Claims', JSON.stringify({ sub: 'x', cnf: { jwk: { kty: 'EC' } } }));
  const panel = page.getByRole('region', { name: 'Disclosable claims' });
  await expect(panel.getByRole('checkbox', { name: 'Disclosable /cnf', exact: true })).toBeDisabled();
  await panel.getByRole('button', { name: 'Issue SD-JWT' }).click();
  await expect(panel.getByRole('status', { name: 'SD-JWT result' })).toContainText('choose a signing algorithm');
});
