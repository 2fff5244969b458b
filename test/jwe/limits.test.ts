import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { encrypt } from '../../src/jose/jwe/encrypt.ts';
import { DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_PBES2_COUNT } from '../../src/jose/jwe/limits.ts';
import { JWE_ALGS } from '../../src/jose/lib/registry.ts';
import { createTrace } from '../../src/jose/lib/trace.ts';
import { serializeCompact } from '../../src/jose/serialize/compact.ts';
import { serializeJson } from '../../src/jose/serialize/json.ts';
import { curvePair, fixture } from './fixtures.ts';
import { joseError, jwk } from './helpers.ts';

const ALL = { algorithms: [...JWE_ALGS] };
const b = (x: Uint8Array | string) => Buffer.from(x).toString('base64url');

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work;
  return [value, performance.now() - start];
}

describe('limits: each refused quickly with its own code', () => {
  test('a zip bomb (40 KB of deflate, 40 MiB inflated) stops at the cap: ERR_LIMIT_EXCEEDED naming the option', async () => {
    const f = await fixture('dir', 'A128GCM');
    // Built from pre-deflated bytes: the engine's own encrypt would have to deflate 40 MiB first.
    const bomb = deflateRawSync(Buffer.alloc(40 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const { encryptContent } = await import('../../src/jose/jwe/content/aead.ts');
    const header = b(JSON.stringify({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' }));
    const iv = new Uint8Array(12).fill(1);
    const cek = new Uint8Array(Buffer.from(f.decryptJwk.k!, 'base64url'));
    const { ciphertext, tag } = await encryptContent('A128GCM', cek, iv, new Uint8Array(bomb), new TextEncoder().encode(header));
    const token = [header, '', b(iv), b(ciphertext), b(tag)].join('.');
    const [error, ms] = await timed(joseError(decrypt(token, f.decryptKey)));
    expect(error.code).toBe('ERR_LIMIT_EXCEEDED');
    expect(error.message).toContain(String(DEFAULT_MAX_DECOMPRESSED_BYTES));
    expect(error.message).toContain('maxDecompressedBytes');
    expect(ms).toBeLessThan(1000);
    // The cap is an option: a 2 MB plaintext needs it raised.
    const big = 'x'.repeat(2_000_000);
    const ok = await encrypt(big, f.encryptKey, { alg: 'dir', enc: 'A128GCM', zip: 'DEF' });
    expect((await joseError(decrypt(ok, f.decryptKey))).code).toBe('ERR_LIMIT_EXCEEDED');
    expect((await decrypt(ok, f.decryptKey, { maxDecompressedBytes: 3_000_000 })).text).toBe(big);
  });

  test('p2c = 10,000,000 is refused before any PBKDF2 work: ERR_LIMIT_EXCEEDED naming the cap and option', async () => {
    const f = await fixture('PBES2-HS512+A256KW', 'A256GCM');
    // Encrypting with 10M iterations would itself take seconds: the hostile header is built by hand.
    const good = await encrypt('x', f.encryptKey, { alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', p2c: 1000 });
    const header = JSON.parse(Buffer.from(good.protected!, 'base64url').toString()) as Record<string, unknown>;
    const token = serializeCompact({ ...good, protected: b(JSON.stringify({ ...header, p2c: 10_000_000 })) });
    const [error, ms] = await timed(joseError(decrypt(token, f.decryptKey, ALL)));
    expect(error.code).toBe('ERR_LIMIT_EXCEEDED');
    expect(error.message).toContain(String(DEFAULT_MAX_PBES2_COUNT));
    expect(error.message).toContain('maxPbes2Count');
    expect(ms).toBeLessThan(50);
    for (const p2c of [0, -1, 1.5, '1000', null, 1e21]) {
      const t = serializeCompact({ ...good, protected: b(JSON.stringify({ ...header, p2c })) });
      expect((await joseError(decrypt(t, f.decryptKey, ALL))).code, String(p2c)).toBe(p2c === 1e21 ? 'ERR_LIMIT_EXCEEDED' : 'ERR_MALFORMED');
    }
    const shortSalt = serializeCompact({ ...good, protected: b(JSON.stringify({ ...header, p2s: b('1234567') })) });
    expect((await joseError(decrypt(shortSalt, f.decryptKey, ALL))).code).toBe('ERR_MALFORMED');
    // Raised by option, a count above the default works (and is still checked against the new cap).
    const raised = await encrypt('raised', f.encryptKey, { alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', p2c: 12_000 });
    expect((await joseError(decrypt(raised, f.decryptKey, ALL))).code).toBe('ERR_LIMIT_EXCEEDED');
    expect((await decrypt(raised, f.decryptKey, { ...ALL, maxPbes2Count: 12_000 })).text).toBe('raised');
    // encrypt picks a random 16-byte p2s and the default p2c by itself.
    const picked = JSON.parse(Buffer.from((await encrypt('x', f.encryptKey, { alg: 'PBES2-HS512+A256KW', enc: 'A256GCM' })).protected!, 'base64url').toString());
    expect([Buffer.from(picked.p2s, 'base64url').length, picked.p2c]).toEqual([16, DEFAULT_MAX_PBES2_COUNT]);
  });

  test('a 5-segment token of garbage is refused at once with ERR_BASE64URL / ERR_MALFORMED', async () => {
    const f = await fixture('A128KW', 'A128GCM');
    for (const token of ['a.b.c.d.e', '....', 'eyJ9.!!.??.**.##', `${'A'.repeat(100_000)}.x.y.z.w`, 'e30.AAAA.AAAA.AAAA.AAAA', 'eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4R0NNIn0.AAAA.AAAA.AAAA.AAAA']) {
      const [error, ms] = await timed(joseError(decrypt(token, f.decryptKey)));
      expect(['ERR_BASE64URL', 'ERR_MALFORMED', 'ERR_JSON'], `${token.slice(0, 30)}: ${error.code} ${error.message}`).toContain(error.code);
      expect(ms).toBeLessThan(100);
    }
  });
});

describe('ECDH-ES: the epk is validated before any derivation', () => {
  test('X25519 small-order point, epk with "d", wrong curve, off-curve point: ERR_KEY_INVALID', async () => {
    const x = curvePair('X25519');
    const key = await jwk(x.privateJwk);
    const good = await encrypt('x', await jwk(x.publicJwk), { alg: 'ECDH-ES+A128KW', enc: 'A128GCM' });
    const header = JSON.parse(Buffer.from(good.protected!, 'base64url').toString()) as Record<string, unknown>;
    const withEpk = (epk: object) => serializeCompact({ ...good, protected: b(JSON.stringify({ ...header, epk })) });
    const zero = await joseError(decrypt(withEpk({ kty: 'OKP', crv: 'X25519', x: b(new Uint8Array(32)) }), key));
    expect(zero.code).toBe('ERR_KEY_INVALID');
    expect((await joseError(decrypt(withEpk({ ...(header.epk as object), d: x.privateJwk.d }), key))).code).toBe('ERR_KEY_INVALID');
    expect((await joseError(decrypt(withEpk(curvePair('X448').publicJwk), key))).code).toBe('ERR_KEY_INVALID');
    const p = curvePair('P-256');
    const pKey = await jwk(p.privateJwk);
    const pGood = await encrypt('x', await jwk(p.publicJwk), { alg: 'ECDH-ES', enc: 'A128GCM' });
    const pHeader = JSON.parse(Buffer.from(pGood.protected!, 'base64url').toString()) as { epk: { y: string } };
    const y = Buffer.from(pHeader.epk.y, 'base64url');
    y[31]! ^= 1;
    const offCurve = serializeCompact({ ...pGood, protected: b(JSON.stringify({ ...pHeader, epk: { ...pHeader.epk, y: b(y) } })) });
    expect((await joseError(decrypt(offCurve, pKey))).code).toBe('ERR_KEY_INVALID');
    expect((await joseError(decrypt(serializeCompact({ ...pGood, protected: b(JSON.stringify({ alg: 'ECDH-ES', enc: 'A128GCM' })) }), pKey))).code).toBe('ERR_MALFORMED');
  });
});

describe('structure', () => {
  test('zip only in the protected header; only "DEF"', async () => {
    const f = await fixture('A128KW', 'A128GCM');
    const jwe = await encrypt('x', f.encryptKey, { alg: 'A128KW', enc: 'A128GCM', unprotected: { zip: 'DEF' } }).catch((e: unknown) => e);
    expect((jwe as { code: string }).code).toBe('ERR_MALFORMED');
    const ok = await encrypt('x', f.encryptKey, { alg: 'A128KW', enc: 'A128GCM', unprotected: { kid: 'k' } });
    const json = JSON.parse(serializeJson(ok)) as Record<string, unknown>;
    json.unprotected = { kid: 'k', zip: 'DEF' };
    expect((await joseError(decrypt(JSON.stringify(json), f.decryptKey))).code).toBe('ERR_MALFORMED');
    json.unprotected = { kid: 'k', enc: 'A128GCM' };
    expect((await joseError(decrypt(JSON.stringify(json), f.decryptKey))).code).toBe('ERR_MALFORMED');
  });
});

describe('trace: values of every step, and the failing step marked', () => {
  test('a wrong AES-KW key fails at the key-wrap step', async () => {
    const f = await fixture('A192KW', 'A192CBC-HS384');
    const other = await fixture('A192KW', 'A192CBC-HS384');
    const jwe = await encrypt('x', f.encryptKey, { alg: 'A192KW', enc: 'A192CBC-HS384' });
    const trace = createTrace('decrypt');
    const error = await joseError(decrypt(jwe, other.decryptKey, { trace }));
    expect(error.code).toBe('ERR_KEY_UNWRAP_FAILED');
    const failed = trace.steps.filter((s) => s.status === 'failed');
    expect(failed.map((s) => s.id)).toEqual(['key-wrap']);
  });

  test('a tag mismatch shows the computed tag next to the received one', async () => {
    const f = await fixture('dir', 'A256CBC-HS512');
    const jwe = await encrypt('x', f.encryptKey, { alg: 'dir', enc: 'A256CBC-HS512' });
    const tag = Buffer.from(jwe.tag, 'base64url');
    tag[5]! ^= 0x80;
    const trace = createTrace('decrypt');
    const error = await joseError(decrypt({ ...jwe, tag: b(tag) }, f.decryptKey, { trace }));
    expect(error.code).toBe('ERR_TAG_MISMATCH');
    const step = trace.steps.find((s) => s.id === 'tag-check')!;
    expect(step.status).toBe('failed');
    const names = step.values.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['tag.computed', 'tag.received', 'mac', 'al']));
    expect(trace.steps.some((s) => s.id === 'content-decryption')).toBe(false); // no CBC decryption after a bad tag
  });

  test('ECDH-ES encrypt traces the ephemeral key pair (with "d"), Z, the KDF fields and the derived key', async () => {
    for (const crv of ['P-521', 'X25519', 'X448'] as const) {
      const f = await fixture('ECDH-ES+A256KW', 'A256GCM', crv);
      const trace = createTrace('encrypt');
      await encrypt('x', f.encryptKey, { alg: 'ECDH-ES+A256KW', enc: 'A256GCM', trace });
      const step = trace.steps.find((s) => s.id === 'key-agreement')!;
      const pair = JSON.parse(step.values.find((v) => v.name === 'epk.private')!.text!) as { d?: string; crv: string };
      expect([pair.crv, typeof pair.d]).toEqual([crv, 'string']);
      const names = trace.steps.flatMap((s) => s.values.map((v) => v.name));
      expect(names).toEqual(expect.arrayContaining(['z', 'kdf.otherInfo.algorithmId', 'kdf.otherInfo.partyUInfo', 'kdf.otherInfo.partyVInfo', 'kdf.otherInfo.suppPubInfo', 'kdf.derivedKey', 'kek', 'encryptedKey']));
    }
  });

  test('encrypt traces the CEK, the KEK, the wrapped key, IV, AAD, ciphertext and tag', async () => {
    const f = await fixture('A128GCMKW', 'A128GCM');
    const trace = createTrace('encrypt');
    await encrypt('x', f.encryptKey, { alg: 'A128GCMKW', enc: 'A128GCM', trace });
    const names = trace.steps.flatMap((s) => s.values.map((v) => v.name));
    expect(names).toEqual(expect.arrayContaining(['cek', 'kek', 'encryptedKey', 'kw.iv', 'kw.tag', 'protectedHeader', 'iv', 'aad', 'ciphertext', 'tag', 'plaintext']));
  });
});
