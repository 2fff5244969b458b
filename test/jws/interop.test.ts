/**
 * Interop both ways with panva `jose` (the reference library) for every alg it supports, and with
 * node:crypto as the oracle for ES256K and Ed448 (which panva jose v6 does not do). Keys are made by
 * node:crypto, independently of this engine's generateKey. Tampered payloads, signatures and wrong
 * keys must be refused.
 */
import { generateKeyPairSync, randomBytes, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto';
import * as panva from 'jose';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode } from '../../src/jose/lib/base64url.ts';
import { utf8Encode } from '../../src/jose/lib/bytes.ts';
import type { JwsAlg } from '../../src/jose/lib/registry.ts';
import { sign } from '../../src/jose/jws/sign.ts';
import { verify } from '../../src/jose/jws/verify.ts';
import { serializeCompact, deserializeCompact } from '../../src/jose/serialize/compact.ts';
import { serializeJson } from '../../src/jose/serialize/json.ts';
import type { Jwk } from '../../src/jose/jwk/types.ts';
import { jwk, rejection } from './helpers.ts';

interface Pair {
  priv: Jwk;
  pub: Jwk;
  node: { priv: KeyObject; pub: KeyObject };
}

function pair(alg: string): Pair {
  let kp: { privateKey: KeyObject; publicKey: KeyObject };
  if (alg.startsWith('RS') || alg.startsWith('PS')) kp = generateKeyPairSync('rsa', { modulusLength: 2048 });
  else if (alg === 'ES256') kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  else if (alg === 'ES384') kp = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  else if (alg === 'ES512') kp = generateKeyPairSync('ec', { namedCurve: 'P-521' });
  else if (alg === 'ES256K') kp = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  else if (alg === 'Ed448') kp = generateKeyPairSync('ed448');
  else kp = generateKeyPairSync('ed25519');
  return { priv: kp.privateKey.export({ format: 'jwk' }) as Jwk, pub: kp.publicKey.export({ format: 'jwk' }) as Jwk, node: { priv: kp.privateKey, pub: kp.publicKey } };
}

const tamperPayload = (t: string) => {
  const [h, , s] = t.split('.');
  return `${h}.${base64urlEncode(utf8Encode(JSON.stringify({ sub: 'mallory', n: 2 })))}.${s}`;
};
const tamperSignature = (t: string) => {
  const [h, p, s] = t.split('.') as [string, string, string];
  const sig = base64urlDecode(s);
  sig[Math.floor(sig.length / 2)]! ^= 0x01;
  return `${h}.${p}.${base64urlEncode(sig)}`;
};

const PANVA_ALGS = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

describe('interop with panva jose', () => {
  for (const alg of PANVA_ALGS) {
    it(`${alg}: ours -> panva, panva -> ours, tampering and wrong keys refused`, async () => {
      const claims = { sub: 'alice', n: 1 };
      let ourSign, ourVerify, wrong, theirSignKey, theirVerifyKey;
      if (alg.startsWith('HS')) {
        const k = base64urlEncode(randomBytes(Number(alg.slice(2)) / 8));
        ourSign = ourVerify = await jwk({ kty: 'oct', k });
        wrong = await jwk({ kty: 'oct', k: base64urlEncode(randomBytes(64)) });
        theirSignKey = theirVerifyKey = base64urlDecode(k);
      } else {
        const p = pair(alg);
        ourSign = await jwk(p.priv);
        ourVerify = await jwk(p.pub);
        wrong = await jwk(pair(alg).pub);
        theirSignKey = await panva.importJWK(p.priv as panva.JWK, alg);
        theirVerifyKey = await panva.importJWK(p.pub as panva.JWK, alg);
      }
      const ours = serializeCompact(await sign(claims, ourSign, { alg: alg as JwsAlg, header: { typ: 'JWT' } }));
      const theirResult = await panva.jwtVerify(ours, theirVerifyKey, { algorithms: [alg] });
      expect(theirResult.payload).toEqual(claims);
      const theirs = await new panva.SignJWT(claims).setProtectedHeader({ alg, kid: 'k1' }).sign(theirSignKey);
      const r = await verify(theirs, ourVerify);
      expect(r.claims).toEqual(claims);
      expect(r.header).toEqual({ alg, kid: 'k1' });
      for (const bad of [tamperPayload(theirs), tamperSignature(theirs), tamperPayload(ours), tamperSignature(ours)]) {
        expect((await rejection(verify(bad, ourVerify))).code).toBe('ERR_SIGNATURE_INVALID');
      }
      expect((await rejection(verify(theirs, wrong))).code).toBe('ERR_SIGNATURE_INVALID');
      await expect(panva.compactVerify(tamperSignature(ours), theirVerifyKey)).rejects.toThrow();
      // The general JSON serialization too.
      const general = JSON.parse(serializeJson(await sign('hello', ourSign, { alg: alg as JwsAlg, unprotected: { kid: 'x' } })));
      expect(new TextDecoder().decode((await panva.generalVerify(general, theirVerifyKey)).payload)).toBe('hello');
    });
  }

  it('a general JWS with three signatures (HS256, ES256, EdDSA) verifies in panva with each key', async () => {
    const hs = await jwk({ kty: 'oct', k: base64urlEncode(randomBytes(32)) });
    const ec = pair('ES256');
    const ed = pair('EdDSA');
    const jws = await sign('multi', [
      { key: hs, alg: 'HS256', unprotected: { kid: 'hs' } },
      { key: await jwk(ec.priv), alg: 'ES256', unprotected: { kid: 'ec' } },
      { key: await jwk(ed.priv), alg: 'EdDSA', unprotected: { kid: 'ed' } },
    ], { alg: 'HS256' });
    const text = serializeJson(jws);
    expect((await verify(text, await jwk(ed.pub))).signatureIndex).toBe(2);
    expect((await verify(text, await jwk(ec.pub))).signatureIndex).toBe(1);
    await panva.generalVerify(JSON.parse(text), await panva.importJWK(ec.pub as panva.JWK, 'ES256'));
    await panva.generalVerify(JSON.parse(text), await panva.importJWK(ed.pub as panva.JWK, 'EdDSA'));
  });

  it('RFC 7797 b64=false interop', async () => {
    const k = randomBytes(32);
    const key = await jwk({ kty: 'oct', k: base64urlEncode(k) });
    const flat = JSON.parse(serializeJson(await sign('$.02 raw', key, { alg: 'HS256', b64: false }), { flattened: true }));
    expect(new TextDecoder().decode((await panva.flattenedVerify(flat, k)).payload)).toBe('$.02 raw');
    const theirs = await new panva.FlattenedSign(utf8Encode('raw.payload')).setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] }).sign(k);
    // panva emits an unencoded payload as detached ("payload": ""), so it is supplied here.
    expect(theirs.payload).toBe('');
    expect((await verify(JSON.stringify(theirs), key, { payload: 'raw.payload' })).text).toBe('raw.payload');
    await rejection(verify(JSON.stringify(theirs), key, { payload: 'raw.payloaD' }));
  });
});

describe('node:crypto as the oracle for ES256K and Ed448', () => {
  for (const alg of ['ES256K', 'Ed448'] as const) {
    it(`${alg}: ours verifies in node:crypto, node:crypto's verifies here, tampering refused`, async () => {
      const p = pair(alg);
      const jwsAlg: JwsAlg = alg === 'Ed448' ? 'EdDSA' : 'ES256K';
      const nodeOpts = (key: KeyObject) => (alg === 'ES256K' ? { key, dsaEncoding: 'ieee-p1363' as const } : key);
      const hash = alg === 'ES256K' ? 'sha256' : null;
      const ours = serializeCompact(await sign({ sub: 'k1' }, await jwk(p.priv), { alg: jwsAlg }));
      const [h, pl, s] = ours.split('.') as [string, string, string];
      expect(nodeVerify(hash, utf8Encode(`${h}.${pl}`), nodeOpts(p.node.pub), base64urlDecode(s))).toBe(true);
      const header = base64urlEncode(utf8Encode(JSON.stringify({ alg: jwsAlg })));
      const payload = base64urlEncode(utf8Encode('{"sub":"node"}'));
      const sig = nodeSign(hash, utf8Encode(`${header}.${payload}`), nodeOpts(p.node.priv));
      const theirs = `${header}.${payload}.${base64urlEncode(sig)}`;
      const pub = await jwk(p.pub);
      expect((await verify(theirs, pub)).claims).toEqual({ sub: 'node' });
      expect((await rejection(verify(tamperSignature(theirs), pub))).code).toBe('ERR_SIGNATURE_INVALID');
      expect((await rejection(verify(tamperPayload(theirs), pub))).code).toBe('ERR_SIGNATURE_INVALID');
      expect((await rejection(verify(theirs, await jwk(pair(alg).pub)))).code).toBe('ERR_SIGNATURE_INVALID');
      expect(deserializeCompact(theirs).kind).toBe('JWS');
    });
  }
});
