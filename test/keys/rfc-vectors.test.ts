/**
 * The keys of the RFCs: RFC 7517 Appendices A-C, RFC 7638 §3.1, RFC 8037 A.1-A.3 and RFC 7520 §3.
 * Imported, checked member by member, thumbprinted and converted to PEM that node:crypto reads back.
 */
import { createPrivateKey, createPublicKey, pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertKeyFits } from '../../src/jose/jwk/fit.ts';
import { exportJwk, exportPem } from '../../src/jose/jwk/export.ts';
import { importKey } from '../../src/jose/jwk/import.ts';
import { derivePublicKey } from '../../src/jose/jwk/public.ts';
import { thumbprint, thumbprintInput, thumbprintUri } from '../../src/jose/jwk/thumbprint.ts';
import type { JoseKey, JoseKeySet, Jwk } from '../../src/jose/jwk/types.ts';

const vector = (path: string) => JSON.parse(readFileSync(new URL(`../vectors/${path}`, import.meta.url), 'utf8'));
const nodeJwk = (pem: string, priv: boolean) => (priv ? createPrivateKey(pem) : createPublicKey(pem)).export({ format: 'jwk' });
const stripMeta = (jwk: Jwk) => {
  const { kid: _k, use: _u, alg: _a, key_ops: _o, x5c: _x, ...rest } = jwk;
  return rest;
};

async function pemRoundTrip(key: JoseKey) {
  const pem = exportPem(key);
  expect(nodeJwk(pem, key.type === 'private')).toEqual(stripMeta({ ...key.jwk }));
  expect({ ...((await importKey(pem)) as JoseKey).jwk }).toEqual(stripMeta({ ...key.jwk }));
}

describe('RFC 7517 Appendix A', () => {
  it('A.1 public keys: a JWKS of a P-256 key (use enc) and an RSA 2048 key (alg RS256)', async () => {
    const set = (await importKey(vector('rfc-appendix/rfc7517-A.1-public-keys.json').jwks)) as JoseKeySet;
    expect(set.type).toBe('set');
    expect(set.keys.map((k) => [k.kty, k.type, k.kid, k.crv ?? k.bits])).toEqual([['EC', 'public', '1', 'P-256'], ['RSA', 'public', '2011-04-29', 2048]]);
    expect(set.findings).toEqual([]);
    for (const key of set.keys) await pemRoundTrip(key);
    expect(() => assertKeyFits(set.keys[0]!, 'ES256', 'verify')).toThrow(/"use": "enc"/);
    expect(assertKeyFits(set.keys[1]!, 'RS256', 'verify')).toEqual([]);
  });

  it('A.2 private keys: the same keys with their private members; the public halves equal A.1', async () => {
    const pub = (await importKey(vector('rfc-appendix/rfc7517-A.1-public-keys.json').jwks)) as JoseKeySet;
    const set = (await importKey(vector('rfc-appendix/rfc7517-A.2-private-keys.json').jwks)) as JoseKeySet;
    expect(set.keys.map((k) => k.type)).toEqual(['private', 'private']);
    expect(set.findings.map((f) => f.code)).toEqual(['JWKS_PRIVATE_KEYS']);
    for (const [i, key] of set.keys.entries()) {
      await pemRoundTrip(key);
      expect(exportJwk(derivePublicKey(key))).toEqual(exportJwk(pub.keys[i]!));
      expect(await thumbprint(key)).toBe(await thumbprint(pub.keys[i]!));
    }
  });

  it('A.3 symmetric keys: an A128KW key and a 64-byte HMAC key', async () => {
    const set = (await importKey(vector('rfc-appendix/rfc7517-A.3-symmetric-keys.json').jwks)) as JoseKeySet;
    expect(set.keys.map((k) => [k.type, k.bits, k.alg])).toEqual([['secret', 128, 'A128KW'], ['secret', 512, undefined]]);
    expect(assertKeyFits(set.keys[0]!, 'A128KW', 'encrypt')).toEqual([]);
    expect(() => assertKeyFits(set.keys[0]!, 'A256KW', 'encrypt')).toThrow(/16-byte shared secret; A256KW needs a 32-byte AES key/);
    expect(() => assertKeyFits(set.keys[0]!, 'A128GCMKW', 'encrypt')).toThrow(/"alg": "A128KW"/);
    expect(assertKeyFits(set.keys[1]!, 'HS256', 'verify')).toEqual([]);
    expect(() => exportPem(set.keys[1]!)).toThrow(/no PEM form/);
    expect(() => exportJwk(set.keys[1]!)).toThrow(/private: true/);
    expect(exportJwk(set.keys[1]!, { private: true }).k).toBe(set.keys[1]!.jwk.k);
  });
});

describe('RFC 7517 Appendix C: a JWK encrypted with PBES2', () => {
  const c = vector('rfc-appendix/rfc7517-C-PBES2-encrypted-jwk.json');
  it('the password imports as its UTF-8 bytes and derives the RFC\'s PBKDF2 key (node:crypto)', async () => {
    const pw = (await importKey(c.password, { password: true })) as JoseKey;
    expect(pw.format).toBe('password');
    expect(assertKeyFits(pw, c.alg, 'decrypt')).toEqual([]);
    const bytes = Buffer.from(String(pw.jwk.k), 'base64url');
    expect(bytes.toString('utf8')).toBe(c.password);
    const derived = pbkdf2Sync(bytes, Buffer.from(c.pbkdf2_salt_b64u, 'base64url'), c.p2c, 16, 'sha256');
    expect(derived.toString('base64url')).toBe(c.pbkdf2_derived_key_b64u);
  });

  it('the plaintext RSA private JWK imports, converts to PEM and back', async () => {
    const key = (await importKey(c.plaintext_jwk)) as JoseKey;
    expect([key.type, key.bits, key.kid, key.use]).toEqual(['private', 2048, 'juliet@capulet.lit', 'enc']);
    await pemRoundTrip(key);
  });
});

describe('RFC 7638 §3.1 thumbprint', () => {
  const v = vector('rfc-appendix/rfc7638-3.1-JWK-thumbprint.json');
  it('canonical JSON and SHA-256 thumbprint as printed', async () => {
    expect(thumbprintInput(v.jwk)).toBe(v.expected.canonical_json);
    expect(await thumbprint(v.jwk)).toBe(v.expected.thumbprint_b64u);
    const key = (await importKey(JSON.stringify(v.jwk))) as JoseKey;
    expect(await thumbprint(key)).toBe(v.expected.thumbprint_b64u);
    expect(await thumbprintUri(key)).toBe(`urn:ietf:params:oauth:jwk-thumbprint:sha-256:${v.expected.thumbprint_b64u}`);
  });

  it('SHA-384 and SHA-512 on request (checked with node:crypto over the same canonical JSON)', async () => {
    const { createHash } = await import('node:crypto');
    for (const [hash, node] of [['SHA-384', 'sha384'], ['SHA-512', 'sha512']] as const) {
      const expected = createHash(node).update(v.expected.canonical_json).digest('base64url');
      expect(await thumbprint(v.jwk, hash)).toBe(expected);
      expect(await thumbprintUri(v.jwk, hash)).toBe(`urn:ietf:params:oauth:jwk-thumbprint:${hash.toLowerCase()}:${expected}`);
    }
  });

  it('RFC 9278 §3 example URI for the RFC 7638 key', async () => {
    expect(await thumbprintUri(v.jwk)).toBe('urn:ietf:params:oauth:jwk-thumbprint:sha-256:NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });

  it('a thumbprint of an invalid JWK is an error, not a hash', async () => {
    await expect(thumbprint({ kty: 'RSA', e: 'AQAB' })).rejects.toThrow(/missing its "n" member/);
  });
});

describe('RFC 8037 A.1-A.3: Ed25519 keys and thumbprint', () => {
  const v = vector('rfc-appendix/rfc8037-A.1-A.3-Ed25519-keys-thumbprint.json');
  it('A.1 private key, A.2 public key, A.3 thumbprint', async () => {
    const priv = (await importKey(v.private_jwk)) as JoseKey;
    const pub = (await importKey(v.public_jwk)) as JoseKey;
    expect([priv.type, priv.crv, pub.type]).toEqual(['private', 'Ed25519', 'public']);
    expect(Buffer.from(String(priv.jwk.d), 'base64url').toString('hex')).toBe(v.private_key_hex);
    expect(exportJwk(derivePublicKey(priv))).toEqual(v.public_jwk);
    expect(thumbprintInput(pub)).toBe(v.expected.thumbprint_canonical_json);
    expect(await thumbprint(pub)).toBe(v.expected.thumbprint_b64u);
    expect(await thumbprint(priv)).toBe(v.expected.thumbprint_b64u);
    await pemRoundTrip(priv);
    await pemRoundTrip(pub);
  });

  it('the public key is computed from "d" alone (noble), equal to A.2', () => {
    const pub = derivePublicKey({ kty: 'OKP', crv: 'Ed25519', d: v.private_jwk.d });
    expect(exportJwk(pub)).toEqual(v.public_jwk);
  });
});

describe('RFC 7520 §3 keys (the cookbook)', () => {
  const files = ['3_1.ec_public_key', '3_2.ec_private_key', '3_3.rsa_public_key', '3_4.rsa_private_key', '3_5.symmetric_key_mac_computation', '3_6.symmetric_key_encryption'];
  it.each(files)('%s imports, and the asymmetric ones convert to PEM that node:crypto reads back', async (name) => {
    const jwk = vector(`rfc7520/jwk/${name}.json`);
    const key = (await importKey(jwk)) as JoseKey;
    expect(key.kid).toBe(jwk.kid);
    expect(key.type).toBe(name.includes('public') ? 'public' : name.includes('private') ? 'private' : 'secret');
    if (key.kty === 'EC') expect(key.crv).toBe('P-521');
    if (key.kty === 'RSA') expect(key.bits).toBe(2048);
    if (key.kty === 'oct') expect(key.bits).toBe(256);
    else await pemRoundTrip(key);
    expect(key.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('§3.2 and §3.4: the private keys\' public halves and thumbprints equal §3.1 and §3.3', async () => {
    for (const [priv, pub] of [['3_2.ec_private_key', '3_1.ec_public_key'], ['3_4.rsa_private_key', '3_3.rsa_public_key']]) {
      const a = (await importKey(vector(`rfc7520/jwk/${priv}.json`))) as JoseKey;
      const b = (await importKey(vector(`rfc7520/jwk/${pub}.json`))) as JoseKey;
      expect(exportJwk(derivePublicKey(a))).toEqual(exportJwk(b));
      expect(await thumbprint(a)).toBe(await thumbprint(b));
    }
  });
});
