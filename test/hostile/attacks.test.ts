/**
 * Known attacks the catalogue lacked tests for (issue 14): ES384/ES512 psychic signatures, every
 * small-order X25519 point, a 1 GiB zip bomb as a compact token, and very long kids.
 */
import { generateKeyPairSync } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { x25519 } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import * as reference from 'jose';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_DECOMPRESSED_BYTES, MAX_ECHO_CHARS, decrypt, encrypt, importKey, inspect, serializeCompact, sign, verify,
  type JoseKey, type JoseKeySet, type Jwk,
} from '../../src/jose/index.ts';
import { encryptContent } from '../../src/jose/jwe/content/aead.ts';
import { decodeView } from '../../src/features/decoder/logic/view.ts';
import { joseError } from '../jwe/helpers.ts';
import { SMALL_ORDER_X25519, zerosBomb } from './hostile-inputs.ts';

const b64 = (x: Uint8Array | string) => Buffer.from(x).toString('base64url');
const be = (n: bigint, size: number) => Buffer.from(n.toString(16).padStart(size * 2, '0'), 'hex');

describe('psychic signatures (CVE-2022-21449) on every ECDSA curve', () => {
  const curves = [
    { alg: 'ES256', crv: 'P-256', size: 32, n: p256.Point.CURVE().n },
    { alg: 'ES384', crv: 'P-384', size: 48, n: p384.Point.CURVE().n },
    { alg: 'ES512', crv: 'P-521', size: 66, n: p521.Point.CURVE().n },
  ] as const;
  for (const { alg, crv, size, n } of curves) {
    it(`${alg}: r and s of 0, 1, n-1, n and n+1 never verify, and the reference library agrees`, async () => {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: crv });
      const jwk = publicKey.export({ format: 'jwk' }) as Jwk;
      const key = (await importKey(jwk)) as JoseKey;
      const good = serializeCompact(await sign({ sub: 'x' }, (await importKey(privateKey.export({ format: 'jwk' }))) as JoseKey, { alg }));
      const [h, p] = good.split('.');
      expect((await verify(good, key)).alg).toBe(alg);
      const values = [0n, 1n, n - 1n, n, n + 1n];
      for (const r of values) {
        for (const s of values) {
          const token = `${h}.${p}.${b64(Buffer.concat([be(r, size), be(s, size)]))}`;
          const error = await joseError(verify(token, key));
          expect(error.code, `r=${r} s=${s}`).toBe('ERR_SIGNATURE_INVALID');
          // r is checked first: the message names the first scalar out of [1, n-1].
          if (r === 0n || (r < n && s === 0n)) expect(error.message).toContain('psychic');
          await expect(reference.compactVerify(token, await reference.importJWK(jwk as reference.JWK, alg))).rejects.toThrow();
        }
      }
    });
  }
});

const SMALL_ORDER_POINTS = SMALL_ORDER_X25519;

describe('every small-order X25519 point (RFC 7748)', () => {
  it('each one really makes an all-zero secret (checked with @noble/curves, not the engine)', () => {
    const scalar = x25519.utils.randomSecretKey();
    for (const point of SMALL_ORDER_POINTS) expect(() => x25519.getSharedSecret(scalar, point), b64(point)).toThrow();
  });

  it('as the "epk" of an ECDH-ES JWE each is refused: ERR_KEY_INVALID naming the epk, before any content is decrypted', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('x25519');
    const key = (await importKey(privateKey.export({ format: 'jwk' }))) as JoseKey;
    for (const alg of ['ECDH-ES', 'ECDH-ES+A128KW'] as const) {
      const good = await encrypt('secret', (await importKey(publicKey.export({ format: 'jwk' }))) as JoseKey, { alg, enc: 'A128GCM' });
      const header = JSON.parse(Buffer.from(good.protected!, 'base64url').toString()) as Record<string, unknown>;
      for (const point of SMALL_ORDER_POINTS) {
        const token = serializeCompact({ ...good, protected: b64(JSON.stringify({ ...header, epk: { kty: 'OKP', crv: 'X25519', x: b64(point) } })) });
        const error = await joseError(decrypt(token, key));
        expect(error.code, `${alg} ${b64(point)}: ${error.message}`).toBe('ERR_KEY_INVALID');
      }
    }
  });
});

describe('a 1 GiB zip bomb as a compact JWE', () => {
  it('the bomb is what it claims: 3 repeats inflate to exactly 4 MiB of zeros', async () => {
    const small = inflateRawSync(await zerosBomb(4));
    expect(small.length).toBe(4 << 20);
    expect(small.every((b) => b === 0)).toBe(true);
  });

  it('decrypt stops at the inflate cap with ERR_LIMIT_EXCEEDED, and the decoder shows the token', async () => {
    const bomb = await zerosBomb(1024);
    expect(bomb.length).toBeLessThan(2 << 20);
    const cekJwk = { kty: 'oct', k: b64(new Uint8Array(16).fill(7)) };
    const key = (await importKey(cekJwk)) as JoseKey;
    const header = b64(JSON.stringify({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' }));
    const iv = new Uint8Array(12).fill(1);
    const { ciphertext, tag } = await encryptContent('A128GCM', new Uint8Array(16).fill(7), iv, new Uint8Array(bomb), new TextEncoder().encode(header));
    const token = [header, '', b64(iv), b64(ciphertext), b64(tag)].join('.');
    const error = await joseError(decrypt(token, key));
    expect(error.code).toBe('ERR_LIMIT_EXCEEDED');
    expect(error.message).toContain(String(DEFAULT_MAX_DECOMPRESSED_BYTES));
    const view = decodeView(token);
    expect([view.kind, view.wellFormed]).toEqual(['JWE', true]);
  }, 60_000);
});

describe('very long kids', () => {
  for (const size of [1_000_000, 10_000_000]) {
    it(`a ${size.toLocaleString('en')}-character kid is echoed as ${MAX_ECHO_CHARS} characters and its length`, async () => {
      const kid = 'k'.repeat(size);
      const token = `${b64(JSON.stringify({ alg: 'HS256', kid }))}.${b64('{}')}.${b64(new Uint8Array(32))}`;
      const jwks = (await importKey({ keys: [{ kty: 'oct', kid: 'a', k: b64(new Uint8Array(32).fill(1)) }, { kty: 'oct', kid: 'b', k: b64(new Uint8Array(32).fill(2)) }] })) as JoseKeySet;
      const error = await joseError(verify(token, jwks));
      expect(error.code).toBe('ERR_KEY_NOT_FOUND');
      expect(error.message.length).toBeLessThan(MAX_ECHO_CHARS + 200);
      expect(error.message).toContain(`… (${size} characters)`);
      const r = inspect(`${b64(JSON.stringify({ alg: 'HS256', kid: `../${kid}` }))}.e30.AAAA`);
      for (const f of r.findings) expect(f.message.length, f.code).toBeLessThan(MAX_ECHO_CHARS + 300);
      expect(r.findings.some((f) => f.code === 'KID_SUSPICIOUS')).toBe(true);
    });
  }
});
