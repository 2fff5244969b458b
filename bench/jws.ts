/**
 * JWS sign and verify, per alg: this engine, panva `jose` (CompactSign / compactVerify, and jwtVerify,
 * which like our verify also parses and checks the claims), and the bare primitive call (Web Crypto,
 * or @noble for ES256K) on the same signing input with a pre-imported key: the floor any wrapper adds to.
 */
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import * as panva from 'jose';
import { importKey, sign, verify, serializeCompact, type JoseKey } from '../src/jose/index.ts';
import { fmt, opsPerSecond, ratio, table } from './harness.ts';

type Case = { name: string; alg: string; priv: object; pub: object; panva: boolean; bare: (data: Uint8Array) => Promise<{ sign: () => Promise<unknown>; verify: (sig: Uint8Array) => Promise<unknown> }> };

function jwkPair(kp: { privateKey: KeyObject; publicKey: KeyObject }) {
  return { priv: kp.privateKey.export({ format: 'jwk' }), pub: kp.publicKey.export({ format: 'jwk' }) };
}

function webCryptoBare(importAlg: AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams | HmacImportParams, runAlg: AlgorithmIdentifier | RsaPssParams | EcdsaParams, priv: JsonWebKey, pub: JsonWebKey) {
  return async (data: Uint8Array) => {
    const { alg: _a, ...sk } = priv as JsonWebKey & { alg?: string };
    const { alg: _b, ...pk } = pub as JsonWebKey & { alg?: string };
    const sKey = await crypto.subtle.importKey('jwk', sk, importAlg, false, ['sign']);
    const vKey = await crypto.subtle.importKey('jwk', pk, importAlg, false, ['verify']);
    return {
      sign: () => crypto.subtle.sign(runAlg, sKey, data as Uint8Array<ArrayBuffer>),
      verify: (sig: Uint8Array) => crypto.subtle.verify(runAlg, vKey, sig as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>),
    };
  };
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const bits of [256, 384, 512]) {
    const k = { kty: 'oct', k: randomBytes(bits / 8).toString('base64url') };
    const hash = `SHA-${bits}`;
    out.push({ name: `HS${bits}`, alg: `HS${bits}`, priv: k, pub: k, panva: true, bare: webCryptoBare({ name: 'HMAC', hash }, 'HMAC', k as JsonWebKey, k as JsonWebKey) });
  }
  const rsa = jwkPair(generateKeyPairSync('rsa', { modulusLength: 2048 }));
  for (const bits of [256, 384, 512]) {
    const hash = `SHA-${bits}`;
    out.push({ name: `RS${bits}`, alg: `RS${bits}`, ...rsa, panva: true, bare: webCryptoBare({ name: 'RSASSA-PKCS1-v1_5', hash }, 'RSASSA-PKCS1-v1_5', rsa.priv, rsa.pub) });
    out.push({ name: `PS${bits}`, alg: `PS${bits}`, ...rsa, panva: true, bare: webCryptoBare({ name: 'RSA-PSS', hash }, { name: 'RSA-PSS', saltLength: bits / 8 } as RsaPssParams, rsa.priv, rsa.pub) });
  }
  for (const [alg, crv, hash] of [['ES256', 'P-256', 'SHA-256'], ['ES384', 'P-384', 'SHA-384'], ['ES512', 'P-521', 'SHA-512']] as const) {
    const p = jwkPair(generateKeyPairSync('ec', { namedCurve: crv }));
    out.push({ name: alg, alg, ...p, panva: true, bare: webCryptoBare({ name: 'ECDSA', namedCurve: crv }, { name: 'ECDSA', hash }, p.priv, p.pub) });
  }
  const k1 = jwkPair(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }));
  out.push({
    name: 'ES256K', alg: 'ES256K', ...k1, panva: false,
    bare: async (data) => {
      const d = Buffer.from((k1.priv as { d: string }).d, 'base64url');
      const pub = secp256k1.getPublicKey(d, false);
      return { sign: async () => secp256k1.sign(data, d, { prehash: true }), verify: async (sig) => secp256k1.verify(sig, data, pub, { prehash: true, lowS: false }) };
    },
  });
  const ed = jwkPair(generateKeyPairSync('ed25519'));
  out.push({ name: 'EdDSA Ed25519', alg: 'EdDSA', ...ed, panva: true, bare: webCryptoBare({ name: 'Ed25519' }, { name: 'Ed25519' }, ed.priv, ed.pub) });
  const ed448 = jwkPair(generateKeyPairSync('ed448'));
  out.push({ name: 'EdDSA Ed448', alg: 'EdDSA', ...ed448, panva: false, bare: webCryptoBare({ name: 'Ed448' }, { name: 'Ed448' }, ed448.priv, ed448.pub) });
  return out;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROUND_MS = Number(process.env.BENCH_MS ?? 200);

export default async function bench(): Promise<void> {
  const rows: string[][] = [];
  const claims = { sub: '1234567890', name: 'John Doe', iat: 1516239022, exp: 4102444800 };
  const payload = new TextEncoder().encode(JSON.stringify(claims));
  for (const c of cases()) {
    const priv = (await importKey(c.priv)) as JoseKey;
    const pub = (await importKey(c.pub)) as JoseKey;
    const token = serializeCompact(await sign(payload, priv, { alg: c.alg as 'HS256' }));
    const [h, p, s] = token.split('.') as [string, string, string];
    const signingInput = new TextEncoder().encode(`${h}.${p}`);
    const bare = await c.bare(signingInput);
    const sig = new Uint8Array(Buffer.from(s, 'base64url'));
    const isHs = c.alg.startsWith('HS');
    const sk = !c.panva ? undefined : isHs ? Buffer.from((c.priv as { k: string }).k, 'base64url') : await panva.importJWK(c.priv as panva.JWK, c.alg);
    const vk = !c.panva ? undefined : isHs ? sk : await panva.importJWK(c.pub as panva.JWK, c.alg);
    if (vk) await panva.compactVerify(token, vk as Uint8Array);
    const ops: Record<string, (() => Promise<unknown>) | undefined> = {
      oursSign: async () => serializeCompact(await sign(payload, priv, { alg: c.alg as 'HS256' })),
      oursVerify: () => verify(token, pub),
      panvaSign: sk ? () => new panva.CompactSign(payload).setProtectedHeader({ alg: c.alg }).sign(sk as Uint8Array) : undefined,
      panvaVerify: vk ? () => panva.compactVerify(token, vk as Uint8Array) : undefined,
      panvaJwt: vk ? () => panva.jwtVerify(token, vk as Uint8Array) : undefined,
      bareSign: bare.sign,
      bareVerify: () => bare.verify(sig),
    };
    // Interleaved rounds, best of each: on a shared 2-core machine the slowest runs measure the neighbours, not the code.
    const best: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, op] of Object.entries(ops)) {
        if (!op) continue;
        best[name] = Math.max(best[name] ?? 0, await opsPerSecond(op, ROUND_MS));
      }
    }
    const { oursSign, oursVerify, panvaSign, panvaVerify, panvaJwt, bareSign, bareVerify } = best;
    rows.push([
      c.name,
      fmt(oursSign), fmt(panvaSign), ratio(oursSign, panvaSign), fmt(bareSign), ratio(oursSign, bareSign),
      fmt(oursVerify), fmt(panvaVerify), ratio(oursVerify, panvaVerify), fmt(panvaJwt), ratio(oursVerify, panvaJwt), fmt(bareVerify), ratio(oursVerify, bareVerify),
    ]);
  }
  table(
    'JWS ops/s (Node, one process; ratio = ours / other; "jwt" = panva jwtVerify, which like our verify parses and checks claims)',
    ['alg', 'sign', 'panva', 'ratio', 'bare', '/bare', 'verify', 'panva', 'ratio', 'jwt', 'ratio', 'bare', '/bare'],
    rows,
  );
}
