/**
 * Wrong types and wrong answers of issue 14: untrusted JSON members are type-checked (JoseError
 * naming the member), caller bugs are TypeErrors in our words, an empty "encrypted_key" is refused,
 * the confusion guard sees a public key in every encoding it travels in, and the RSA1_5 trace is no
 * padding oracle unless a teaching view asks.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import * as reference from 'jose';
import { describe, expect, it } from 'vitest';
import { checkToken } from '../../src/features/decoder/logic/check.ts';
import {
  MAX_JSON_DEPTH, createTrace, decrypt, encrypt, importKey, serializeCompact, serializeJson, sign, verify,
  type JoseKey, type Trace,
} from '../../src/jose/index.ts';
import { joseError } from '../jwe/helpers.ts';

const b64 = (x: Uint8Array | string) => Buffer.from(x).toString('base64url');
const enc = new TextEncoder();

describe('every member of an untrusted JWK is type-checked', () => {
  it('{"use":{"toString":1}} is ERR_KEY_INVALID naming "use" (it was a TypeError)', async () => {
    const error = await joseError(importKey('{"kty":"oct","k":"AAAA","use":{"toString":1}}'));
    expect([error.code, error.details?.member]).toEqual(['ERR_KEY_INVALID', 'use']);
  });

  it('kid, alg, use, x5u, x5t must be strings; key_ops and x5c arrays of strings; ext a boolean', async () => {
    const cases: [string, unknown][] = [['kid', 5], ['alg', ['HS256']], ['use', null], ['x5u', {}], ['x5t', 1], ['x5t#S256', true], ['key_ops', 'sign'], ['key_ops', [1]], ['x5c', 'MIIB'], ['ext', 'yes'], ['kty', { toString: 1 }]];
    for (const [member, value] of cases) {
      const error = await joseError(importKey({ kty: 'oct', k: 'AAAA', [member]: value }));
      expect([error.code, error.details?.member], `${member}: ${error.message}`).toEqual(['ERR_KEY_INVALID', member]);
    }
    expect((await joseError(importKey({ kty: 'EC', crv: { toString: 1 }, x: 'AA', y: 'AA' }))).details?.member).toBe('crv');
  });
});

describe("a caller's wrong option is a TypeError in our words; a hostile header is a JoseError", () => {
  const secret = () => importKey({ kty: 'oct', k: b64(randomBytes(32)) }) as Promise<JoseKey>;
  const deep = () => {
    let o: Record<string, unknown> = { end: true };
    for (let i = 0; i < 10_000; i++) o = { a: o };
    return o;
  };

  it('encrypt with header: null, a bigint or a cycle names the option; no options at all too', async () => {
    const key = await secret();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const header of [null, 'x', [], { n: 10n }, cycle, new Map()]) {
      const error = await encrypt('x', key, { alg: 'dir', enc: 'A256GCM', header: header as never }).catch((e: unknown) => e);
      expect(error, String(header)).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^encrypt: the (option "header"|header) /);
    }
    await expect(encrypt('x', key, undefined as never)).rejects.toThrow(/^encrypt: the third argument/);
    await expect(sign('x', key, null as never)).rejects.toThrow(/^sign: the third argument/);
    await expect(sign('x', key, { alg: 'HS256', header: null as never })).rejects.toThrow(/^sign: the option "header" must be a JSON object, not null/);
  });

  it('a header nested 10,000 deep is ERR_LIMIT_EXCEEDED naming the option (it was a RangeError)', async () => {
    const key = await secret();
    for (const error of [await joseError(sign('x', key, { alg: 'HS256', header: deep() as never })), await joseError(encrypt('x', key, { alg: 'dir', enc: 'A256GCM', header: deep() as never }))]) {
      expect([error.code, error.details?.option, error.details?.limit]).toEqual(['ERR_LIMIT_EXCEEDED', 'header', MAX_JSON_DEPTH]);
    }
    expect((await joseError(sign(deep(), key, { alg: 'HS256' }))).details?.option).toBe('payload');
  });
});

describe('"encrypted_key": "" in a JWE JSON serialization (RFC 7516 §7.2.1)', () => {
  it('is refused with ERR_MALFORMED at the member, as the reference library refuses it; absent is fine', async () => {
    for (const alg of ['dir', 'ECDH-ES'] as const) {
      const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const cek = { kty: 'oct', k: b64(randomBytes(16)) };
      const encryptKey = (await importKey(alg === 'dir' ? cek : pair.publicKey.export({ format: 'jwk' }))) as JoseKey;
      const decryptKey = (await importKey(alg === 'dir' ? cek : pair.privateKey.export({ format: 'jwk' }))) as JoseKey;
      const flattened = JSON.parse(serializeJson(await encrypt('hi', encryptKey, { alg, enc: 'A128GCM' }), { flattened: true })) as Record<string, unknown>;
      expect((await decrypt(JSON.stringify(flattened), decryptKey)).text).toBe('hi');
      const text = JSON.stringify({ ...flattened, encrypted_key: '' });
      const error = await joseError(decrypt(text, decryptKey));
      expect([error.code, error.segment, error.offset], error.message).toEqual(['ERR_MALFORMED', 'encrypted_key', text.indexOf('"encrypted_key"') + 16]);
      const refKey = alg === 'dir' ? Buffer.from(cek.k, 'base64url') : await reference.importJWK(pair.privateKey.export({ format: 'jwk' }) as reference.JWK, 'ECDH-ES');
      await expect(reference.flattenedDecrypt(JSON.parse(text) as reference.FlattenedJWE, refKey)).rejects.toThrow();
      const general = JSON.stringify({ ...flattened, recipients: [{ encrypted_key: '' }] });
      expect((await joseError(decrypt(general.replace('"protected"', '"x":0,"protected"'), decryptKey))).code).toBe('ERR_MALFORMED');
    }
  });
});

describe('the algorithm-confusion guard sees a public key in every encoding', () => {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const pkcs1 = publicKey.export({ type: 'pkcs1', format: 'der' });
  const n = Buffer.from(publicKey.export({ format: 'jwk' }).n!, 'base64url');
  const point = Buffer.concat([Buffer.from([4]), Buffer.from(ec.x!, 'base64url'), Buffer.from(ec.y!, 'base64url')]);
  const disguised: [string, Uint8Array][] = [
    ['PKCS#1 DER', pkcs1],
    ['base64 of SPKI DER', enc.encode(spki.toString('base64'))],
    ['hex of SPKI DER', enc.encode(spki.toString('hex'))],
    ['an ssh-rsa line', enc.encode(`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${b64(n).slice(0, 40)} me@host`)],
    ['the modulus as a JWK "n"', enc.encode(b64(n))],
    ['the modulus as openssl prints it', enc.encode(`Modulus=${n.toString('hex').toUpperCase()}`)],
    ['an EC point 04||x||y', point],
    ['SPKI DER (already caught)', spki],
  ];

  it('HS256 with each of them as the secret: ERR_KEY_MISMATCH with details.confusion, for sign and verify', async () => {
    const token = `${b64('{"alg":"HS256"}')}.${b64('{"admin":true}')}.${b64(randomBytes(32))}`;
    for (const [what, bytes] of disguised) {
      const key = (await importKey(bytes)) as JoseKey;
      for (const error of [await joseError(verify(token, key)), await joseError(sign('x', key, { alg: 'HS256' }))]) {
        expect([error.code, error.details?.confusion], `${what}: ${error.message}`).toEqual(['ERR_KEY_MISMATCH', true]);
      }
    }
  });

  it('ordinary secrets pass, including random ones of RSA-modulus sizes given as bytes or standard base64', async () => {
    for (const bytes of [randomBytes(32), randomBytes(64), randomBytes(256), randomBytes(512), enc.encode(randomBytes(256).toString('base64')), enc.encode('your-256-bit-secret'), enc.encode(randomBytes(32).toString('hex'))]) {
      const key = (await importKey(bytes)) as JoseKey;
      const jws = await sign('x', key, { alg: 'HS256' });
      expect((await verify(serializeCompact(jws), key)).alg).toBe('HS256');
    }
  });

  it('the decoder adds its ALG_CONFUSION finding when the "secret" is a disguised public key', async () => {
    const token = `${b64('{"alg":"HS256"}')}.${b64('{}')}.${b64(randomBytes(32))}`;
    const outcome = await checkToken({ token, kind: 'JWS', header: { alg: 'HS256' }, keyText: spki.toString('hex'), encoding: 'hex', maxPbes2Count: 10_000 });
    expect(outcome.status).toBe('Invalid signature');
    expect(outcome.findings.map((f) => f.code)).toContain('ALG_CONFUSION');
  });
});

describe('the RSA1_5 trace is no padding oracle for library callers', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const run = async (token: string, key: JoseKey, trace: Trace) => {
    const error = await joseError(decrypt(token, key, { algorithms: ['RSA1_5'], trace }));
    const step = trace.steps.find((s) => s.id === 'key-wrap')!;
    return { code: error.code, status: step.status, label: step.values.find((v) => v.name === 'cek')!.label };
  };

  it('a padding failure (wrong key) and a tag failure (good padding) trace alike, unless revealPaddingChecks is asked for', async () => {
    const mine = (await importKey(rsa.privateKey.export({ format: 'jwk' }))) as JoseKey;
    const theirs = (await importKey(other.privateKey.export({ format: 'jwk' }))) as JoseKey;
    const jwe = await encrypt('x', (await importKey(rsa.publicKey.export({ format: 'jwk' }))) as JoseKey, { alg: 'RSA1_5', enc: 'A128GCM' });
    const token = serializeCompact(jwe);
    const badTag = serializeCompact({ ...jwe, tag: b64(randomBytes(16)) });
    const padding = await run(token, theirs, createTrace('decrypt'));
    const tag = await run(badTag, mine, createTrace('decrypt'));
    expect(padding).toEqual(tag);
    expect(padding.code).toBe('ERR_TAG_MISMATCH');
    const shown = await run(token, theirs, createTrace('decrypt', { revealPaddingChecks: true }));
    const shownTag = await run(badTag, mine, createTrace('decrypt', { revealPaddingChecks: true }));
    expect(shown.label).toMatch(/Random CEK/);
    expect(shownTag.label).toMatch(/Recovered CEK/);
  });
});
