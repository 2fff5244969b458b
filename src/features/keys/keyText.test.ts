import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKey, type JoseKey } from '../../jose/index.ts';
import { formatText, keyView, readKeyMaterial, sizeText, titleText, visibilityText, type KeyView } from './keyReport.ts';
import { choiceText, describeChoice, type GenerateChoice } from './generateChoices.ts';
import { english, spanish } from '../../lib/i18n/translators.test-support.ts';

/**
 * The Keys screen shows a key's title, type, size and format through the catalogue: built in English
 * they must be the view's English fields (what the other tests and the external ones read), so the
 * Spanish is built from the same facts.
 */
async function views(): Promise<KeyView[]> {
  const out: KeyView[] = [];
  for (const text of ['a shared secret of 32 bytes here', JSON.stringify({ keys: [{ kty: 'oct', k: 'AAAA' }] })]) {
    const report = await readKeyMaterial(text);
    if (report.kind === 'key') out.push(report.view);
    if (report.kind === 'set') out.push(...report.views);
  }
  const one = async (text: string, encoding?: 'hex') => {
    const report = await readKeyMaterial(text, encoding);
    if (report.kind !== 'key') throw new Error(`expected one key, got ${report.kind}`);
    return report.view;
  };
  out.push(await one('00112233', 'hex'), await one(generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string));
  for (const alg of ['RS256', 'ES256', 'EdDSA', 'ML-DSA-44', 'ECDH-ES']) {
    const made = await generateKey(alg);
    if (made.kind === 'pair') for (const key of [made.privateKey, made.publicKey] as JoseKey[]) out.push(await keyView(key, { source: { generatedFor: alg } }), await keyView(key));
  }
  return out;
}

describe('Keys words from a key facts', () => {
  it('say in English exactly what the view says, and something else in Spanish', async () => {
    for (const view of await views()) {
      expect(titleText(view.key, english)).toBe(view.title);
      expect(visibilityText(view.key, english)).toBe(view.visibility);
      expect(sizeText(view.key, english)).toBe(view.size);
      expect(formatText(view, english)).toBe(view.format);
      expect(titleText(view.key, spanish)).not.toBe(view.title);
    }
  });

  it('word the generation choice as describeChoice does', () => {
    const choices: GenerateChoice[] = [
      { alg: 'RS256', rsaSize: 3072, curve: '', enc: 'A256GCM' },
      { alg: 'EdDSA', rsaSize: 2048, curve: 'Ed448', enc: 'A256GCM' },
      { alg: 'ECDH-ES', rsaSize: 2048, curve: 'X25519', enc: 'A256GCM' },
      { alg: 'ECDH-ES+A128KW', rsaSize: 2048, curve: 'P-256', enc: 'A256GCM' },
      { alg: 'dir', rsaSize: 2048, curve: '', enc: 'A128CBC-HS256' },
      { alg: 'ML-DSA-65', rsaSize: 2048, curve: '', enc: 'A256GCM' },
      { alg: 'HS256', rsaSize: 2048, curve: '', enc: 'A256GCM' },
    ];
    for (const choice of choices) expect(choiceText(choice, english)).toBe(describeChoice(choice));
    expect(choiceText(choices[0]!, spanish)).toBe('un par de claves RSA de 3072 bits para RS256');
  });
});
