import { generateKeyPairSync, X509Certificate, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificateValidity, errorMessage, readKeyMaterial, type KeyView } from './keyReport.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/keys/fixtures/${name}`, import.meta.url), 'utf8');

async function single(text: string, encoding?: 'utf8' | 'hex'): Promise<KeyView> {
  const report = await readKeyMaterial(text, encoding);
  if (report.kind !== 'key') throw new Error(`expected one key, got ${report.kind}`);
  return report.view;
}

describe('readKeyMaterial', () => {
  it('empty input is nothing to show, not an error', async () => {
    expect(await readKeyMaterial('  \n')).toEqual({ kind: 'empty' });
  });

  it('a certificate: its public key in JWK and SPKI, subject, issuer, serial; no private forms', async () => {
    const pem = fixture('ec-leaf.crt');
    const view = await single(pem);
    const cert = new X509Certificate(pem);
    expect(view).toMatchObject({ title: 'EC P-256 public key', visibility: 'Public key', size: 'P-256', format: 'X.509 certificate' });
    expect(view.certificate?.subject).toContain('leaf.test.example');
    expect(view.certificate?.issuer).toContain('JOSE Lab Test CA');
    expect(view.certificate?.serialNumber.toUpperCase()).toContain('1000');
    expect(JSON.parse(view.publicJwk!)).toEqual(cert.publicKey.export({ format: 'jwk' }));
    const spki = view.pem.standard?.public;
    expect(spki?.ok && createPublicKey(spki.text).export({ format: 'jwk' })).toEqual(cert.publicKey.export({ format: 'jwk' }));
    expect(view.privateJwk).toBeUndefined();
    expect(view.pem.standard?.private).toBeUndefined();
    expect(view.thumbprintUri).toBe(`urn:ietf:params:oauth:jwk-thumbprint:sha-256:${view.thumbprint}`);
  });

  it('an RSA PKCS#1 private key: every PEM form, private JWK with d, public JWK without', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const view = await single(privateKey.export({ type: 'pkcs1', format: 'pem' }) as string);
    expect(view).toMatchObject({ title: 'RSA 2048-bit private key', visibility: 'Private key', size: '2048 bits', format: 'PKCS #1 (PEM "RSA PRIVATE KEY")' });
    expect(JSON.parse(view.publicJwk!).d).toBeUndefined();
    expect(JSON.parse(view.privateJwk!).d).toBe(privateKey.export({ format: 'jwk' }).d);
    expect(view.pem.standard?.private).toMatchObject({ ok: true, text: expect.stringContaining('BEGIN PRIVATE KEY') });
    expect(view.pem.pkcs1?.public).toMatchObject({ ok: true, text: expect.stringContaining('BEGIN RSA PUBLIC KEY') });
    expect(view.pem.pkcs1?.private).toMatchObject({ ok: true, text: expect.stringContaining('BEGIN RSA PRIVATE KEY') });
    expect(view.pem.sec1).toBeUndefined();
  });

  it('a SEC1 EC key offers SEC1 out again; an Ed25519 JWK only the standard forms', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string;
    const view = await single(ec);
    expect(view.format).toBe('SEC 1 (PEM "EC PRIVATE KEY")');
    expect(view.pem.sec1?.private).toMatchObject({ ok: true, text: expect.stringContaining('BEGIN EC PRIVATE KEY') });
    const ed = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    const edView = await single(JSON.stringify(ed));
    expect(edView).toMatchObject({ title: 'Ed25519 private key', format: 'JWK' });
    expect(Object.keys(edView.pem)).toEqual(['standard']);
  });

  it('a raw secret: no public forms, no PEM, the encoding named', async () => {
    const view = await single('ab'.repeat(32), 'hex');
    expect(view).toMatchObject({ visibility: 'Shared secret', size: '256 bits (32 bytes)', format: 'Raw secret (hex)' });
    expect(view.publicJwk).toBeUndefined();
    expect(JSON.parse(view.privateJwk!)).toMatchObject({ kty: 'oct' });
    expect(view.pem).toEqual({});
  });

  it('a JWKS: every key listed, the set findings kept, a public JWKS without private members', async () => {
    const a = { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), kid: 'a' };
    const b = { ...generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }), kid: 'b' };
    const report = await readKeyMaterial(JSON.stringify({ keys: [a, b] }));
    if (report.kind !== 'set') throw new Error('expected a set');
    expect(report.views.map((v) => [v.kid, v.visibility, v.format])).toEqual([
      ['a', 'Private key', 'JWK in a JWKS'],
      ['b', 'Public key', 'JWK in a JWKS'],
    ]);
    expect(report.findings.map((f) => f.code)).toContain('JWKS_PRIVATE_KEYS');
    expect(report.publicJwks).not.toContain('"d"');
    expect(JSON.parse(report.publicJwks!).keys).toHaveLength(2);
  });
});

describe('bad input gives the engine\'s readable message', () => {
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const cases: [string, string, RegExp][] = [
    ['truncated PEM', pem.slice(0, pem.length - 30), /has no "-----END PUBLIC KEY-----" line: the key looks truncated/],
    ['wrong base64', pem.replace(/\n(.{10})./, '\n$1*'), /is not valid base64: line 2 has the character "\*"/],
    ['a JWK with a missing "n"', '{"kty":"RSA","e":"AQAB"}', /^The RSA JWK is missing its "n" member$/],
    ['a JWKS with no keys', '{"keys":[]}', /^The JWKS has no keys/],
    ['bad JSON', '{"kty": "oct", "k": }', /^The key looks like JSON but is not valid/],
  ];
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const error = await readKeyMaterial(text).then(() => undefined, (e: unknown) => e);
      expect(error).toMatchObject({ name: 'JoseError' });
      expect(errorMessage(error)).toMatch(message);
    });
  }

  it('an encrypted PKCS#8 key names the format and what to do', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const encrypted = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string;
    const error = await readKeyMaterial(encrypted).then(() => undefined, (e: unknown) => e);
    expect(errorMessage(error)).toMatch(/^This is an encrypted PKCS#8 private key .*openssl pkcs8 -topk8 -nocrypt/);
  });

  it('a non-engine error is still a sentence', () => {
    expect(errorMessage(new Error('x'))).toBe('Could not read the key: x');
  });
});

describe('certificateValidity', () => {
  const cert = { subject: 'CN=a', issuer: 'CN=a', serialNumber: '01', notBefore: '2026-01-01T00:00:00Z', notAfter: '2027-01-01T00:00:00Z' };
  it('says valid, expired or not yet valid', () => {
    expect(certificateValidity(cert, Date.parse('2026-06-01T00:00:00Z'))).toEqual({ state: 'valid', text: 'Valid until 2027-01-01T00:00:00Z' });
    expect(certificateValidity(cert, Date.parse('2028-01-01T00:00:00Z')).state).toBe('expired');
    expect(certificateValidity(cert, Date.parse('2025-01-01T00:00:00Z')).state).toBe('not yet valid');
  });
});
