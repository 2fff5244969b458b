/**
 * How time grows with the payload, 1 KB to 10 MB, on a many-member JSON payload (the shape that
 * exposes a parser's per-member cost) and, for inspect, on one long string:
 * - inspect(token) against JSON.parse of the payload's decoded bytes (TextDecoder + JSON.parse: the
 *   least any reader of the payload does);
 * - verify HS256 against panva jwtVerify (it parses the claims too) and the bare HMAC verify;
 * - decrypt dir + A256GCM against panva jwtDecrypt (given a CryptoKey; it parses the claims too) and
 *   the bare AES-GCM decrypt.
 * - prettyJson (the Payload panel's pretty printer, keeping the text as written) against
 *   JSON.stringify(JSON.parse(text), null, 2), the platform's own re-indentation;
 * "growth" is this size's time over the previous (10x smaller) size's: linear work reads <= 10-11.
 */
import { jwtDecrypt, jwtVerify } from 'jose';
import type { JoseKey } from '../src/jose/index.ts';
import { loadEngine } from './engine.ts';
import { fmtMs, fmtRatio, howMeasured, interleaved, opsOf, pairedRatio, QUICK, selected, spreadOf, table, type Op } from './harness.ts';

const SIZES: [string, number][] = [['1 KB', 1e3], ['10 KB', 1e4], ['100 KB', 1e5], ['1 MB', 1e6], ['10 MB', 1e7]];
const subtle = crypto.subtle;

/** A JWT Claims Set of about `bytes` bytes made of many small members (about 8 per 70 bytes). */
export function manyMembers(bytes: number): object {
  const items: object[] = [];
  let size = 60;
  for (let i = 0; size < bytes; i++) {
    const item = { id: i, name: `item-${i}`, tags: ['a', 'b'], score: (i % 97) / 8, active: i % 2 === 0 };
    size += JSON.stringify(item).length + 1;
    items.push(item);
  }
  return { sub: 'bench', iat: 1700000000, exp: 4102444800, items };
}

/** A claims set of about `bytes` bytes that is one long string. */
function oneString(bytes: number): object {
  return { sub: 'bench', iat: 1700000000, exp: 4102444800, data: 'a'.repeat(Math.max(0, bytes - 60)) };
}

interface Row {
  op: string;
  size: string;
  x: Awaited<ReturnType<typeof interleaved>>;
  ref: string;
  bare?: string;
}

export default async function bench(): Promise<void> {
  const { engine, how } = await loadEngine();
  const { importKey, inspect, prettyJson, sign, verify, encrypt, decrypt, serializeCompact } = engine;
  const secret = crypto.getRandomValues(new Uint8Array(32));
  const hsKey = (await importKey({ kty: 'oct', k: Buffer.from(secret).toString('base64url') })) as JoseKey;
  const hmac = await subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const aes = await subtle.importKey('raw', secret, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const decoder = new TextDecoder();
  const rows: Row[] = [];
  const sizes = QUICK ? SIZES.slice(0, 4) : SIZES;
  for (const [label, bytes] of sizes) {
    if (QUICK) console.log(`sizes: ${label}`);
    for (const [shape, make] of [['many members', manyMembers], ['one string', oneString]] as const) {
      const claims = make(bytes);
      const payload = new TextEncoder().encode(JSON.stringify(claims));
      const jws = serializeCompact(await sign(payload, hsKey, { alg: 'HS256' }));
      if (selected(`inspect ${shape}`)) {
        const r = inspect(jws);
        if (r.problems.length || !r.claims) throw new Error(`inspect ${label}: ${r.problems[0]?.message ?? 'no claims'}`);
        const x = await interleaved({ ours: () => inspect(jws), ref: () => JSON.parse(decoder.decode(payload)) });
        rows.push({ op: `inspect, ${shape}`, size: label, x, ref: 'JSON.parse' });
      }
      if (shape !== 'many members') continue;
      if (selected('prettyJson')) {
        const text = decoder.decode(payload);
        if (prettyJson(text) === undefined) throw new Error(`prettyJson ${label}: not JSON`);
        const x = await interleaved({ ours: () => prettyJson(text), ref: () => JSON.stringify(JSON.parse(text), null, 2) });
        rows.push({ op: 'prettyJson', size: label, x, ref: 'JSON.stringify(JSON.parse)' });
      }
      if (selected('verify HS256')) {
        const [h, p, s] = jws.split('.') as [string, string, string];
        const input = new TextEncoder().encode(`${h}.${p}`);
        const sig = new Uint8Array(Buffer.from(s, 'base64url'));
        await verify(jws, hsKey);
        await jwtVerify(jws, hmac);
        if (!(await subtle.verify('HMAC', hmac, sig, input))) throw new Error('bare HMAC verify fails');
        const x = await interleaved({ ours: () => verify(jws, hsKey), ref: () => jwtVerify(jws, hmac), bare: () => subtle.verify('HMAC', hmac, sig, input) });
        rows.push({ op: 'verify HS256', size: label, x, ref: 'jwtVerify', bare: 'HMAC verify' });
      }
      if (selected('decrypt dir+A256GCM')) {
        const jwe = serializeCompact(await encrypt(payload, hsKey, { alg: 'dir', enc: 'A256GCM' }));
        const [h, , iv, ct, tag] = jwe.split('.') as [string, string, string, string, string];
        const sealed = new Uint8Array(Buffer.concat([Buffer.from(ct, 'base64url'), Buffer.from(tag, 'base64url')]));
        const ivBytes = new Uint8Array(Buffer.from(iv, 'base64url'));
        const aad = new TextEncoder().encode(h);
        await decrypt(jwe, hsKey);
        await jwtDecrypt(jwe, aes);
        const bare: Op = () => subtle.decrypt({ name: 'AES-GCM', iv: ivBytes, additionalData: aad }, aes, sealed);
        await bare();
        const x = await interleaved({ ours: () => decrypt(jwe, hsKey), ref: () => jwtDecrypt(jwe, aes), bare });
        rows.push({ op: 'decrypt dir+A256GCM', size: label, x, ref: 'jwtDecrypt', bare: 'AES-GCM decrypt' });
      }
    }
  }
  const out: string[][] = [];
  const previousOps = new Map<string, number>();
  for (const r of rows) {
    const ops = opsOf(r.x, 'ours')!;
    const previous = previousOps.get(r.op);
    previousOps.set(r.op, ops);
    const growth = previous ? (previous / ops).toFixed(1) : '';
    out.push([
      r.op, r.size,
      fmtMs(opsOf(r.x, 'ours')), `${fmtMs(opsOf(r.x, 'ref'))} ${r.ref}`, fmtRatio(pairedRatio(r.x, 'ours', 'ref')),
      r.bare ? `${fmtMs(opsOf(r.x, 'bare'))} ${r.bare}` : '', r.bare ? fmtRatio(pairedRatio(r.x, 'ours', 'bare')) : '',
      growth,
      spreadOf(r.x, r.bare ? [['ours', 'ref'], ['ours', 'bare']] : [['ours', 'ref']]),
    ]);
  }
  table(
    `Payload size (ms per call; ${howMeasured()}; ${how})\n  ratio = ours / other in ops/s (> 1: ours faster; for inspect, 0.33 means 3x the time of JSON.parse); growth: time over the 10x smaller size's`,
    ['operation', 'payload', 'ours ms', 'reference ms', 'ratio', 'bare ms', 'ours/bare', 'growth', 'spread'],
    out,
  );
}
