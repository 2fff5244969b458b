/**
 * x5c chains: every certificate decoded, every link's signature checked with Web Crypto (RSA
 * PKCS#1 v1.5, RSA-PSS, ECDSA, Ed25519, Ed448), dates against the clock, anchoring at a pasted root.
 * Certificates are made by ./certs.ts (node:crypto) and each link is confirmed by node's
 * X509Certificate.verify before the engine sees it; one chain comes from OpenSSL (test/keys/fixtures).
 */
import { readFileSync } from 'node:fs';
import { X509Certificate, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { checkX5c } from '../../src/jose/trust/x5c-chain.ts';
import { b64, keys, makeCert, nodeVerifies, pem, standardChain, type CertSig } from './certs.ts';

describe('checkX5c', () => {
  it('trusts RSA root → RSA-PSS → ECDSA leaf up to the pasted root, and shows every certificate', async () => {
    const c = standardChain();
    // The oracle first: node:crypto agrees that each link holds.
    expect(nodeVerifies(c.leafCert, c.inter.publicKey)).toBe(true);
    expect(nodeVerifies(c.interCert, c.root.publicKey)).toBe(true);
    const chain = await checkX5c([b64(c.leafCert), b64(c.interCert)], { roots: pem(c.rootCert) });
    expect(chain.problems).toEqual([]);
    expect([chain.status, chain.trusted, chain.anchor]).toEqual(['trusted', true, 'O=JOSE Lab Test, CN=Test Root']);
    expect(chain.links.map((l) => [l.child, l.issuer, l.signature, l.signatureAlgorithm])).toEqual([
      [0, 1, 'valid', 'ecdsa-with-SHA384'],
      [1, 'root', 'valid', 'RSASSA-PSS (SHA-256, salt 32)'],
    ]);
    const [leaf, inter] = chain.certificates;
    const node = new X509Certificate(c.leafCert);
    expect(leaf).toMatchObject({ index: 0, subject: 'O=JOSE Lab Test, CN=leaf.test.example', issuer: 'O=JOSE Lab Test, CN=Test Intermediate', validity: 'valid', isCa: undefined, selfIssued: false });
    expect(Date.parse(leaf!.notAfter)).toBe(Date.parse(node.validTo));
    expect(leaf!.key.description).toBe('an EC P-256 public key');
    expect(leaf!.key.jwk).toEqual(c.leaf.publicKey.export({ format: 'jwk' }));
    // RFC 7638 by panva jose (the oracle), for the leaf and for the pasted root's RSA key.
    expect(leaf!.key.thumbprint).toBe(await calculateJwkThumbprint(c.leaf.publicKey.export({ format: 'jwk' }) as JWK));
    expect(chain.root!.key.thumbprint).toBe(await calculateJwkThumbprint(c.root.publicKey.export({ format: 'jwk' }) as JWK));
    expect(leaf!.sha256).toBe(Buffer.from(node.fingerprint256.replace(/:/g, ''), 'hex').toString('base64url'));
    expect(inter).toMatchObject({ isCa: true, signatureAlgorithm: 'RSASSA-PSS (SHA-256, salt 32)' });
    expect(chain.root).toMatchObject({ index: -1, selfIssued: true, signatureAlgorithm: 'sha256WithRSAEncryption' });
    expect(chain.leafKey.jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
  });

  it('finds the broken link: a leaf not signed by the intermediate it names', async () => {
    const c = standardChain({ brokenLeaf: true });
    expect(nodeVerifies(c.leafCert, c.inter.publicKey)).toBe(false);
    const chain = await checkX5c([b64(c.leafCert), b64(c.interCert)], { roots: pem(c.rootCert) });
    expect([chain.status, chain.trusted]).toEqual(['broken', false]);
    expect(chain.links[0]).toMatchObject({ ok: false, names: true, signature: 'invalid' });
    expect(chain.links[1]!.ok).toBe(true);
    expect(chain.problems[0]).toMatch(/Certificate 0 → certificate 1: .*does not verify/);
  });

  it('flags an expired leaf even when every signature holds', async () => {
    const c = standardChain({ leafNotAfter: new Date(Date.now() - 24 * 3600 * 1000) });
    expect(nodeVerifies(c.leafCert, c.inter.publicKey)).toBe(true);
    const chain = await checkX5c([b64(c.leafCert), b64(c.interCert)], { roots: pem(c.rootCert) });
    expect([chain.status, chain.trusted]).toEqual(['expired', false]);
    expect(chain.certificates[0]!.validity).toBe('expired');
    expect(chain.problems.join()).toMatch(/Certificate 0 .* expired on/);
    // The same chain judged at a time inside the leaf's validity is trusted.
    const earlier = await checkX5c([b64(c.leafCert), b64(c.interCert)], { roots: pem(c.rootCert), now: new Date(Date.now() - 100 * 24 * 3600 * 1000) });
    expect(earlier.status).toBe('trusted');
  });

  it('is not anchored without a root, or with a root that did not issue it', async () => {
    const c = standardChain();
    const none = await checkX5c([b64(c.leafCert), b64(c.interCert)]);
    expect([none.status, none.trusted]).toEqual(['not-anchored', false]);
    expect(none.problems).toEqual([expect.stringMatching(/No trusted root was pasted/)]);
    const other = standardChain({ rootRole: 'other root' });
    const wrong = await checkX5c([b64(c.leafCert), b64(c.interCert)], { roots: pem(other.rootCert) });
    // Same names ("Test Root") but another key: the last link fails its signature.
    expect(wrong.status).toBe('broken');
    expect(wrong.links[1]).toMatchObject({ issuer: 'root', names: true, signature: 'invalid' });
    const stranger = makeCert({ subject: 'Elsewhere', issuer: 'Elsewhere', key: other.root.publicKey, signer: other.root.privateKey, sig: 'rsa-sha256', ca: true });
    const unrelated = await checkX5c([b64(c.leafCert), b64(c.interCert)], { roots: b64(stranger) });
    expect(unrelated.status).toBe('not-anchored');
    expect(unrelated.problems.join()).toMatch(/does not reach any of the pasted roots/);
  });

  it('refuses an intermediate that is not a CA', async () => {
    for (const ca of [false, undefined]) {
      const c = standardChain({ intermediateCa: ca });
      const chain = await checkX5c([b64(c.leafCert), b64(c.interCert)], { roots: pem(c.rootCert) });
      expect(chain.status, String(ca)).toBe('broken');
      expect(chain.links[0]).toMatchObject({ signature: 'valid', issuerIsCa: false });
    }
  });

  it('stops at a pasted root that is in the chain, and checks the header thumbprints', async () => {
    const c = standardChain();
    const x5c = [b64(c.leafCert), b64(c.interCert), b64(c.rootCert)];
    const leafSha = Buffer.from(new X509Certificate(c.leafCert).fingerprint256.replace(/:/g, ''), 'hex').toString('base64url');
    const chain = await checkX5c(x5c, { roots: [b64(c.rootCert)], header: { 'x5t#S256': leafSha } });
    expect([chain.status, chain.trusted, chain.links.length]).toEqual(['trusted', true, 2]);
    expect(chain.thumbprints).toEqual([{ member: 'x5t#S256', matches: true }]);
    const bad = await checkX5c(x5c, { roots: [b64(c.rootCert)], header: { 'x5t#S256': 'AAAA', x5t: Buffer.from(new X509Certificate(c.leafCert).fingerprint.replace(/:/g, ''), 'hex').toString('base64url') } });
    expect(bad.trusted).toBe(false);
    expect(bad.thumbprints).toEqual([{ member: 'x5t#S256', matches: false }, { member: 'x5t', matches: true }]);
  });

  const algs: [CertSig, (role: string) => { publicKey: KeyObject; privateKey: KeyObject }][] = [
    ['rsa-sha256', keys.rsa], ['rsa-sha1', keys.rsa], ['rsa-pss-sha256', keys.rsa], ['ecdsa-sha256', keys.p256], ['ecdsa-sha384', keys.p384], ['ed25519', keys.ed25519], ['ed448', keys.ed448],
  ];
  for (const [sig, make] of algs) {
    it(`checks ${sig} certificate signatures, good and tampered`, async () => {
      const ca = make('ca');
      const leaf = keys.p256('leaf');
      const root = makeCert({ subject: 'Root', issuer: 'Root', key: ca.publicKey, signer: ca.privateKey, sig, ca: true });
      const good = makeCert({ subject: 'Leaf', issuer: 'Root', key: leaf.publicKey, signer: ca.privateKey, sig });
      expect(nodeVerifies(good, ca.publicKey)).toBe(true);
      const checked = await checkX5c([b64(good)], { roots: pem(root) });
      expect(checked.links[0]!.signature).toBe('valid');
      // A valid SHA-1 signature is still refused: SHA-1 collisions make it forgeable.
      expect(checked.trusted).toBe(sig !== 'rsa-sha1');
      if (sig === 'rsa-sha1') expect(checked.problems.join()).toMatch(/SHA-1 is broken/);
      // Flip one bit of the signature (the last byte of the certificate).
      const tampered = Buffer.from(good);
      tampered[tampered.length - 1]! ^= 1;
      expect(nodeVerifies(tampered, ca.publicKey)).toBe(false);
      const chain = await checkX5c([b64(tampered)], { roots: pem(root) });
      expect([chain.status, chain.links[0]!.signature]).toEqual(['broken', 'invalid']);
    });
  }

  it('reads the OpenSSL-made chain in test/keys/fixtures (P-384 CA → P-256 leaf)', async () => {
    const text = readFileSync(new URL('../keys/fixtures/ec-chain.pem', import.meta.url), 'utf8');
    const ders = [...text.matchAll(/-----BEGIN CERTIFICATE-----([^-]+)-----END CERTIFICATE-----/g)].map((m) => m[1]!.replace(/\s+/g, ''));
    const chain = await checkX5c([ders[0]!], { roots: ders[1]! });
    expect(chain.links[0]).toMatchObject({ signature: 'valid', signatureAlgorithm: 'ecdsa-with-SHA256', names: true, issuerIsCa: true });
    expect(chain.status).toBe('trusted');
  });

  it('throws a JoseError naming the entry for x5c that is not a chain of certificates', async () => {
    const c = standardChain();
    const cases: [unknown, RegExp][] = [
      [undefined, /non-empty array/],
      [[], /non-empty array/],
      [[42], /x5c\[0\] must be a non-empty base64 string/],
      [[b64(c.leafCert), 'a-b_c'], /x5c\[1\] is not valid base64 \("-" and "_" are base64url/],
      [[b64(c.leafCert), Buffer.from('hello').toString('base64')], /x5c\[1\]: .*not valid DER/],
    ];
    for (const [x5c, message] of cases) {
      const error = await checkX5c(x5c).catch((e: unknown) => e);
      expect(error, String(x5c)).toBeInstanceOf(JoseError);
      expect((error as Error).message).toMatch(message);
    }
    await expect(checkX5c([b64(c.leafCert)], { roots: 'not base64 !' })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
  });
});
