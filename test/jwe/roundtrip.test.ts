import { describe, expect, test } from 'vitest';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { encrypt } from '../../src/jose/jwe/encrypt.ts';
import { JWE_ALGS } from '../../src/jose/lib/registry.ts';
import { createTrace } from '../../src/jose/lib/trace.ts';
import { deserializeCompact, serializeCompact } from '../../src/jose/serialize/compact.ts';
import { serializeJson } from '../../src/jose/serialize/json.ts';
import type { Jwe } from '../../src/jose/types.ts';
import { combinations, fixture } from './fixtures.ts';
import { joseError, jwk } from './helpers.ts';

const ALL = { algorithms: [...JWE_ALGS] };
const claims = { sub: 'alice', admin: false, n: 42 };

describe('every alg x enc x curve round-trips through compact, flattened and general JSON', () => {
  for (const { alg, enc, crv } of combinations()) {
    test(`${alg}${crv ? ` (${crv})` : ''} + ${enc}`, async () => {
      const f = await fixture(alg, enc, crv);
      const jwe = await encrypt(claims, f.encryptKey, { alg, enc });
      const compact = serializeCompact(jwe);
      expect(compact.split('.')).toHaveLength(5);
      for (const form of [compact, serializeJson(jwe), serializeJson(jwe, { flattened: true })]) {
        const out = await decrypt(form, f.decryptKey, ALL);
        expect(out.claims).toEqual(claims);
        expect(out.header.alg).toBe(alg);
        expect(out.header.enc).toBe(enc);
      }
    });
  }
});

test('zip "DEF" round-trips and the header carries it in the protected part', async () => {
  const f = await fixture('A256GCMKW', 'A256CBC-HS512');
  const text = 'compress me '.repeat(500);
  const jwe = await encrypt(text, f.encryptKey, { alg: 'A256GCMKW', enc: 'A256CBC-HS512', zip: 'DEF' });
  expect(jwe.ciphertext.length).toBeLessThan(text.length / 4);
  const trace = createTrace('decrypt');
  const out = await decrypt(serializeCompact(jwe), f.decryptKey, { trace });
  expect(out.text).toBe(text);
  expect(out.protectedHeader.zip).toBe('DEF');
  expect(trace.steps.map((s) => s.id)).toContain('inflate');
});

test('several recipients: one JWE for an RSA, an EC, a password and an AES key; each opens it', async () => {
  const rsa = await fixture('RSA-OAEP-256', 'A128GCM');
  const ec = await fixture('ECDH-ES+A192KW', 'A128GCM', 'P-384');
  const pw = await fixture('PBES2-HS384+A192KW', 'A128GCM');
  const aes = await fixture('A256KW', 'A128GCM');
  const jwe = await encrypt(
    'to all of you',
    [
      { key: rsa.encryptKey, alg: 'RSA-OAEP-256', header: { kid: 'rsa' } },
      { key: ec.encryptKey, alg: 'ECDH-ES+A192KW', header: { kid: 'ec' } },
      { key: pw.encryptKey, alg: 'PBES2-HS384+A192KW', p2c: 2000 },
      { key: aes.encryptKey, alg: 'A256KW' },
    ],
    { enc: 'A128GCM', unprotected: { cty: 'text/plain' }, aad: 'bound too' },
  );
  expect(jwe.recipients).toHaveLength(4);
  expect(jwe.recipients[1]!.header!.epk).toBeDefined();
  expect(jwe.recipients[2]!.header!.p2c).toBe(2000);
  const text = serializeJson(jwe);
  for (const [i, key] of [rsa.decryptKey, ec.decryptKey, pw.decryptKey, aes.decryptKey].entries()) {
    const out = await decrypt(text, key, ALL);
    expect([out.text, out.recipientIndex, out.header.cty]).toEqual(['to all of you', i, 'text/plain']);
  }
  // A JWKS: the recipient's kid picks the key; a key without a kid still opens its recipient.
  const rsaWithKid = await jwk({ ...rsa.decryptKey.jwk, kid: 'rsa' });
  const set = { type: 'set' as const, keys: [aes.decryptKey, rsaWithKid], format: 'jwks' as const, findings: [] };
  const bySet = await decrypt(text, set, ALL);
  expect([bySet.recipientIndex, bySet.key]).toEqual([0, rsaWithKid]);
  // Changing the AAD breaks every recipient alike.
  const tampered = JSON.parse(text) as Record<string, unknown>;
  tampered.aad = 'b3RoZXI';
  const error = await joseError(decrypt(JSON.stringify(tampered), aes.decryptKey, ALL));
  expect(error.code).toBe('ERR_TAG_MISMATCH');
  // A key for none of them says which recipients it tried.
  const stranger = await fixture('A256KW', 'A128GCM');
  const none = await joseError(decrypt(text, stranger.decryptKey, ALL));
  expect(none.code).toBe('ERR_KEY_UNWRAP_FAILED');
});

test('dir and ECDH-ES cannot serve several recipients', async () => {
  const a = await fixture('dir', 'A128GCM');
  const b = await fixture('A128KW', 'A128GCM');
  const error = await joseError(encrypt('x', [{ key: a.encryptKey, alg: 'dir' }, { key: b.encryptKey, alg: 'A128KW' }], { enc: 'A128GCM' }));
  expect(error.code).toBe('ERR_MALFORMED');
});

test('nested JWT: "cty" JWT in any case, and application/jwt, marks the result nested', async () => {
  const f = await fixture('A128KW', 'A128GCM');
  for (const cty of ['JWT', 'jwt', 'application/JWT', 'Application/jwt']) {
    const jwe = await encrypt('eyJhbGciOiJIUzI1NiJ9.e30.sig', f.encryptKey, { alg: 'A128KW', enc: 'A128GCM', header: { cty } });
    const out = await decrypt(jwe, f.decryptKey);
    expect(out.nested).toBe(true);
    expect(out.findings.map((x) => x.code)).toContain('NESTED_JWT');
  }
});

test('the injected hooks are used, and bad ones refused', async () => {
  const f = await fixture('A128KW', 'A128CBC-HS256');
  const cek = new Uint8Array(32).fill(7);
  const iv = new Uint8Array(16).fill(9);
  const a = await encrypt('same', f.encryptKey, { alg: 'A128KW', enc: 'A128CBC-HS256', cek, iv });
  const b = await encrypt('same', f.encryptKey, { alg: 'A128KW', enc: 'A128CBC-HS256', cek, iv });
  expect(serializeCompact(a)).toBe(serializeCompact(b));
  expect((await joseError(encrypt('x', f.encryptKey, { alg: 'A128KW', enc: 'A128CBC-HS256', cek: new Uint8Array(16) }))).code).toBe('ERR_KEY_INVALID');
  expect((await joseError(encrypt('x', f.encryptKey, { alg: 'A128KW', enc: 'A128CBC-HS256', iv: new Uint8Array(12) }))).code).toBe('ERR_MALFORMED');
});

test('wrong key type, size and private/public are ERR_KEY_MISMATCH before any work', async () => {
  const rsa = await fixture('RSA-OAEP', 'A128GCM');
  const aes = await fixture('A128KW', 'A128GCM');
  const jwe = await encrypt('x', rsa.encryptKey, { alg: 'RSA-OAEP', enc: 'A128GCM' });
  expect((await joseError(decrypt(jwe, aes.decryptKey))).code).toBe('ERR_KEY_MISMATCH');
  expect((await joseError(decrypt(jwe, rsa.encryptKey))).code).toBe('ERR_KEY_MISMATCH');
  const a256 = await jwk({ kty: 'oct', k: Buffer.alloc(32).toString('base64url') });
  expect((await joseError(encrypt('x', a256, { alg: 'A128KW', enc: 'A128GCM' }))).code).toBe('ERR_KEY_MISMATCH');
  expect((await joseError(encrypt('x', a256, { alg: 'dir', enc: 'A128GCM' }))).code).toBe('ERR_KEY_MISMATCH');
});

test('unsupported alg / enc and disallowed ones have their own codes', async () => {
  const f = await fixture('A128KW', 'A128GCM');
  const jwe = (await encrypt('x', f.encryptKey, { alg: 'A128KW', enc: 'A128GCM' })) as Jwe;
  const reheader = (h: object) => serializeCompact({ ...jwe, protected: Buffer.from(JSON.stringify(h)).toString('base64url') });
  expect((await joseError(decrypt(reheader({ alg: 'A128KW2', enc: 'A128GCM' }), f.decryptKey))).code).toBe('ERR_ALG_UNSUPPORTED');
  expect((await joseError(decrypt(reheader({ alg: 'A128KW', enc: 'A128GCM2' }), f.decryptKey))).code).toBe('ERR_ENC_UNSUPPORTED');
  expect((await joseError(decrypt(reheader({ alg: 'A128KW', enc: 'A128GCM', crit: ['x'], x: 1 }), f.decryptKey))).code).toBe('ERR_CRIT_UNSUPPORTED');
  expect((await joseError(decrypt(jwe, f.decryptKey, { encryptions: ['A256GCM'] }))).code).toBe('ERR_ALG_NOT_ALLOWED');
  expect((await joseError(decrypt(jwe, f.decryptKey, { algorithms: ['A256KW'] }))).code).toBe('ERR_ALG_NOT_ALLOWED');
  expect((await joseError(encrypt('x', f.encryptKey, { alg: 'A128KW', enc: 'X' as never }))).code).toBe('ERR_ENC_UNSUPPORTED');
  expect((await joseError(decrypt(serializeCompact(deserializeCompact('eyJhbGciOiJIUzI1NiJ9.e30.c2ln')), f.decryptKey))).code).toBe('ERR_MALFORMED');
});
