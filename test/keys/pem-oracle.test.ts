/**
 * Every PEM/DER <-> JWK conversion checked against node:crypto (OpenSSL) as the oracle, for every key
 * type JOSE uses: what node exports as JWK must be what importKey reads from the PEM, and the PEM that
 * exportPem writes must be read back by node as the same key (and, for the standard forms, be
 * byte-for-byte what OpenSSL writes).
 */
import { constants, createECDH, createPrivateKey, sign, verify, createPublicKey, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base64urlEncode } from '../../src/jose/lib/base64url.ts';
import { derBitString, derOctetString, derOid, derSequence, derSmallInt, tlv, ctxTag } from '../../src/jose/jwk/der.ts';
import { exportJwk, exportPem } from '../../src/jose/jwk/export.ts';
import { importKey } from '../../src/jose/jwk/import.ts';
import { encodePem } from '../../src/jose/jwk/pem.ts';
import { derivePublicKey } from '../../src/jose/jwk/public.ts';
import type { JoseKey, Jwk } from '../../src/jose/jwk/types.ts';

type KeyCase = { name: string; make: () => { publicKey: KeyObject; privateKey: KeyObject } };

const CASES: KeyCase[] = [
  { name: 'RSA 2048', make: () => generateKeyPairSync('rsa', { modulusLength: 2048 }) },
  { name: 'RSA 3072 (e = 3)', make: () => generateKeyPairSync('rsa', { modulusLength: 3072, publicExponent: 3 }) },
  { name: 'EC P-256', make: () => generateKeyPairSync('ec', { namedCurve: 'P-256' }) },
  { name: 'EC P-384', make: () => generateKeyPairSync('ec', { namedCurve: 'P-384' }) },
  { name: 'EC P-521', make: () => generateKeyPairSync('ec', { namedCurve: 'P-521' }) },
  { name: 'EC secp256k1', make: () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }) },
  { name: 'Ed25519', make: () => generateKeyPairSync('ed25519') },
  { name: 'Ed448', make: () => generateKeyPairSync('ed448') },
  { name: 'X25519', make: () => generateKeyPairSync('x25519') },
  { name: 'X448', make: () => generateKeyPairSync('x448') },
];

const asKey = async (material: unknown) => (await importKey(material)) as JoseKey;
const nodeJwk = (k: KeyObject) => k.export({ format: 'jwk' }) as Jwk;

describe.each(CASES)('$name', ({ name, make }) => {
  // Two keys per type, so a coincidence in one cannot pass.
  const pairs = [make(), make()];

  it('PEM SPKI in -> JWK out equals node:crypto', async () => {
    for (const { publicKey } of pairs) {
      const key = await asKey(publicKey.export({ type: 'spki', format: 'pem' }));
      expect(key.type).toBe('public');
      expect(key.format).toBe('spki');
      expect({ ...key.jwk }).toEqual(nodeJwk(publicKey));
      expect(key.findings).toEqual([]);
    }
  });

  it('PEM PKCS#8 in -> JWK out equals node:crypto', async () => {
    for (const { privateKey } of pairs) {
      const key = await asKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
      expect(key.type).toBe('private');
      expect(key.format).toBe('pkcs8');
      expect({ ...key.jwk }).toEqual(nodeJwk(privateKey));
    }
  });

  it('JWK in -> PEM out is read back by node:crypto as the same key, byte for byte as OpenSSL writes it', async () => {
    for (const { publicKey, privateKey } of pairs) {
      const priv = await asKey(nodeJwk(privateKey));
      const pub = await asKey(nodeJwk(publicKey));
      const pkcs8 = exportPem(priv);
      const spki = exportPem(pub);
      expect(nodeJwk(createPrivateKey(pkcs8))).toEqual(nodeJwk(privateKey));
      expect(nodeJwk(createPublicKey(spki))).toEqual(nodeJwk(publicKey));
      expect(pkcs8).toBe(privateKey.export({ type: 'pkcs8', format: 'pem' }));
      expect(spki).toBe(publicKey.export({ type: 'spki', format: 'pem' }));
      // The public PEM of a private key is its public key's.
      expect(exportPem(priv, { public: true })).toBe(spki);
      expect(exportPem(derivePublicKey(priv))).toBe(spki);
    }
  });

  it('exportJwk hides the private members unless asked', async () => {
    const { publicKey, privateKey } = pairs[0]!;
    const priv = await asKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(exportJwk(priv)).toEqual(nodeJwk(publicKey));
    expect(exportJwk(priv, { private: true })).toEqual(nodeJwk(privateKey));
    expect(Object.keys(exportJwk(priv))[0]).toBe('kty');
  });

  if (name.startsWith('RSA')) {
    it('PKCS#1 (RSA PUBLIC KEY / RSA PRIVATE KEY) both ways, checked with node type "pkcs1"', async () => {
      for (const { publicKey, privateKey } of pairs) {
        const pub = await asKey(publicKey.export({ type: 'pkcs1', format: 'pem' }));
        const priv = await asKey(privateKey.export({ type: 'pkcs1', format: 'pem' }));
        expect(pub.format).toBe('pkcs1-public');
        expect(priv.format).toBe('pkcs1-private');
        expect({ ...pub.jwk }).toEqual(nodeJwk(publicKey));
        expect({ ...priv.jwk }).toEqual(nodeJwk(privateKey));
        expect(exportPem(pub, { format: 'pkcs1' })).toBe(publicKey.export({ type: 'pkcs1', format: 'pem' }));
        expect(exportPem(priv, { format: 'pkcs1' })).toBe(privateKey.export({ type: 'pkcs1', format: 'pem' }));
        expect(nodeJwk(createPrivateKey(exportPem(priv, { format: 'pkcs1' })))).toEqual(nodeJwk(privateKey));
      }
    });
  }

  if (name.startsWith('EC')) {
    it('SEC1 (EC PRIVATE KEY, with its curve OID) both ways, checked with node type "sec1"', async () => {
      for (const { privateKey } of pairs) {
        const sec1 = privateKey.export({ type: 'sec1', format: 'pem' }) as string;
        const key = await asKey(sec1);
        expect(key.format).toBe('sec1');
        expect({ ...key.jwk }).toEqual(nodeJwk(privateKey));
        expect(exportPem(key, { format: 'sec1' })).toBe(sec1);
        expect(nodeJwk(createPrivateKey(exportPem(key, { format: 'sec1' })))).toEqual(nodeJwk(privateKey));
      }
    });
  }
});

describe('PEM and DER variants', () => {
  it('EC PKCS#8 without the public key: the point is computed (noble) and equals node:crypto', async () => {
    for (const [crv, oid, size] of [['P-256', '1.2.840.10045.3.1.7', 32], ['secp256k1', '1.3.132.0.10', 32], ['P-521', '1.3.132.0.35', 66]] as const) {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: crv });
      const jwk = nodeJwk(privateKey);
      const d = Buffer.from(String(jwk.d), 'base64url');
      expect(d.length).toBe(size);
      const inner = derSequence(derSmallInt(1), derOctetString(d));
      const der = derSequence(derSmallInt(0), derSequence(derOid('1.2.840.10045.2.1'), derOid(oid)), derOctetString(inner));
      const pem = encodePem('PRIVATE KEY', der);
      expect(nodeJwk(createPrivateKey(pem))).toEqual(jwk); // node reads it too
      const key = await asKey(pem);
      expect({ ...key.jwk }).toEqual(jwk);
      expect(key.findings.map((f) => f.code)).toContain('KEY_PUBLIC_COMPUTED');
      // And from SEC1 without [0] and [1]: no curve at all is an error that says so.
      await expect(importKey(encodePem('EC PRIVATE KEY', inner))).rejects.toThrow(/does not say which curve/);
    }
  });

  it('Ed25519 / X448 PKCS#8 v2 (OneAsymmetricKey with the public key) is read, and a wrong public key refused', async () => {
    // OpenSSL 3.0 (node 20) cannot read v2 itself, so the oracle is node's JWK of the same key in v1.
    for (const type of ['ed25519', 'x448'] as const) {
      const { privateKey } = generateKeyPairSync(type as 'ed25519');
      const jwk = nodeJwk(privateKey);
      const oid = type === 'ed25519' ? '1.3.101.112' : '1.3.101.111';
      const build = (pub: Uint8Array) =>
        encodePem('PRIVATE KEY', derSequence(derSmallInt(1), derSequence(derOid(oid)), derOctetString(derOctetString(Buffer.from(String(jwk.d), 'base64url'))), tlv(ctxTag(1, false), new Uint8Array([0]), pub)));
      const good = build(Buffer.from(String(jwk.x), 'base64url'));
      expect({ ...(await asKey(good)).jwk }).toEqual(jwk);
      const wrong = Buffer.from(String(jwk.x), 'base64url');
      wrong[0]! ^= 1;
      await expect(importKey(build(wrong))).rejects.toThrow(/does not belong to its private key/);
    }
  });

  it('RFC 8410 §10.3: the Ed25519 OneAsymmetricKey example with attributes and public key', async () => {
    const pem = ['-----BEGIN PRIVATE KEY-----', 'MHICAQEwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC', 'oB8wHQYKKoZIhvcNAQkJFDEPDA1DdXJkbGUgQ2hhaXJzgSEAGb9ECWmEzf6FQbrB', 'Z9w7lshQhqowtrbLDFw4rXAxZuE=', '-----END PRIVATE KEY-----'].join('\n');
    const key = await asKey(pem);
    expect(key.crv).toBe('Ed25519');
    expect(Buffer.from(String(key.jwk.d), 'base64url').toString('hex')).toBe('d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842');
    expect(Buffer.from(String(key.jwk.x), 'base64url').toString('hex')).toBe('19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1');
    // node derives the same public key from the private key alone.
    const v1 = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: key.jwk.d, x: key.jwk.x } as never, format: 'jwk' });
    expect(nodeJwk(createPublicKey(v1)).x).toBe(key.jwk.x);
  });

  it('a compressed EC point in SPKI is expanded to the same x and y as node:crypto', async () => {
    for (const curve of ['prime256v1', 'secp384r1', 'secp256k1'] as const) {
      const ecdh = createECDH(curve);
      ecdh.generateKeys();
      const oid = { prime256v1: '1.2.840.10045.3.1.7', secp384r1: '1.3.132.0.34', secp256k1: '1.3.132.0.10' }[curve];
      const spki = (point: Uint8Array) => encodePem('PUBLIC KEY', derSequence(derSequence(derOid('1.2.840.10045.2.1'), derOid(oid)), derBitString(point)));
      const uncompressed = nodeJwk(createPublicKey(spki(ecdh.getPublicKey(null, 'uncompressed'))));
      const key = await asKey(spki(ecdh.getPublicKey(null, 'compressed')));
      expect({ ...key.jwk }).toEqual(uncompressed);
      expect(key.findings.map((f) => f.code)).toEqual(['KEY_COMPRESSED_POINT']);
    }
  });

  it('an RSASSA-PSS key (id-RSASSA-PSS) is read as RSA with a finding; n and e equal node:crypto', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    const pub = await asKey(publicKey.export({ type: 'spki', format: 'pem' }));
    const priv = await asKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    // node will not export an RSA-PSS key as JWK, so compare with the same numbers read as plain RSA.
    const asRsa = createPublicKey({ key: exportPem(pub), format: 'pem' });
    expect(publicKey.asymmetricKeyType).toBe('rsa-pss');
    expect(asRsa.asymmetricKeyType).toBe('rsa');
    expect(pub.kty).toBe('RSA');
    expect(pub.jwk.n).toBe(priv.jwk.n);
    expect(pub.findings.map((f) => f.code)).toContain('KEY_RSA_PSS_OID');
    expect(priv.findings.map((f) => f.code)).toContain('KEY_RSA_PSS_OID');
    // The numbers are the same key: node's PSS signature verifies with the RSA key exported from them.
    const signedByNode = sign('sha256', Buffer.from('x'), { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    expect(verify('sha256', Buffer.from('x'), { key: asRsa, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signedByNode)).toBe(true);
  });

  it('PEM with CRLF line ends, no final newline, text around the block, and 76-character lines is still read', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const body = pem.split('\n').slice(1, -2).join('');
    const variants = [
      pem.replace(/\n/g, '\r\n'),
      pem.trimEnd(),
      `Bag Attributes\n    friendlyName: test\n${pem}\ntrailing words`,
      `-----BEGIN PUBLIC KEY-----\n${body.match(/.{1,76}/g)!.join('\n')}\n-----END PUBLIC KEY-----`,
    ];
    for (const v of variants) expect({ ...(await asKey(v)).jwk }).toEqual(nodeJwk(publicKey));
  });

  it('importKey takes an RSA DER public key given as a PEM whose base64 uses no line breaks', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const b64 = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const key = await asKey(`-----BEGIN PUBLIC KEY-----${b64}-----END PUBLIC KEY-----`);
    expect({ ...key.jwk }).toEqual(nodeJwk(publicKey));
  });
});

describe('X.509 certificates (fixtures made with openssl, see fixtures/README.md)', () => {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  it.each(['rsa-selfsigned.crt', 'ec-leaf.crt', 'ed25519-utf8.crt'])('%s: public key, subject, issuer, validity and serial equal node:crypto X509Certificate', async (file) => {
    const pem = fixture(file);
    const cert = new X509Certificate(pem);
    const key = await asKey(pem);
    expect(key.format).toBe('x509');
    expect(key.type).toBe('public');
    expect({ ...key.jwk }).toEqual(nodeJwk(cert.publicKey));
    expect(key.certificate).toEqual({
      subject: cert.subject.split('\n').join(', '),
      issuer: cert.issuer.split('\n').join(', '),
      notBefore: new Date(cert.validFrom).toISOString().replace('.000', ''),
      notAfter: new Date(cert.validTo).toISOString().replace('.000', ''),
      serialNumber: cert.serialNumber,
    });
    expect(key.findings.map((f) => f.code)).toContain('KEY_FROM_CERTIFICATE');
  });

  it('the UTF-8 subject is decoded, and GeneralizedTime (after 2049) is read', async () => {
    expect((await asKey(fixture('ed25519-utf8.crt'))).certificate?.subject).toBe('CN=Zürich Schlüssel, O=Test');
    expect((await asKey(fixture('ec-leaf.crt'))).certificate?.notAfter).toBe('2126-11-01T07:49:09Z');
  });

  it('a chain: the first certificate is read, with a finding that there were more blocks', async () => {
    const key = await asKey(fixture('ec-chain.pem'));
    expect(key.certificate?.subject).toBe('CN=leaf.test.example, emailAddress=keys@test.example');
    expect(key.crv).toBe('P-256');
    const many = key.findings.find((f) => f.code === 'PEM_MULTIPLE_BLOCKS');
    expect(many?.message).toMatch(/2 PEM blocks; the first \("CERTIFICATE"\) was read and the other 1 \("CERTIFICATE"\) ignored/);
  });

  it('RFC 7517 Appendix B: the x5c certificate holds the same key as the JWK\'s n and e', async () => {
    const vector = JSON.parse(readFileSync(new URL('../vectors/rfc-appendix/rfc7517-B-x5c.json', import.meta.url), 'utf8'));
    const pem = encodePem('CERTIFICATE', Buffer.from(vector.jwk.x5c[0], 'base64'));
    const key = await asKey(pem);
    expect(key.jwk.n).toBe(vector.jwk.n);
    expect(key.jwk.e).toBe(vector.jwk.e);
    expect(key.certificate?.subject).toBe(vector.certificate_info.subject);
    expect(key.certificate?.issuer).toBe(vector.certificate_info.issuer);
    expect(key.certificate?.notBefore).toBe('2013-02-21T23:29:15Z');
    expect(key.certificate?.notAfter).toBe('2018-08-14T22:29:15Z');
    expect(key.findings.map((f) => f.code)).toContain('CERT_EXPIRED');
    // And the JWK with its x5c imports as a JWK.
    expect((await asKey(vector.jwk)).jwk.n).toBe(vector.jwk.n);
  });

  it('exportPem of a certificate key writes its SubjectPublicKeyInfo, which node reads as the certificate\'s key', async () => {
    const pem = fixture('rsa-selfsigned.crt');
    const spki = exportPem(await asKey(pem));
    expect(spki).toBe(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'pem' }));
  });
});

describe('base64url helpers used above', () => {
  it('agree with Buffer', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0x01]);
    expect(base64urlEncode(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });
});
