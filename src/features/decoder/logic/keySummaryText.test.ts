import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkToken, type CheckRequest } from './check.ts';
import { keySummaryText } from './keySummaryText.ts';
import { decodeView, tokenText } from './view.ts';
import { EXAMPLE_TOKENS } from '../../../lib/examples/examples.data.ts';
import { english, spanish } from '../../../lib/i18n/translators.test-support.ts';
import bilboEc from '../../../../test/vectors/rfc7520/jwk/3_1.ec_public_key.json' with { type: 'json' };
import bilboRsa from '../../../../test/vectors/rfc7520/jwk/3_3.rsa_public_key.json' with { type: 'json' };

const seed = EXAMPLE_TOKENS.find((e) => e.id === 'seed-hs256-password')!;
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (key: { export(o: object): string | Buffer }, type: string) => String(key.export({ type, format: 'pem' }));
const certificate = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/.exec(readFileSync(new URL('../../../../test/keys/fixtures/ec-chain.pem', import.meta.url), 'utf8'))![0];

/** Every way Decode reads a key, as a person pastes it. */
const KEYS: [string, string, CheckRequest['encoding']][] = [
  ['a secret read as UTF-8', seed.keyText, 'utf8'],
  ['a secret read as base64', 'cGFzc3dvcmQgcGFzc3dvcmQgcGFzc3dvcmQgcGFzc3dvcmQ=', 'base64'],
  ['a public JWK with a kid', JSON.stringify(bilboEc), 'utf8'],
  ['a JWKS of two keys', JSON.stringify({ keys: [bilboEc, bilboRsa] }), 'utf8'],
  ['a JWKS of one key', JSON.stringify({ keys: [bilboRsa] }), 'utf8'],
  ['PEM SPKI', pem(rsa.publicKey, 'spki'), 'utf8'],
  ['PEM PKCS #8', pem(ec.privateKey, 'pkcs8'), 'utf8'],
  ['PEM PKCS #1 public', pem(rsa.publicKey, 'pkcs1'), 'utf8'],
  ['PEM PKCS #1 private', pem(rsa.privateKey, 'pkcs1'), 'utf8'],
  ['PEM SEC 1', pem(ec.privateKey, 'sec1'), 'utf8'],
  ['an X.509 certificate', certificate, 'utf8'],
];

describe('"Read as …" in the person language, from the facts check.ts sends', () => {
  for (const [name, keyText, encoding] of KEYS) {
    it(`${name}: the English from the facts is check.ts's sentence; the Spanish differs`, async () => {
      const view = decodeView(seed.token);
      const out = await checkToken({ token: tokenText(view, seed.token), kind: 'JWS', ...(view.header ? { header: view.header } : {}), keyText, encoding, maxPbes2Count: 10_000 });
      expect(out.key, out.reason).toBeDefined();
      expect(keySummaryText(out.key!.words, english)).toBe(out.key!.description);
      expect(keySummaryText(out.key!.words, spanish)).not.toBe(out.key!.description);
    });
  }
});
