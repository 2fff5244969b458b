/**
 * AKP keys (RFC 9964) for ML-DSA: PEM in the RFC 9881 forms — SPKI, and PKCS#8 as a seed, an expanded
 * key or both — written byte for byte as the ASN.1 of RFC 9881 says (the expected DER is built here by
 * hand, not by the engine's writer), read back, and every inconsistency refused. @noble/post-quantum,
 * called directly, supplies the public and expanded keys of a seed. Chromium's own Web Crypto encoding
 * of the same keys is compared in e2e/engine-pq.spec.ts.
 */
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { base64Encode, base64urlDecode, base64urlEncode } from '../../src/jose/lib/base64url.ts';
import { concatBytes, fromHex } from '../../src/jose/lib/bytes.ts';
import { ML_DSA_INFO, type MlDsaAlg } from '../../src/jose/lib/registry.ts';
import { exportJwk, exportPem } from '../../src/jose/jwk/export.ts';
import { generateKey, type GeneratedKey } from '../../src/jose/jwk/generate.ts';
import { describeKey, importKey } from '../../src/jose/jwk/import.ts';
import { derivePublicKey } from '../../src/jose/jwk/public.ts';
import { thumbprint } from '../../src/jose/jwk/thumbprint.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';
import { rejection, vector } from '../jws/helpers.ts';

const NOBLE = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const;
const ALGS = Object.keys(NOBLE) as MlDsaAlg[];
type Pair = Extract<GeneratedKey, { kind: 'pair' }>;

/** A DER TLV, written here independently of the engine's DER writer. */
function der(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concatBytes(...content);
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return concatBytes(new Uint8Array([tag, ...length]), body);
}
// id-ml-dsa-44/65/87 = 2.16.840.1.101.3.4.3.17/18/19 (RFC 9881 §2), parameters absent.
const OID_LAST = { 'ML-DSA-44': '11', 'ML-DSA-65': '12', 'ML-DSA-87': '13' } as const;
const algId = (alg: MlDsaAlg) => der(0x30, der(0x06, fromHex(`6086480165030403${OID_LAST[alg]}`)));
const spki = (alg: MlDsaAlg, pub: Uint8Array) => der(0x30, algId(alg), der(0x03, new Uint8Array([0]), pub));
const pkcs8 = (alg: MlDsaAlg, privateKey: Uint8Array, ...extra: Uint8Array[]) => der(0x30, fromHex('020100'), algId(alg), der(0x04, privateKey), ...extra);
const seedForm = (seed: Uint8Array) => der(0x80, seed);
const pem = (label: string, bytes: Uint8Array) => `-----BEGIN ${label}-----\n${base64Encode(bytes).replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;
const unpem = (text: string) => Uint8Array.from(atob(text.replace(/-----[^-]+-----|\s/g, '')), (c) => c.charCodeAt(0));
const example = (alg: MlDsaAlg) => vector<{ jwk: { kid: string; pub: string; priv: string } }>(`rfc9964/${alg.replace(/-/g, '_')}.jose.json`);

describe('PEM: SPKI and PKCS#8 as RFC 9881 writes them', () => {
  it('the hand-built AlgorithmIdentifier is the one RFC 9881 prints for id-ml-dsa-44', () => {
    expect(algId('ML-DSA-44')).toEqual(fromHex('300b0609608648016503040311'));
  });

  for (const alg of ALGS) {
    it(`${alg}: exportPem writes the seed-form PKCS#8 and the SPKI byte for byte; importKey reads them back`, async () => {
      const ex = example(alg);
      const seed = base64urlDecode(ex.jwk.priv);
      const pub = base64urlDecode(ex.jwk.pub);
      const key = (await importKey({ kty: 'AKP', alg, pub: ex.jwk.pub, priv: ex.jwk.priv })) as JoseKey;
      expect(unpem(exportPem(key))).toEqual(pkcs8(alg, seedForm(seed)));
      expect(unpem(exportPem(key, { public: true }))).toEqual(spki(alg, pub));
      expect(exportPem(key)).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);

      const fromPkcs8 = (await importKey(pem('PRIVATE KEY', pkcs8(alg, seedForm(seed))))) as JoseKey;
      // The seed form has no public key: it was computed from the seed, so it equals the RFC's.
      expect(fromPkcs8.jwk).toEqual({ kty: 'AKP', alg, pub: ex.jwk.pub, priv: ex.jwk.priv });
      expect(fromPkcs8.format).toBe('pkcs8');
      expect(fromPkcs8.findings).toEqual([]);
      expect(await thumbprint(fromPkcs8)).toBe(ex.jwk.kid);
      const fromSpki = (await importKey(pem('PUBLIC KEY', spki(alg, pub)))) as JoseKey;
      expect(fromSpki.jwk).toEqual({ kty: 'AKP', alg, pub: ex.jwk.pub });
      expect(fromSpki.type).toBe('public');
    });

    it(`${alg}: the "both" form is read and its expanded key checked against the seed`, async () => {
      const seed = crypto.getRandomValues(new Uint8Array(32));
      const { publicKey, secretKey } = NOBLE[alg].keygen(seed);
      const both = (expanded: Uint8Array) => der(0x30, der(0x04, seed), der(0x04, expanded));
      const key = (await importKey(pem('PRIVATE KEY', pkcs8(alg, both(secretKey))))) as JoseKey;
      expect(key.jwk).toEqual({ kty: 'AKP', alg, pub: base64urlEncode(publicKey), priv: base64urlEncode(seed) });
      const otherExpanded = NOBLE[alg].keygen(new Uint8Array(32).fill(1)).secretKey;
      const e = await rejection(importKey(pem('PRIVATE KEY', pkcs8(alg, both(otherExpanded)))));
      expect(e.code).toBe('ERR_KEY_INVALID');
      expect(e.message).toMatch(/expanded private key does not belong to its seed/);
      const only = await rejection(importKey(pem('PRIVATE KEY', pkcs8(alg, der(0x04, secretKey)))));
      expect(only.message).toMatch(/holds only the expanded .* private key .*the 32-byte seed/);
      expect(secretKey.length).toBe(ML_DSA_INFO[alg].expandedKeyBytes);
    });
  }

  it('a OneAsymmetricKey (v1) with its public key: used when it matches the seed, refused when not', async () => {
    const ex = example('ML-DSA-65');
    const seed = base64urlDecode(ex.jwk.priv);
    const withPub = (pub: Uint8Array) => der(0x30, fromHex('020101'), algId('ML-DSA-65'), der(0x04, seedForm(seed)), der(0x81, new Uint8Array([0]), pub));
    const key = (await importKey(pem('PRIVATE KEY', withPub(base64urlDecode(ex.jwk.pub))))) as JoseKey;
    expect(key.jwk.pub).toBe(ex.jwk.pub);
    const wrong = ml_dsa65.keygen(new Uint8Array(32).fill(9)).publicKey;
    const e = await rejection(importKey(pem('PRIVATE KEY', withPub(wrong))));
    expect(e.message).toMatch(/public key stored in the file does not belong to its seed/);
  });

  it('sizes and parameters in the DER are checked, each message naming what was expected', async () => {
    const pub = base64urlDecode(example('ML-DSA-44').jwk.pub);
    const cases: [string, RegExp][] = [
      [pem('PUBLIC KEY', spki('ML-DSA-44', pub.slice(0, 1311))), /ML-DSA-44 public key is 1311 bytes; it must be exactly 1312/],
      [pem('PUBLIC KEY', spki('ML-DSA-65', pub)), /ML-DSA-65 public key is 1312 bytes; it must be exactly 1952/],
      [pem('PRIVATE KEY', pkcs8('ML-DSA-87', seedForm(new Uint8Array(33)))), /ML-DSA-87 seed in the private key \(PKCS#8\) is 33 bytes; it must be exactly 32/],
      [pem('PUBLIC KEY', der(0x30, der(0x30, der(0x06, fromHex('608648016503040311')), fromHex('0500')), der(0x03, new Uint8Array([0]), pub))), /parameters after the ML-DSA-44 identifier; RFC 9881/],
      [pem('PUBLIC KEY', der(0x30, der(0x30, fromHex('0609608648016503040402')), der(0x03, new Uint8Array([0]), pub))), /is a ML-KEM-768 key, which JOSE does not use/],
    ];
    for (const [text, message] of cases) {
      const e = await rejection(importKey(text));
      expect(e.code).toBe('ERR_KEY_INVALID');
      expect(e.message).toMatch(message);
    }
    // Bare DER in base64 (no PEM lines) is recognised now that ML-DSA SPKI parses.
    const bare = await rejection(importKey(base64Encode(spki('ML-DSA-44', pub))));
    expect(bare.message).toMatch(/SubjectPublicKeyInfo public key in DER.*BEGIN PUBLIC KEY/);
  });
});

describe('AKP keys: generate, derive, export, describe', () => {
  for (const alg of ALGS) {
    it(`${alg}: generateKey makes a seed whose public key noble derives, kid = thumbprint, bound to the alg`, async () => {
      const g = (await generateKey(alg)) as Pair;
      const seed = base64urlDecode(String(g.privateKey.jwk.priv));
      expect(seed.length).toBe(32);
      expect(base64urlDecode(String(g.publicKey.jwk.pub))).toEqual(NOBLE[alg].keygen(seed).publicKey);
      expect(g.privateKey.jwk).toMatchObject({ kty: 'AKP', alg, use: 'sig' });
      expect(g.privateKey.kid).toBe(await thumbprint(g.publicKey));
      expect(g.publicKey.jwk.priv).toBeUndefined();
      expect(derivePublicKey(g.privateKey).jwk).toEqual(g.publicKey.jwk);
      expect(Object.keys(exportJwk(g.privateKey, { private: true }))).toEqual(['kty', 'alg', 'pub', 'priv', 'kid', 'use']);
      expect(exportJwk(g.privateKey).priv).toBeUndefined();
      const back = (await importKey(exportPem(g.privateKey))) as JoseKey;
      expect(back.jwk.priv).toBe(g.privateKey.jwk.priv);
      expect(describeKey(g.publicKey)).toBe(`an ${alg} public key`);
      // Without binding, the key still carries "alg": RFC 9964 requires it for AKP.
      expect(((await generateKey(alg, { bind: false })) as Pair).privateKey.jwk.alg).toBe(alg);
    });
  }

  it('PKCS#1 and SEC1 are not ML-DSA forms: the message says what the key is', async () => {
    const g = (await generateKey('ML-DSA-44')) as Pair;
    expect(() => exportPem(g.privateKey, { format: 'pkcs1' })).toThrow(/PKCS#1 is for RSA keys; this is an ML-DSA-44 key/);
    expect(() => exportPem(g.privateKey, { format: 'sec1' })).toThrow(/SEC1 .* is for EC keys/);
  });
});
