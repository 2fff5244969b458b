import { describe, expect, test } from 'vitest';
import { cbcHmacDecrypt, cbcHmacEncrypt } from '../../src/jose/jwe/content/cbc-hmac.ts';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { encrypt } from '../../src/jose/jwe/encrypt.ts';
import type { JsonObject } from '../../src/jose/lib/json.ts';
import type { JweEnc } from '../../src/jose/lib/registry.ts';
import { createTrace } from '../../src/jose/lib/trace.ts';
import { deserializeCompact, serializeCompact } from '../../src/jose/serialize/compact.ts';
import { deserializeJson, toJsonSerialization } from '../../src/jose/serialize/json.ts';
import type { Jwe } from '../../src/jose/types.ts';
import { b64, enc64, hex, joseError, jwk, password, toHexString, traced, vector } from './helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
type V = any;
const A = (name: string): V => vector(`rfc-appendix/${name}`);

describe('RFC 7516 Appendix A', () => {
  test('A.1 RSA-OAEP + A256GCM: decrypts, and content encryption reproduces ciphertext and tag', async () => {
    const v = A('rfc7516-A.1-RSA-OAEP-A256GCM.json');
    const key = await jwk(v.key);
    const out = await decrypt(v.expected.compact, key);
    expect(out.text).toBe(v.plaintext);
    const trace = createTrace('encrypt');
    const jwe = await encrypt(v.plaintext, key, { alg: 'RSA-OAEP', enc: 'A256GCM', cek: b64(v.cek_b64u), iv: b64(v.iv_b64u), trace });
    expect(jwe.protected).toBe(v.protected_b64u);
    expect([jwe.ciphertext, jwe.tag]).toEqual([v.expected.ciphertext_b64u, v.expected.tag_b64u]);
    expect((await decrypt(jwe, key)).text).toBe(v.plaintext);
  });

  test('A.2 RSA1_5 + A128CBC-HS256: refused by default, decrypted when listed, ciphertext reproduced', async () => {
    const v = A('rfc7516-A.2-RSA1_5-A128CBC-HS256.json');
    const key = await jwk(v.key);
    expect((await joseError(decrypt(v.expected.compact, key))).code).toBe('ERR_ALG_NOT_ALLOWED');
    const trace = createTrace('decrypt');
    const out = await decrypt(v.expected.compact, key, { algorithms: ['RSA1_5'], trace });
    expect(out.text).toBe(v.plaintext);
    expect(enc64(traced(trace, 'cek', 'cek')!)).toBe(v.cek_b64u);
    expect(out.findings.map((f) => f.code)).toContain('ALG_RSA1_5');
    const jwe = await encrypt(v.plaintext, key, { alg: 'RSA1_5', enc: 'A128CBC-HS256', cek: b64(v.cek_b64u), iv: b64(v.iv_b64u) });
    expect([jwe.ciphertext, jwe.tag]).toEqual([v.expected.ciphertext_b64u, v.expected.tag_b64u]);
    expect((await decrypt(serializeCompact(jwe), key, { algorithms: ['RSA1_5'] })).text).toBe(v.plaintext);
  });

  test('A.3 A128KW + A128CBC-HS256 reproduces the compact JWE byte for byte', async () => {
    const v = A('rfc7516-A.3-A128KW-A128CBC-HS256.json');
    const key = await jwk(v.key);
    const jwe = await encrypt(v.plaintext, key, { alg: 'A128KW', enc: 'A128CBC-HS256', cek: b64(v.cek_b64u), iv: b64(v.iv_b64u) });
    expect(serializeCompact(jwe)).toBe(v.expected.compact);
    expect((await decrypt(v.expected.compact, key)).text).toBe(v.plaintext);
  });

  test('A.4 general JSON: two recipients, each key opens its own, and encryption reproduces it', async () => {
    const v = A('rfc7516-A.4-general-json.json');
    const rsa = await jwk(v.keys['2011-04-29']);
    const oct = await jwk(v.keys['7']);
    const text = JSON.stringify(v.expected.json);
    const byRsa = await decrypt(text, rsa, { algorithms: ['RSA1_5', 'A128KW'] });
    expect([byRsa.text, byRsa.recipientIndex]).toEqual([v.plaintext, 0]);
    const byOct = await decrypt(text, oct);
    expect([byOct.text, byOct.recipientIndex, byOct.header.kid]).toEqual([v.plaintext, 1, '7']);
    expect(byOct.header.jku).toBe('https://server.example.com/keys.jwks');
    const jwe = await encrypt(
      v.plaintext,
      [
        { key: rsa, header: { alg: 'RSA1_5', kid: '2011-04-29' } },
        { key: oct, header: { alg: 'A128KW', kid: '7' } },
      ],
      { enc: 'A128CBC-HS256', unprotected: { jku: 'https://server.example.com/keys.jwks' }, cek: b64(v.cek_b64u), iv: b64(v.iv_b64u) },
    );
    const expected = v.expected.json;
    expect(jwe.protected).toBe(expected.protected);
    expect(jwe.unprotected).toEqual(expected.unprotected);
    expect([jwe.iv, jwe.ciphertext, jwe.tag]).toEqual([expected.iv, expected.ciphertext, expected.tag]);
    expect(jwe.recipients[1]).toEqual(expected.recipients[1]);
    expect(jwe.recipients[0]!.header).toEqual(expected.recipients[0].header);
    expect((await decrypt(jwe, rsa, { algorithms: ['RSA1_5'] })).text).toBe(v.plaintext);
  });

  test('A.5 flattened JSON decrypts', async () => {
    const v = A('rfc7516-A.5-flattened-json.json');
    const out = await decrypt(JSON.stringify(v.expected.json), await jwk(v.key));
    expect(out.text).toBe(v.plaintext);
  });

  test('Appendix B: every intermediate value of A128CBC-HS256 is in the trace', async () => {
    const v = A('rfc7516-B-A128CBC-HS256-steps.json');
    const a3 = A('rfc7516-A.3-A128KW-A128CBC-HS256.json');
    const trace = createTrace('encrypt');
    await encrypt(a3.plaintext, await jwk(a3.key), { alg: 'A128KW', enc: 'A128CBC-HS256', cek: hex(v.K), iv: hex(v.IV), trace });
    expect(toHexString(traced(trace, 'macKey'))).toBe(v.MAC_KEY);
    expect(toHexString(traced(trace, 'encKey'))).toBe(v.ENC_KEY);
    expect(toHexString(traced(trace, 'aad'))).toBe(v.A);
    expect(toHexString(traced(trace, 'al'))).toBe(v.AL);
    expect(toHexString(traced(trace, 'ciphertext'))).toBe(v.E);
    expect(toHexString(traced(trace, 'mac'))).toBe(v.M);
    expect(toHexString(traced(trace, 'tag', 'content-encryption'))).toBe(v.T);
    // The decrypt side shows the same values, and the computed tag next to the received one.
    const dec = createTrace('decrypt');
    await decrypt(a3.expected.compact, await jwk(a3.key), { trace: dec });
    expect(new TextDecoder().decode(traced(dec, 'protectedHeader'))).toBe(a3.protected);
    expect(enc64(traced(dec, 'kek')!)).toBe(a3.key.k);
    expect(enc64(traced(dec, 'encryptedKey')!)).toBe(a3.expected.encrypted_key_b64u);
    expect(toHexString(traced(dec, 'cek', 'cek'))).toBe(v.K);
    expect(toHexString(traced(dec, 'macKey'))).toBe(v.MAC_KEY);
    expect(toHexString(traced(dec, 'encKey'))).toBe(v.ENC_KEY);
    expect(toHexString(traced(dec, 'al'))).toBe(v.AL);
    expect(toHexString(traced(dec, 'tag.computed'))).toBe(v.T);
    expect(toHexString(traced(dec, 'tag.received', 'tag-check'))).toBe(v.T);
    expect(toHexString(traced(dec, 'plaintext', 'content-decryption'))).toBe(v.P);
    expect(dec.steps.every((step) => step.status === 'ok')).toBe(true);
  });
});

describe('RFC 7518 Appendix B: AES_CBC_HMAC_SHA2 test cases', () => {
  const v = A('rfc7518-B-AES-CBC-HMAC-SHA2.json');
  for (const c of v.test_cases as V[]) {
    test(`${c.section} ${c.enc}`, async () => {
      const trace = createTrace('encrypt');
      const { ciphertext, tag } = await cbcHmacEncrypt(c.enc as JweEnc, hex(c.K), hex(c.IV), hex(c.P), hex(c.A), trace);
      expect(toHexString(ciphertext)).toBe(c.E);
      expect(toHexString(tag)).toBe(c.T);
      expect(toHexString(traced(trace, 'mac'))).toBe(c.M);
      expect(toHexString(traced(trace, 'macKey'))).toBe(c.MAC_KEY);
      expect(toHexString(traced(trace, 'encKey'))).toBe(c.ENC_KEY);
      expect(toHexString(traced(trace, 'al'))).toBe(c.AL);
      expect(toHexString(await cbcHmacDecrypt(c.enc as JweEnc, hex(c.K), hex(c.IV), ciphertext, tag, hex(c.A)))).toBe(c.P);
      const bad = tag.slice();
      bad[0]! ^= 1;
      expect((await joseError(cbcHmacDecrypt(c.enc as JweEnc, hex(c.K), hex(c.IV), ciphertext, bad, hex(c.A)))).code).toBe('ERR_TAG_MISMATCH');
    });
  }
});

describe('RFC 7518 Appendix C: ECDH-ES key agreement', () => {
  test('Z, the Concat KDF OtherInfo and the derived key are exact', async () => {
    const v = A('rfc7518-C-ECDH-ES-KDF.json');
    const bob = await jwk(v.bob_key);
    const trace = createTrace('encrypt');
    const jwe = await encrypt('Example', bob, { alg: 'ECDH-ES', enc: 'A128GCM', header: { apu: v.header.apu, apv: v.header.apv }, epk: v.alice_ephemeral_key, trace });
    expect(enc64(traced(trace, 'z')!)).toBe(v.Z_b64u);
    expect(enc64(traced(trace, 'kdf.otherInfo')!)).toBe(v.kdf.other_info_b64u);
    expect(new TextDecoder().decode(traced(trace, 'kdf.otherInfo.partyUInfo')!.slice(4))).toBe('Alice');
    expect(new TextDecoder().decode(traced(trace, 'kdf.otherInfo.partyVInfo')!.slice(4))).toBe('Bob');
    expect(toHexString(traced(trace, 'kdf.otherInfo.suppPubInfo'))).toBe('00000080');
    expect(enc64(traced(trace, 'kdf.derivedKey')!)).toBe(v.expected.derived_key_b64u);
    const header = JSON.parse(new TextDecoder().decode(b64(jwe.protected!))) as JsonObject;
    expect(header.epk).toEqual(v.header.epk);
    const decTrace = createTrace('decrypt');
    const out = await decrypt(jwe, bob, { trace: decTrace });
    expect(out.text).toBe('Example');
    expect(enc64(traced(decTrace, 'cek', 'cek')!)).toBe(v.expected.derived_key_b64u);
  });
});

describe('RFC 7517 Appendix C: PBES2-encrypted JWK', () => {
  test('reproduces the JWE byte for byte, with salt and derived key in the trace', async () => {
    const v = A('rfc7517-C-PBES2-encrypted-jwk.json');
    const key = await password(v.password);
    const trace = createTrace('encrypt');
    const header = JSON.parse(v.protected) as JsonObject;
    const jwe = await encrypt(v.plaintext, key, { alg: v.alg, enc: v.enc, header, p2s: b64(v.p2s_b64u), p2c: v.p2c, cek: b64(v.cek_b64u), iv: b64(v.iv_b64u), trace });
    expect(serializeCompact(jwe)).toBe(v.expected.compact);
    expect(enc64(traced(trace, 'salt')!)).toBe(v.pbkdf2_salt_b64u);
    expect(enc64(traced(trace, 'kek', 'pbkdf2')!)).toBe(v.pbkdf2_derived_key_b64u);
    expect((await joseError(decrypt(v.expected.compact, key))).code).toBe('ERR_ALG_NOT_ALLOWED');
    const out = await decrypt(v.expected.compact, key, { algorithms: ['PBES2-HS256+A128KW'] });
    expect(out.claims).toEqual(v.plaintext_jwk);
  });
});

describe('RFC 7519 Appendix A: encrypted and nested JWTs', () => {
  test('A.1 encrypted JWT gives its claims', async () => {
    const v = A('rfc7519-A.1-encrypted-JWT.json');
    const out = await decrypt(v.expected.compact, await jwk(v.key), { algorithms: ['RSA1_5'] });
    expect(out.claims).toEqual(v.expected.claims);
    expect(out.nested).toBeUndefined();
  });
  test('A.2 nested JWT: the plaintext is the inner JWS and the result says so', async () => {
    const v = A('rfc7519-A.2-nested-JWT.json');
    const trace = createTrace('decrypt');
    const out = await decrypt(v.expected.compact, await jwk(v.decryption_key), { algorithms: ['RSA1_5'], trace });
    expect(out.nested).toBe(true);
    expect(out.text).toBe(v.expected.inner_jws_compact);
    expect(out.claims).toBeUndefined();
    expect(enc64(traced(trace, 'cek', 'cek')!)).toBe(v.recovered_cek_b64u);
  });
});

describe('RFC 8037 Appendix A.6 / A.7: ECDH-ES with X25519 and X448', () => {
  for (const [file, crv, alg, enc] of [
    ['rfc8037-A.6-ECDH-ES-X25519.json', 'X25519', 'ECDH-ES+A128KW', 'A128GCM'],
    ['rfc8037-A.7-ECDH-ES-X448.json', 'X448', 'ECDH-ES+A256KW', 'A256GCM'],
  ] as const) {
    test(`${crv}: the ephemeral key and Z of the RFC`, async () => {
      const v = A(file);
      const recipient = await jwk({ ...v.recipient_public_jwk, d: enc64(hex(v.recipient_private_key_hex)) });
      const epk = { kty: 'OKP', crv, x: enc64(hex(v.ephemeral_public_key_hex)), d: enc64(hex(v.ephemeral_private_key_hex)) };
      const trace = createTrace('encrypt');
      const jwe = await encrypt('Gigawatts', recipient, { alg, enc, header: { kid: v.recipient_public_jwk.kid }, epk, trace });
      expect(toHexString(traced(trace, 'z'))).toBe(v.expected.Z_hex);
      const header = JSON.parse(new TextDecoder().decode(b64(jwe.protected!))) as JsonObject;
      expect(header.epk).toEqual(v.ephemeral_public_jwk);
      expect((await decrypt(serializeCompact(jwe), recipient)).text).toBe('Gigawatts');
    });
  }
});

test('compact and JSON forms of the same JWE decrypt alike', async () => {
  const v = A('rfc7516-A.3-A128KW-A128CBC-HS256.json');
  const jwe = deserializeCompact(v.expected.compact) as Jwe;
  const json = deserializeJson(toJsonSerialization(jwe, { flattened: true })) as Jwe;
  expect((await decrypt(json, await jwk(v.key))).text).toBe(v.plaintext);
});
