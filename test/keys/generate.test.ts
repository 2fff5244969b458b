/**
 * generateKey for every JWS alg, JWE alg and JWE enc of DESIGN.md. Each generated key is put to real
 * use with node:crypto as the oracle (the JWS/JWE engines have their own round-trip suites): sign and
 * verify, encrypt and decrypt, key agreement from both sides, AES key wrap.
 */
import { constants, createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, pbkdf2Sync, privateDecrypt, publicEncrypt, randomBytes, sign, verify, type CipherGCM, type DecipherGCM, type KeyObject } from 'node:crypto';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { exportPem } from '../../src/jose/jwk/export.ts';
import { assertKeyFits } from '../../src/jose/jwk/fit.ts';
import { generateKey, randomPassword, type GeneratedKey } from '../../src/jose/jwk/generate.ts';
import { thumbprint } from '../../src/jose/jwk/thumbprint.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';
import { JWE_ALGS, JWE_ENCS, JWS_ALGS, JWE_ALG_INFO, JWE_ENC_INFO, JWS_ALG_INFO } from '../../src/jose/lib/registry.ts';

type Pair = Extract<GeneratedKey, { kind: 'pair' }>;
type Secret = Extract<GeneratedKey, { kind: 'secret' }>;
const keyObjects = (g: Pair): { priv: KeyObject; pub: KeyObject } => ({ priv: createPrivateKey(exportPem(g.privateKey)), pub: createPublicKey(exportPem(g.publicKey)) });
const bytesOf = (key: JoseKey) => Buffer.from(String(key.jwk.k), 'base64url');
const data = Buffer.from('JOSE Lab generated key round trip');

async function checkPair(g: Pair) {
  expect(g.privateKey.type).toBe('private');
  expect(g.publicKey.type).toBe('public');
  expect(g.privateKey.format).toBe('generated');
  expect(g.privateKey.kid).toBe(await thumbprint(g.publicKey));
  expect(g.publicKey.kid).toBe(g.privateKey.kid);
  expect(g.publicKey.jwk.d).toBeUndefined();
  expect(g.privateKey.findings).toEqual([]);
}

describe('JWS algs', () => {
  it.each(JWS_ALGS)('%s', async (alg) => {
    const g = await generateKey(alg);
    const info = JWS_ALG_INFO[alg];
    expect(assertKeyFits(g.kind === 'pair' ? g.privateKey : g.secret, alg, 'sign')).toEqual([]);
    if (g.kind === 'secret') {
      expect(bytesOf(g.secret).length).toBe(info.minKeyBits! / 8);
      expect(g.secret.jwk).toMatchObject({ alg, use: 'sig' });
      expect(g.secret.kid).toBe(await thumbprint(g.secret));
      return;
    }
    await checkPair(g);
    expect(g.privateKey.jwk).toMatchObject({ alg, use: 'sig' });
    expect(assertKeyFits(g.publicKey, alg, 'verify')).toEqual([]);
    if (info.family === 'ML-DSA') {
      // node:crypto 20 has no ML-DSA: @noble/post-quantum is the oracle (more in test/keys/akp.test.ts).
      const dsa = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 }[alg as 'ML-DSA-44'];
      const { publicKey, secretKey } = dsa.keygen(Buffer.from(String(g.privateKey.jwk.priv), 'base64url'));
      expect(Buffer.from(publicKey).toString('base64url')).toBe(g.publicKey.jwk.pub);
      expect(dsa.verify(dsa.sign(data, secretKey), data, publicKey)).toBe(true);
      return;
    }
    const { priv, pub } = keyObjects(g);
    const hash = info.hash?.replace('SHA-', 'sha') ?? null;
    const opts = info.family === 'RSA-PSS' ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(hash!.slice(3)) / 8 } : info.family === 'ECDSA' ? { dsaEncoding: 'ieee-p1363' as const } : {};
    const signature = sign(hash, data, { key: priv, ...opts });
    expect(verify(hash, data, { key: pub, ...opts }, signature)).toBe(true);
    expect(verify(hash, Buffer.from('tampered'), { key: pub, ...opts }, signature)).toBe(false);
    if (info.family === 'ECDSA') expect(signature.length).toBe(info.signatureLength);
    if (info.kty === 'RSA') expect(g.privateKey.bits).toBe(2048);
    if (info.curves) expect(info.curves).toContain(g.privateKey.crv);
  });

  it('EdDSA with Ed448 on request', async () => {
    const g = (await generateKey('EdDSA', { crv: 'Ed448' })) as Pair;
    await checkPair(g);
    expect(g.privateKey.crv).toBe('Ed448');
    const { priv, pub } = keyObjects(g);
    expect(verify(null, data, pub, sign(null, data, priv))).toBe(true);
  });
});

describe('JWE algs', () => {
  it.each(JWE_ALGS)('%s', async (alg) => {
    const g = await generateKey(alg);
    const info = JWE_ALG_INFO[alg];
    const key = g.kind === 'pair' ? g.privateKey : g.secret;
    expect(assertKeyFits(key, alg, 'decrypt')).toEqual([]);
    expect(key.jwk).toMatchObject({ alg, use: 'enc' });
    if (g.kind === 'pair') {
      await checkPair(g);
      expect(assertKeyFits(g.publicKey, alg, 'encrypt')).toEqual([]);
      const { priv, pub } = keyObjects(g);
      if (info.family === 'RSA-OAEP' || info.family === 'RSA1_5') {
        // node 20 refuses RSAES-PKCS1-v1_5 decryption (CVE-2023-46809), so RSA1_5's key is exercised with OAEP.
        const oaepHash = (info.hash ?? 'SHA-1').replace('SHA-', 'sha');
        const cek = randomBytes(32);
        const wrapped = publicEncrypt({ key: pub, oaepHash, padding: constants.RSA_PKCS1_OAEP_PADDING }, cek);
        expect(privateDecrypt({ key: priv, oaepHash, padding: constants.RSA_PKCS1_OAEP_PADDING }, wrapped)).toEqual(cek);
      } else {
        // ECDH-ES: the recipient's key and an ephemeral key agree from both sides.
        const eph = generateKeyPairSync('ec', { namedCurve: 'P-256' });
        expect(diffieHellman({ privateKey: priv, publicKey: eph.publicKey })).toEqual(diffieHellman({ privateKey: eph.privateKey, publicKey: pub }));
        expect(g.privateKey.crv).toBe('P-256');
      }
      return;
    }
    const secret = g as Secret;
    if (info.family === 'PBES2') {
      expect(secret.secret.format).toBe('password');
      expect(secret.password).toMatch(/^[A-Za-z0-9\-_.~!]{24}$/);
      expect(bytesOf(secret.secret).toString('utf8')).toBe(secret.password);
      expect(secret.secret.kid).toBeUndefined(); // a password's hash is not published as its kid
      expect(pbkdf2Sync(secret.password!, 'salt', 1000, info.kekBits! / 8, 'sha256').length).toBe(info.kekBits! / 8);
      return;
    }
    const k = bytesOf(secret.secret);
    if (info.family === 'dir') {
      expect(k.length).toBe(32); // A256GCM by default
      return;
    }
    expect(k.length * 8).toBe(info.kekBits);
    const cek = randomBytes(32);
    if (info.family === 'AESKW') {
      const iv = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
      const name = `id-aes${info.kekBits}-wrap`;
      const wrapped = Buffer.concat([createCipheriv(name, k, iv).update(cek)]);
      expect(Buffer.concat([createDecipheriv(name, k, iv).update(wrapped)])).toEqual(cek);
    } else {
      const iv = randomBytes(12);
      const c = createCipheriv(`aes-${info.kekBits}-gcm`, k, iv) as CipherGCM;
      const wrapped = Buffer.concat([c.update(cek), c.final()]);
      const d = (createDecipheriv(`aes-${info.kekBits}-gcm`, k, iv) as DecipherGCM).setAuthTag(c.getAuthTag());
      expect(Buffer.concat([d.update(wrapped), d.final()])).toEqual(cek);
    }
  });

  it.each(['P-384', 'P-521', 'X25519', 'X448'] as const)('ECDH-ES+A256KW on %s', async (crv) => {
    const g = (await generateKey('ECDH-ES+A256KW', { crv })) as Pair;
    await checkPair(g);
    expect(g.privateKey.crv).toBe(crv);
    const { priv, pub } = keyObjects(g);
    const eph = crv.startsWith('P') ? generateKeyPairSync('ec', { namedCurve: crv }) : generateKeyPairSync(crv.toLowerCase() as 'x25519');
    expect(diffieHellman({ privateKey: priv, publicKey: eph.publicKey })).toEqual(diffieHellman({ privateKey: eph.privateKey, publicKey: pub }));
  });

  it('dir sized for the enc it is asked for', async () => {
    for (const enc of JWE_ENCS) {
      const g = (await generateKey('dir', { enc })) as Secret;
      expect(bytesOf(g.secret).length * 8).toBe(JWE_ENC_INFO[enc].cekBits);
      expect(assertKeyFits(g.secret, 'dir', 'decrypt')).toEqual([]);
    }
  });
});

describe('JWE encs (a CEK)', () => {
  it.each(JWE_ENCS)('%s', async (enc) => {
    const g = (await generateKey(enc)) as Secret;
    const k = bytesOf(g.secret);
    const info = JWE_ENC_INFO[enc];
    expect(k.length * 8).toBe(info.cekBits);
    expect(g.secret.jwk.alg).toBeUndefined();
    expect(g.secret.jwk.use).toBe('enc');
    // Real use: the encryption half of the CEK encrypts and decrypts with its cipher.
    const encKey = info.family === 'GCM' ? k : k.subarray(k.length / 2);
    const mode = info.family === 'GCM' ? 'gcm' : 'cbc';
    const iv = randomBytes(info.ivBytes);
    const name = `aes-${encKey.length * 8}-${mode}`;
    const c = createCipheriv(name, encKey, iv) as CipherGCM;
    const ct = Buffer.concat([c.update(data), c.final()]);
    const d = createDecipheriv(name, encKey, iv) as DecipherGCM;
    if (mode === 'gcm') d.setAuthTag(c.getAuthTag());
    expect(Buffer.concat([d.update(ct), d.final()])).toEqual(data);
  });
});

describe('options and refusals', () => {
  it('RSA 3072 and 4096 on request, never under 2048', async () => {
    for (const bits of [3072, 4096] as const) {
      const g = (await generateKey('PS512', { modulusLength: bits })) as Pair;
      expect(g.privateKey.bits).toBe(bits);
    }
    await expect(generateKey('RS256', { modulusLength: 1024 as 2048 })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID', message: 'RSA keys are generated with 2048, 3072 or 4096 bits, not 1024' });
  }, 60_000);

  it('no key for none, unknown algs or the wrong curve', async () => {
    await expect(generateKey('none')).rejects.toMatchObject({ code: 'ERR_ALG_UNSUPPORTED', message: 'Cannot generate a key for "none": "none" takes no key' });
    await expect(generateKey('HS1')).rejects.toMatchObject({ code: 'ERR_ALG_UNSUPPORTED' });
    await expect(generateKey('EdDSA', { crv: 'X25519' })).rejects.toThrow(/EdDSA keys are Ed25519 or Ed448/);
    await expect(generateKey('ECDH-ES', { crv: 'secp256k1' })).rejects.toThrow(/not secp256k1/);
  });

  it('kid and alg binding can be left off', async () => {
    const g = (await generateKey('ES384', { kid: false, bind: false })) as Pair;
    expect(Object.keys(g.privateKey.jwk).sort()).toEqual(['crv', 'd', 'kty', 'x', 'y']);
  });

  it('two generated keys differ; passwords are uniform over their alphabet', async () => {
    const a = (await generateKey('HS256')) as Secret;
    const b = (await generateKey('HS256')) as Secret;
    expect(a.secret.jwk.k).not.toBe(b.secret.jwk.k);
    const counts = new Map<string, number>();
    for (let i = 0; i < 400; i++) for (const ch of randomPassword()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const n of counts.values()) expect(n).toBeGreaterThan(60); // expected ~155 each
  });
});
