import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { JWE_ALG_INFO } from '../src/jose/lib/registry.ts';
import { combinations, curvePair, PASSWORD, rsaPair, secretFor } from '../test/jwe/fixtures.ts';
import { openEngine } from './engine-harness.ts';

/**
 * The JWE engine inside Chromium, whose Web Crypto lacks AES-192, X448 and RSAES-PKCS1-v1_5: every
 * alg x enc (x curve) round trip runs in the page, and a few RFC examples decrypt (and one
 * reproduces byte for byte) there. Keys are generated once in Node and handed to the page as JWKs.
 */

interface Combo {
  alg: string;
  enc: string;
  crv?: string;
  encrypt: unknown;
  decrypt: unknown;
  password?: string;
}

function combos(filter: (family: string) => boolean): Combo[] {
  return combinations()
    .filter((c) => filter(JWE_ALG_INFO[c.alg].family))
    .map((c) => {
      const info = JWE_ALG_INFO[c.alg];
      if (info.kty === 'RSA') return { ...c, encrypt: rsaPair().publicJwk, decrypt: rsaPair().privateJwk };
      if (info.family === 'ECDH-ES') return { ...c, encrypt: curvePair(c.crv!).publicJwk, decrypt: curvePair(c.crv!).privateJwk };
      if (info.family === 'PBES2') return { ...c, encrypt: null, decrypt: null, password: PASSWORD };
      const k = { kty: 'oct', k: Buffer.from(secretFor(c.alg, c.enc)).toString('base64url') };
      return { ...c, encrypt: k, decrypt: k };
    });
}

async function roundTrips(page: Page, list: Combo[]) {
  return page.evaluate(async (list) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const failures: string[] = [];
    const all = { algorithms: [...jose.JWE_ALGS] };
    for (const c of list) {
      const name = `${c.alg}${c.crv ? ` (${c.crv})` : ''} + ${c.enc}`;
      try {
        const encKey = c.password ? await jose.importKey(c.password, { password: true }) : await jose.importKey(c.encrypt);
        const decKey = c.password ? encKey : await jose.importKey(c.decrypt);
        const jwe = await jose.encrypt({ sub: name }, encKey, { alg: c.alg, enc: c.enc, ...(c.password ? { p2c: 1000 } : {}) });
        const out = await jose.decrypt(jose.serializeCompact(jwe), decKey, all);
        if (out.claims?.sub !== name) failures.push(`${name}: wrong plaintext`);
        const tampered = { ...jwe, tag: jwe.tag.startsWith('A') ? `B${jwe.tag.slice(1)}` : `A${jwe.tag.slice(1)}` };
        const refused = await jose.decrypt(tampered, decKey, all).then(() => 'accepted', (e: { code?: string }) => e.code ?? String(e));
        if (refused !== 'ERR_TAG_MISMATCH') failures.push(`${name}: tampered tag gave ${refused}`);
      } catch (error) {
        failures.push(`${name}: ${(error as { code?: string }).code ?? ''} ${(error as Error).message}`);
      }
    }
    return { count: list.length, failures };
  }, list);
}

test('symmetric algs (A*KW, dir, A*GCMKW, PBES2) x every enc round-trip in Chromium', async ({ page }) => {
  await openEngine(page);
  const list = combos((f) => ['AESKW', 'dir', 'AESGCMKW', 'PBES2'].includes(f));
  const result = await roundTrips(page, list);
  expect(result.failures).toEqual([]);
  expect(result.count).toBe(10 * 6);
});

test('ECDH-ES and ECDH-ES+A*KW on P-256, P-384, P-521, X25519, X448 x every enc round-trip in Chromium', async ({ page }) => {
  await openEngine(page);
  const result = await roundTrips(page, combos((f) => f === 'ECDH-ES'));
  expect(result.failures).toEqual([]);
  expect(result.count).toBe(4 * 5 * 6);
});

test('RSA1_5 and RSA-OAEP(-256/384/512) x every enc round-trip in Chromium', async ({ page }) => {
  await openEngine(page);
  const result = await roundTrips(page, combos((f) => f === 'RSA1_5' || f === 'RSA-OAEP'));
  expect(result.failures).toEqual([]);
  expect(result.count).toBe(5 * 6);
});

const read = (path: string) => JSON.parse(readFileSync(new URL(`../test/vectors/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

test('RFC examples in Chromium: 7516 A.2/A.3, 7520 §5.3/§5.4/§5.13, 8037 A.7 X448, and A192GCM from Wycheproof', async ({ page }) => {
  await openEngine(page);
  const vectors = {
    a2: read('rfc-appendix/rfc7516-A.2-RSA1_5-A128CBC-HS256.json'),
    a3: read('rfc-appendix/rfc7516-A.3-A128KW-A128CBC-HS256.json'),
    c53: read('rfc7520/jwe/5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json'),
    c54: read('rfc7520/jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json'),
    c513: read('rfc7520/jwe/5_13.encrypting_to_multiple_recipients.json'),
    x448: read('rfc-appendix/rfc8037-A.7-ECDH-ES-X448.json'),
    wycheproof: read('wycheproof/json_web_encryption_test.json'),
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- vector JSON, read loosely in the page
  const result = await page.evaluate(async (v: Record<string, any>) => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const b64 = (s: string) => jose.base64urlDecode(s, { allowEmpty: true });
    const hex = (s: string) => jose.fromHex(s);
    const out: Record<string, unknown> = {};
    const a3key = await jose.importKey(v.a3.key);
    const a3 = await jose.encrypt(v.a3.plaintext, a3key, { alg: 'A128KW', enc: 'A128CBC-HS256', cek: b64(v.a3.cek_b64u), iv: b64(v.a3.iv_b64u) });
    out.a3Exact = jose.serializeCompact(a3) === v.a3.expected.compact;
    out.a2 = (await jose.decrypt(v.a2.expected.compact, await jose.importKey(v.a2.key), { algorithms: ['RSA1_5'] })).text;
    out.c53 = (await jose.decrypt(v.c53.output.compact, await jose.importKey(v.c53.input.pwd, { password: true }), { algorithms: ['PBES2-HS512+A256KW'] })).text === v.c53.input.plaintext;
    out.c54 = (await jose.decrypt(v.c54.output.compact, await jose.importKey(v.c54.input.key))).text === v.c54.input.plaintext;
    const rec = [];
    for (const k of v.c513.input.key) rec.push((await jose.decrypt(JSON.stringify(v.c513.output.json), await jose.importKey(k), { algorithms: [...jose.JWE_ALGS] })).recipientIndex);
    out.c513 = rec;
    const x = v.x448;
    const recipient = await jose.importKey({ ...x.recipient_public_jwk, d: jose.base64urlEncode(hex(x.recipient_private_key_hex)) });
    const trace = { operation: 'encrypt', steps: [] as { values: { name: string; bytes?: Uint8Array }[] }[] };
    const epk = { kty: 'OKP', crv: 'X448', x: jose.base64urlEncode(hex(x.ephemeral_public_key_hex)), d: jose.base64urlEncode(hex(x.ephemeral_private_key_hex)) };
    const jwe = await jose.encrypt('x448', recipient, { alg: 'ECDH-ES+A256KW', enc: 'A256GCM', epk, trace });
    const z = trace.steps.flatMap((s) => s.values).find((val) => val.name === 'z')!.bytes!;
    out.x448Z = jose.toHex(z) === x.expected.Z_hex;
    out.x448 = (await jose.decrypt(jwe, recipient)).text;
    type Group = { private: object; tests: { tcId: number; jwe: string; pt: string }[] };
    const group = (v.wycheproof.testGroups as Group[]).find((g) => g.tests.some((t) => t.tcId === 28))!;
    const t28 = group.tests.find((t) => t.tcId === 28)!;
    out.a192gcm = jose.toHex((await jose.decrypt(t28.jwe, await jose.importKey(group.private))).plaintext) === t28.pt;
    return out;
  }, vectors);
  expect(result).toEqual({ a3Exact: true, a2: 'Live long and prosper.', c53: true, c54: true, c513: [0, 1, 2], x448Z: true, x448: 'x448', a192gcm: true });
});
