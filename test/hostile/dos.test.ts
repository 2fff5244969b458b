/**
 * The denial-of-service reproductions of issue 14, as bounds on work and output: each of these
 * once froze a page or a worker for seconds to minutes (bench/hostile.ts times them). The tests
 * assert sizes, codes and locations; the only clock is vitest's timeout, which the old code blew
 * through by minutes.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeView } from '../../src/features/decoder/logic/view.ts';
import { readKeyMaterial } from '../../src/features/keys/keyReport.ts';
import { MAX_RSA_MODULUS_BITS, decrypt, echo, importKey, verify, type JoseKey } from '../../src/jose/index.ts';
import { echoList } from '../../src/jose/lib/errors.ts';
import { bigIntToBytes, bytesToBigInt } from '../../src/jose/lib/bigint.ts';
import { joseError } from '../jwe/helpers.ts';

const b64 = (x: Uint8Array | string) => Buffer.from(x).toString('base64url');

describe('12,000 nested "[" in a 32 KB token', () => {
  const depth = 12_000;
  const token = `eyJhbGciOiJIUzI1NiJ9.${b64('['.repeat(depth) + ']'.repeat(depth))}.AAAA`;

  it('the decoder view stays proportional to the token (it was 288 million characters) and says where the limit was hit', () => {
    expect(token.length).toBeLessThan(32 * 1024);
    const view = decodeView(token);
    expect(view.payload.mode).toBe('json');
    expect(view.payload.text.length).toBeLessThan(2 * depth + 2000);
    const limit = view.problems.find((p) => p.code === 'JSON_LIMIT')!;
    expect(limit.message).toMatch(/nests deeper than 64 levels \(at line 1, column 65\)/);
    expect(limit.blocking).toBe(false);
    expect(limit.offset).toBeGreaterThan(21);
    expect(limit.offset).toBeLessThan(21 + 100);
  });

  it('a JWK nested as deep gives the Keys screen a located error', async () => {
    const text = `{"kty":"oct","k":"AAAA","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    await expect(readKeyMaterial(text, 'utf8')).rejects.toThrow(/nests deeper than 64 levels \(at line 1, column \d+\)/);
  });
});

describe('big integers convert in linear time', () => {
  it('bytesToBigInt and bigIntToBytes agree with BigInt hex parsing, leading zeros and all', () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array([0]), new Uint8Array([0, 0, 1]), new Uint8Array([255, 0]), randomBytes(257)]) {
      const n = bytesToBigInt(bytes);
      expect(n).toBe(bytes.length ? BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`) : 0n);
      expect(Buffer.from(bigIntToBytes(n, bytes.length)).equals(Buffer.from(bytes))).toBe(true);
    }
    expect([...bigIntToBytes(258n, 1)]).toEqual([2]);
    expect([...bigIntToBytes(1n, 0)]).toEqual([]);
  });

  it('256 KiB converts (the old byte-at-a-time shift took a minute and more)', () => {
    const bytes = randomBytes(256 * 1024);
    const n = bytesToBigInt(bytes);
    expect(n.toString(16).length).toBeGreaterThan(256 * 1024 * 2 - 2);
    expect(Buffer.from(bigIntToBytes(n, bytes.length)).equals(bytes)).toBe(true);
  });
});

describe('RSA sizes are checked before any arithmetic', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });

  it('RSA1_5 with a 512 KiB encrypted key fails like any wrong key (ERR_TAG_MISMATCH), without converting it', async () => {
    const key = (await importKey(jwk)) as JoseKey;
    const token = [b64('{"alg":"RSA1_5","enc":"A128CBC-HS256"}'), b64(randomBytes(512 * 1024)), b64(randomBytes(16)), b64(randomBytes(16)), b64(randomBytes(16))].join('.');
    expect((await joseError(decrypt(token, key, { algorithms: ['RSA1_5'] }))).code).toBe('ERR_TAG_MISMATCH');
  });

  it(`a modulus over ${MAX_RSA_MODULUS_BITS} bits is ERR_LIMIT_EXCEEDED naming "n" (a 512 KiB one froze the Keys tab); exactly ${MAX_RSA_MODULUS_BITS} is read`, async () => {
    const modulus = (bits: number) => {
      const bytes = randomBytes(Math.ceil(bits / 8));
      bytes[0] = (bytes[0]! | 0x80) >> (8 * bytes.length - bits);
      bytes[bytes.length - 1]! |= 1;
      return b64(bytes);
    };
    const huge = await joseError(importKey({ kty: 'RSA', n: modulus(512 * 1024 * 8), e: 'AQAB' }));
    expect([huge.code, huge.details?.member, huge.details?.limit]).toEqual(['ERR_LIMIT_EXCEEDED', 'n', MAX_RSA_MODULUS_BITS]);
    expect((await joseError(importKey({ kty: 'RSA', n: modulus(MAX_RSA_MODULUS_BITS + 1), e: 'AQAB' }))).code).toBe('ERR_LIMIT_EXCEEDED');
    expect(((await importKey({ kty: 'RSA', n: modulus(MAX_RSA_MODULUS_BITS), e: 'AQAB' })) as JoseKey).bits).toBe(MAX_RSA_MODULUS_BITS);
  });

  it('an exponent or a private member larger than the modulus is refused by name before any arithmetic', async () => {
    const long = b64(Buffer.concat([Buffer.from([1]), randomBytes(300)]));
    const e = await joseError(importKey({ ...jwk, e: b64(Buffer.from([1, 0, 0, 0, 0, 0, 0, 0, 1])) }));
    expect([e.code, e.details?.member]).toEqual(['ERR_KEY_INVALID', 'e']);
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
      const error = await joseError(importKey({ ...jwk, [member]: long }));
      expect([error.code, error.details?.member], member).toEqual(['ERR_KEY_INVALID', member]);
    }
    expect((await joseError(importKey({ ...jwk, oth: [] }))).details?.member).toBe('oth');
  });
});

describe('echoed values are truncated in every message', () => {
  it('echo() shows 200 characters and the length, quotes strings, never calls the value', () => {
    expect(echo('abc')).toBe('"abc"');
    const long = echo('x'.repeat(1_000_000));
    expect(long).toBe(`"${'x'.repeat(200)}"… (1000000 characters)`);
    expect(echo({ toString: 1, valueOf: {} })).toBe('{"toString":1,"valueOf":{}}');
    expect(echo([1, 'a', null, true])).toBe('[1,"a",null,true]');
    expect(echo(Array.from({ length: 1e6 }, (_, i) => i)).length).toBeLessThan(210);
    // A surrogate pair is never cut in half at the limit.
    expect(echo(`${'a'.repeat(199)}😀tail`)).toBe(`"${'a'.repeat(199)}"… (205 characters)`);
    expect(echo(undefined)).toBe('undefined');
  });

  it('echoList() shows five values through echo() and counts the rest', () => {
    expect(echoList(['a', 'b'])).toBe('"a", "b"');
    expect(echoList(Array.from({ length: 10_000 }, () => 'k'.repeat(1_000_000)))).toMatch(/^("k{200}"… \(1000000 characters\)(, )?){5} and 9995 more$/);
  });

  it('a JWKS whose keys fit no alg: the message lists five kids bounded, not 1,000 kids of 10 KB', async () => {
    const keys = Array.from({ length: 1000 }, (_, i) => ({ kty: 'oct', kid: `${i}${'k'.repeat(10_000)}`, k: b64(randomBytes(32)) }));
    const token = `${b64('{"alg":"ES256"}')}.${b64('{}')}.${b64(randomBytes(64))}`;
    const error = await joseError(verify(token, await importKey({ keys })));
    expect(error.code).toBe('ERR_KEY_NOT_FOUND');
    expect(error.message.length).toBeLessThan(2000);
    expect(error.message).toContain('and 995 more');
  });
});
