/**
 * The denial-of-service reproductions of issue 14, timed: each used to freeze a page or a worker for
 * seconds to minutes. Milliseconds of one call each (median of a few), with the size of what came
 * out, so a regression to quadratic work shows as a number here rather than as a flaky timed test.
 * Run from the TypeScript source (the decoder's view builder is app code, not part of the bundle
 * the other benches load).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { decodeView } from '../src/features/decoder/logic/view.ts';
import { decrypt, importKey, verify, type JoseKey, type JoseKeySet } from '../src/jose/index.ts';
import { bytesToBigInt } from '../src/jose/lib/bigint.ts';
import { median, QUICK, table } from './harness.ts';

const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64url');

async function ms(op: () => unknown, runs: number): Promise<{ ms: number; out: unknown }> {
  const times: number[] = [];
  let out: unknown;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    try {
      out = await op();
    } catch (error) {
      out = error;
    }
    times.push(performance.now() - t0);
  }
  return { ms: median(times), out };
}

const messageLength = (out: unknown) => (out instanceof Error ? `${out.message.length}-char message` : 'no error');

export default async function bench(): Promise<void> {
  const runs = QUICK ? 1 : 3;
  const rows: string[][] = [];
  const row = (what: string, size: string, r: { ms: number }, result: string) => rows.push([what, size, r.ms.toFixed(1), result]);

  // 1. 12,000 nested "[": the pretty-printed payload grew with the square of the depth.
  const depth = 12_000;
  const deep = `eyJhbGciOiJIUzI1NiJ9.${b64('['.repeat(depth) + ']'.repeat(depth))}.AAAA`;
  const view = await ms(() => decodeView(deep), runs);
  row('decodeView, 12,000 nested "["', `${deep.length} chars`, view, `payload view ${(view.out as ReturnType<typeof decodeView>).payload.text.length} chars`);

  // 2. BigInt conversion, RSA1_5 with a huge encrypted key, a JWK with a huge modulus.
  for (const kib of QUICK ? [128] : [32, 128, 256]) {
    const bytes = randomBytes(kib * 1024);
    row('bytesToBigInt', `${kib} KiB`, await ms(() => bytesToBigInt(bytes), runs), '');
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rsa = (await importKey(privateKey.export({ format: 'jwk' }))) as JoseKey;
  const header = b64('{"alg":"RSA1_5","enc":"A128CBC-HS256"}');
  const rsa15 = [header, b64(randomBytes(512 * 1024)), b64(randomBytes(16)), b64(randomBytes(16)), b64(randomBytes(16))].join('.');
  const opened = await ms(() => decrypt(rsa15, rsa, { algorithms: ['RSA1_5'] }), runs);
  row('decrypt RSA1_5, 512 KiB encrypted key', `${rsa15.length} chars`, opened, (opened.out as { code?: string }).code ?? 'decrypted');
  const bigN = JSON.stringify({ kty: 'RSA', n: b64(Buffer.concat([Buffer.from([0xc3]), randomBytes(512 * 1024 - 2), Buffer.from([1])])), e: 'AQAB' });
  const imported = await ms(() => importKey(bigN), runs);
  row('importKey, JWK with a 512 KiB "n"', `${bigN.length} chars`, imported, (imported.out as { code?: string }).code ?? 'imported');

  // 3. A 10 MB kid, echoed by the "no key has this kid" message.
  const kid = 'k'.repeat(10_000_000);
  const token = `${b64(JSON.stringify({ alg: 'HS256', kid }))}.${b64('{}')}.${b64(randomBytes(32))}`;
  const jwks = (await importKey(JSON.stringify({ keys: [{ kty: 'oct', kid: 'a', k: b64(randomBytes(32)) }, { kty: 'oct', kid: 'b', k: b64(randomBytes(32)) }] }))) as JoseKeySet;
  const refused = await ms(() => verify(token, jwks), runs);
  row('verify, 10 MB kid not in the JWKS', `${token.length} chars`, refused, messageLength(refused.out));

  table('Hostile input (issue 14): ms per call, median', ['case', 'input', 'ms', 'result'], rows);
}
