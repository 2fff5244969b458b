/**
 * JWS sign and verify, per alg: this engine against panva `jose` and against the bare primitive call
 * (Web Crypto, or @noble for ES256K) on the same signing input with a pre-imported key: the floor
 * any wrapper adds to.
 *
 * Like with like:
 * - verify: ours always parses the token, checks the header rules, verifies, then parses the claims
 *   and reports claim findings. panva compactVerify stops after the signature (less work than ours);
 *   panva jwtVerify also parses and validates the claims (the same work as ours).
 * - sign: ours over payload bytes vs panva CompactSign over the same bytes; ours over the claims
 *   object (JSON.stringify inside) vs panva SignJWT over the same object. Both return compact text.
 * - keys: every side gets its fastest form, imported once: our JoseKey (its CryptoKey cached inside),
 *   panva a CryptoKey (for HS* too: given bytes, panva would import a key on every call).
 */
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js';
import * as panva from 'jose';
import type { JoseKey } from '../src/jose/index.ts';
import { loadEngine } from './engine.ts';
import { fmt, fmtRatio, howMeasured, interleaved, opsOf, pairedRatio, selected, spreadOf, table, type Op } from './harness.ts';

type Bare = { sign: () => Promise<unknown>; verify: (sig: Uint8Array) => Promise<unknown> };
type Case = { name: string; alg: string; priv: object; pub: object; panva: boolean; bare: (data: Uint8Array) => Promise<Bare> };

function jwkPair(kp: { privateKey: KeyObject; publicKey: KeyObject }) {
  return { priv: kp.privateKey.export({ format: 'jwk' }), pub: kp.publicKey.export({ format: 'jwk' }) };
}

function webCryptoBare(importAlg: AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams | HmacImportParams, runAlg: AlgorithmIdentifier | RsaPssParams | EcdsaParams, priv: JsonWebKey, pub: JsonWebKey) {
  return async (data: Uint8Array): Promise<Bare> => {
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
  // RFC 9864's name for the same primitive: panva accepts "Ed25519" too.
  out.push({ name: 'Ed25519', alg: 'Ed25519', ...ed, panva: true, bare: webCryptoBare({ name: 'Ed25519' }, { name: 'Ed25519' }, ed.priv, ed.pub) });
  // Node 20 has no ML-DSA in Web Crypto (panva neither, here): the bare call is @noble/post-quantum, as ours is.
  const seed = randomBytes(32);
  const ml = ml_dsa65.keygen(seed);
  const mlPub = { kty: 'AKP', alg: 'ML-DSA-65', pub: Buffer.from(ml.publicKey).toString('base64url') };
  out.push({
    name: 'ML-DSA-65', alg: 'ML-DSA-65', priv: { ...mlPub, priv: seed.toString('base64url') }, pub: mlPub, panva: false,
    bare: async (data) => ({ sign: async () => ml_dsa65.sign(data, ml.secretKey), verify: async (sig) => ml_dsa65.verify(sig, data, ml.publicKey) }),
  });
  return out;
}

/** panva's fastest key form: a CryptoKey (HS* included; given bytes it imports one per call). */
async function panvaKeys(c: Case): Promise<{ sk: CryptoKey; vk: CryptoKey }> {
  if (c.alg.startsWith('HS')) {
    const raw = Buffer.from((c.priv as { k: string }).k, 'base64url');
    const hash = `SHA-${c.alg.slice(2)}`;
    return {
      sk: await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign']),
      vk: await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['verify']),
    };
  }
  return { sk: (await panva.importJWK(c.priv as panva.JWK, c.alg)) as CryptoKey, vk: (await panva.importJWK(c.pub as panva.JWK, c.alg)) as CryptoKey };
}

export default async function bench(): Promise<void> {
  const { engine, how: engineHow } = await loadEngine();
  const { importKey, sign, verify, serializeCompact } = engine;
  const signRows: string[][] = [];
  const verifyRows: string[][] = [];
  const claims = { sub: '1234567890', name: 'John Doe', iat: 1516239022, exp: 4102444800 };
  const payload = new TextEncoder().encode(JSON.stringify(claims));
  for (const c of cases()) {
    if (!selected(c.name)) continue;
    const priv = (await importKey(c.priv)) as JoseKey;
    const pub = (await importKey(c.pub)) as JoseKey;
    const alg = c.alg as 'HS256';
    const token = serializeCompact(await sign(payload, priv, { alg }));
    const [h, p, s] = token.split('.') as [string, string, string];
    const signingInput = new TextEncoder().encode(`${h}.${p}`);
    const bare = await c.bare(signingInput);
    const sig = new Uint8Array(Buffer.from(s, 'base64url'));
    const pk = c.panva ? await panvaKeys(c) : undefined;
    // Every contender must accept the token it is timed on: a failing op would be measured as fast.
    await verify(token, pub);
    if (pk) await panva.jwtVerify(token, pk.vk);
    if (!(await bare.verify(sig))) throw new Error(`${c.name}: the bare verify rejects the token`);
    const ops: Record<string, Op | undefined> = {
      oursSign: async () => serializeCompact(await sign(payload, priv, { alg })),
      oursSignJwt: async () => serializeCompact(await sign(claims, priv, { alg })),
      panvaSign: pk && (() => new panva.CompactSign(payload).setProtectedHeader({ alg }).sign(pk.sk)),
      panvaSignJwt: pk && (() => new panva.SignJWT(claims).setProtectedHeader({ alg }).sign(pk.sk)),
      bareSign: bare.sign,
      oursVerify: () => verify(token, pub),
      panvaVerify: pk && (() => panva.compactVerify(token, pk.vk)),
      panvaJwt: pk && (() => panva.jwtVerify(token, pk.vk)),
      bareVerify: () => bare.verify(sig),
    };
    const x = await interleaved(ops);
    signRows.push([
      c.name,
      fmt(opsOf(x, 'oursSign')), fmt(opsOf(x, 'panvaSign')), fmtRatio(pairedRatio(x, 'oursSign', 'panvaSign')),
      fmt(opsOf(x, 'oursSignJwt')), fmt(opsOf(x, 'panvaSignJwt')), fmtRatio(pairedRatio(x, 'oursSignJwt', 'panvaSignJwt')),
      fmt(opsOf(x, 'bareSign')), fmtRatio(pairedRatio(x, 'oursSign', 'bareSign')),
      spreadOf(x, [['oursSign', 'panvaSign'], ['oursSignJwt', 'panvaSignJwt'], ['oursSign', 'bareSign']]),
    ]);
    verifyRows.push([
      c.name,
      fmt(opsOf(x, 'oursVerify')), fmt(opsOf(x, 'panvaJwt')), fmtRatio(pairedRatio(x, 'oursVerify', 'panvaJwt')),
      fmt(opsOf(x, 'panvaVerify')), fmtRatio(pairedRatio(x, 'oursVerify', 'panvaVerify')),
      fmt(opsOf(x, 'bareVerify')), fmtRatio(pairedRatio(x, 'oursVerify', 'bareVerify')),
      spreadOf(x, [['oursVerify', 'panvaJwt'], ['oursVerify', 'bareVerify']]),
    ]);
  }
  const how = `${howMeasured()}; ${engineHow}`;
  table(
    `JWS sign (${how})\n  bytes: ours sign(bytes) vs panva CompactSign; jwt: ours sign(claims object) vs panva SignJWT; bare: the Web Crypto (or noble) sign alone`,
    ['alg', 'ours', 'Compact', 'ratio', 'ours jwt', 'SignJWT', 'ratio', 'bare', 'ours/bare', 'spread'],
    signRows,
  );
  table(
    `JWS verify (${how})\n  like for like: panva jwtVerify (parses and validates claims, as ours does); compactVerify checks the signature only (less work); bare: the Web Crypto (or noble) verify alone`,
    ['alg', 'ours', 'jwtVerify', 'ratio', 'compactVerify', 'ratio', 'bare', 'ours/bare', 'spread'],
    verifyRows,
  );
}
