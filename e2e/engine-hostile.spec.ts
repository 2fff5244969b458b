import { generateKeyPairSync } from 'node:crypto';
import { p384, p521 } from '@noble/curves/nist.js';
import { expect, test } from './fixtures.ts';
import { openEngine } from './engine-harness.ts';
import { encryptContent } from '../src/jose/jwe/content/aead.ts';
import type * as EngineModule from '../src/jose/index.ts';
import type { JoseKey } from '../src/jose/index.ts';
import { SMALL_ORDER_X25519, zerosBomb } from '../test/hostile/hostile-inputs.ts';

/**
 * Known attacks against the engine inside Chromium, whose Web Crypto does the ECDSA, X25519 and
 * (through DecompressionStream) inflate work here, unlike Node's: psychic ES384/ES512 signatures,
 * every small-order X25519 point as an "epk", and a 1 GiB zip bomb in a compact JWE.
 */
type Engine = typeof EngineModule;

const b64 = (x: Uint8Array | string) => Buffer.from(x).toString('base64url');
const be = (n: bigint, size: number) => Buffer.from(n.toString(16).padStart(size * 2, '0'), 'hex');

test('psychic signatures on P-384 and P-521 (r, s of 0 or n) are ERR_SIGNATURE_INVALID in Chromium', async ({ page }) => {
  await openEngine(page);
  const cases = [
    { alg: 'ES384', crv: 'P-384', size: 48, n: p384.Point.CURVE().n },
    { alg: 'ES512', crv: 'P-521', size: 66, n: p521.Point.CURVE().n },
  ].map(({ alg, crv, size, n }) => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: crv });
    const signatures = [[0n, 0n], [n, n], [0n, 1n], [1n, n]].map(([r, s]) => b64(Buffer.concat([be(r!, size), be(s!, size)])));
    return { alg, publicJwk: publicKey.export({ format: 'jwk' }), privateJwk: privateKey.export({ format: 'jwk' }), signatures };
  });
  const codes = await page.evaluate(async (cases) => {
    const path = '/src/jose/index.ts';
    const jose = (await import(/* @vite-ignore */ path)) as Engine;
    const out: string[] = [];
    for (const c of cases) {
      const key = await jose.importKey(c.publicJwk);
      const good = jose.serializeCompact(await jose.sign({ sub: 'x' }, (await jose.importKey(c.privateJwk)) as JoseKey, { alg: c.alg as 'ES384' }));
      out.push(`${c.alg} good: ${(await jose.verify(good, key)).alg}`);
      const [h, p] = good.split('.');
      for (const sig of c.signatures) out.push(await jose.verify(`${h}.${p}.${sig}`, key).then(() => 'VERIFIED', (e: { code: string }) => e.code));
    }
    return out;
  }, cases);
  expect(codes).toEqual(['ES384 good: ES384', ...Array(4).fill('ERR_SIGNATURE_INVALID'), 'ES512 good: ES512', ...Array(4).fill('ERR_SIGNATURE_INVALID')]);
});

test('every small-order X25519 point as the "epk" is ERR_KEY_INVALID in Chromium', async ({ page }) => {
  await openEngine(page);
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const codes = await page.evaluate(
    async ({ publicJwk, privateJwk, points }) => {
      const path = '/src/jose/index.ts';
    const jose = (await import(/* @vite-ignore */ path)) as Engine;
      const key = await jose.importKey(privateJwk);
      const good = await jose.encrypt('secret', (await jose.importKey(publicJwk)) as JoseKey, { alg: 'ECDH-ES', enc: 'A128GCM' });
      const header = JSON.parse(new TextDecoder().decode(jose.base64urlDecode(good.protected!)));
      const out: string[] = [(await jose.decrypt(jose.serializeCompact(good), key)).text ?? ''];
      for (const x of points) {
        const protectedHeader = jose.base64urlEncode(new TextEncoder().encode(JSON.stringify({ ...header, epk: { kty: 'OKP', crv: 'X25519', x } })));
        out.push(await jose.decrypt(jose.serializeCompact({ ...good, protected: protectedHeader }), key).then(() => 'DECRYPTED', (e: { code: string }) => e.code));
      }
      return out;
    },
    { publicJwk: publicKey.export({ format: 'jwk' }), privateJwk: privateKey.export({ format: 'jwk' }), points: SMALL_ORDER_X25519.map(b64) },
  );
  expect(codes).toEqual(['secret', ...Array(SMALL_ORDER_X25519.length).fill('ERR_KEY_INVALID')]);
});

test('a 1 GiB zip bomb in a compact JWE stops at the inflate cap in Chromium: ERR_LIMIT_EXCEEDED', async ({ page }) => {
  await openEngine(page);
  const cek = new Uint8Array(16).fill(7);
  const header = b64(JSON.stringify({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' }));
  const iv = new Uint8Array(12).fill(1);
  const { ciphertext, tag } = await encryptContent('A128GCM', cek, iv, new Uint8Array(await zerosBomb(1024)), new TextEncoder().encode(header));
  const token = [header, '', b64(iv), b64(ciphertext), b64(tag)].join('.');
  const outcome = await page.evaluate(
    async ({ token, k }) => {
      const path = '/src/jose/index.ts';
    const jose = (await import(/* @vite-ignore */ path)) as Engine;
      return jose.decrypt(token, await jose.importKey({ kty: 'oct', k })).then(() => 'DECRYPTED', (e: { code: string; message: string }) => `${e.code}: ${e.message}`);
    },
    { token, k: b64(cek) },
  );
  expect(outcome).toMatch(/^ERR_LIMIT_EXCEEDED: .*maxDecompressedBytes/);
});
