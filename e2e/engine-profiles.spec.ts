import { sign as nodeSign } from 'node:crypto';
import { CompactSign, SignJWT, calculateJwkThumbprint } from 'jose';
import { expect, test } from './fixtures.ts';
import { openEngine } from './engine-harness.ts';
import type * as Engine from '../src/jose/index.ts';
import { b64, keys, makeCert, nodeVerifies, pem, standardChain, type CertSig } from '../test/profiles/certs.ts';
import { NOW, nodeHalfHash, pair, sha256b64u } from '../test/profiles/helpers.ts';

/**
 * The profile checks and x5c chains inside Chromium, whose Web Crypto does the digests (at_hash,
 * ath, thumbprints) and the signatures (DPoP jwk, certificate links) — and which lacks Ed448, so
 * that path goes through @noble. Tokens and certificates are made in Node (panva `jose`,
 * node:crypto) and handed to the page; node's X509Certificate confirms each link first.
 */

const AT = 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y';
const enc = new TextEncoder();

async function idToken(alg: string, hash: 'sha256' | 'sha384' | 'sha512' | 'shake256'): Promise<string> {
  const claims = { iss: 'https://op.example', sub: 'u', aud: 'c', exp: NOW + 60, iat: NOW, nonce: 'n', at_hash: nodeHalfHash(AT, hash) };
  if (alg === 'EdDSA/Ed448') {
    const input = `${Buffer.from('{"alg":"EdDSA"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return `${input}.${nodeSign(null, Buffer.from(input), pair('ed448').privateKey).toString('base64url')}`;
  }
  const key = alg.startsWith('P') || alg.startsWith('R') ? pair('rsa').privateKey : alg === 'ES384' ? pair('P-384').privateKey : pair('ed25519').privateKey;
  return new CompactSign(enc.encode(JSON.stringify(claims))).setProtectedHeader({ alg: alg.split('/')[0]! }).sign(key);
}

test('checkProfile in Chromium: at_hash with SHA-256/384/512 and SHAKE256, DPoP jwk signature, ath and jkt', async ({ page }) => {
  await openEngine(page);
  const idTokens = await Promise.all([
    idToken('RS256', 'sha256'), idToken('ES384', 'sha384'), idToken('PS512', 'sha512'), idToken('EdDSA/Ed25519', 'sha512'), idToken('EdDSA/Ed448', 'shake256'),
  ]);
  const p256 = pair('P-256');
  const ed = pair('ed25519');
  const proofs = await Promise.all([
    new SignJWT({ jti: 'j1', htm: 'POST', htu: 'https://rs.example/api', iat: NOW, ath: sha256b64u(AT) }).setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: p256.publicJwk }).sign(p256.privateKey),
    new SignJWT({ jti: 'j2', htm: 'GET', htu: 'https://rs.example/api', iat: NOW }).setProtectedHeader({ alg: 'EdDSA', typ: 'dpop+jwt', jwk: ed.publicJwk }).sign(ed.privateKey),
    // Signed by another key than the one in "jwk": the jwk check must fail in the browser too.
    new SignJWT({ jti: 'j3', htm: 'POST', htu: 'https://rs.example/api', iat: NOW }).setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: p256.publicJwk }).sign(keys.p256('other').privateKey),
  ]);
  const jkts = [await calculateJwkThumbprint(p256.publicJwk), await calculateJwkThumbprint(ed.publicJwk)];

  const out = await page.evaluate(async ({ idTokens, proofs, jkts, AT, NOW }) => {
    const path = '/src/jose/index.ts';
    const jose = (await import(/* @vite-ignore */ path)) as typeof Engine;
    const pick = (r: Engine.ProfileResult, id: string) => r.checks.find((c) => c.id === id)!;
    const hashes = [];
    for (const t of idTokens) {
      const good = await jose.checkProfile(t, { now: NOW, accessToken: AT });
      const bad = await jose.checkProfile(t, { now: NOW, accessToken: AT + 'x' });
      hashes.push([good.profile, pick(good, 'at_hash').ok, pick(bad, 'at_hash').ok]);
    }
    const dpop = [];
    for (let i = 0; i < proofs.length; i++) {
      const r = await jose.checkProfile(proofs[i]!, { now: NOW, dpop: { htm: i === 1 ? 'GET' : 'POST', htu: 'https://rs.example/api?x=1', accessToken: i === 0 ? AT : undefined, jkt: jkts[i === 1 ? 1 : 0] } });
      dpop.push([r.profile, pick(r, 'jwk').ok, pick(r, 'jkt').ok, pick(r, 'htu').ok, pick(r, 'ath').ok]);
    }
    return { hashes, dpop };
  }, { idTokens, proofs, jkts, AT, NOW });

  expect(out.hashes).toEqual(Array(5).fill(['id_token', true, false]));
  expect(out.dpop).toEqual([
    ['dpop+jwt', true, true, true, true],
    ['dpop+jwt', true, true, true, 'n/a'],
    ['dpop+jwt', false, true, true, 'n/a'],
  ]);
});

test('checkX5c in Chromium: RSA PKCS#1, RSA-PSS, ECDSA, Ed25519 and Ed448 links; a broken link; an expired leaf', async ({ page }) => {
  await openEngine(page);
  const good = standardChain();
  const broken = standardChain({ brokenLeaf: true });
  const expired = standardChain({ leafNotAfter: new Date(Date.now() - 86_400_000) });
  expect([nodeVerifies(good.leafCert, good.inter.publicKey), nodeVerifies(broken.leafCert, broken.inter.publicKey)]).toEqual([true, false]);
  const single: { sig: CertSig; root: string; leaf: string }[] = [];
  for (const [sig, ca] of [['ed25519', keys.ed25519('ca')], ['ed448', keys.ed448('ca')], ['rsa-sha256', keys.rsa('ca')], ['ecdsa-sha256', keys.p256('ca')]] as const) {
    const root = makeCert({ subject: 'Root', issuer: 'Root', key: ca.publicKey, signer: ca.privateKey, sig, ca: true });
    const leaf = makeCert({ subject: 'Leaf', issuer: 'Root', key: keys.p256('leaf').publicKey, signer: ca.privateKey, sig });
    expect(nodeVerifies(leaf, ca.publicKey), sig).toBe(true);
    single.push({ sig, root: pem(root), leaf: b64(leaf) });
  }
  const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'ES256', x5c: [b64(good.leafCert), b64(good.interCert)] }).sign(good.leaf.privateKey);
  const chains = {
    good: { x5c: [b64(good.leafCert), b64(good.interCert)], root: pem(good.rootCert) },
    broken: { x5c: [b64(broken.leafCert), b64(broken.interCert)], root: pem(broken.rootCert) },
    expired: { x5c: [b64(expired.leafCert), b64(expired.interCert)], root: pem(expired.rootCert) },
  };

  const out = await page.evaluate(async ({ chains, single, token, rootPem }) => {
    const path = '/src/jose/index.ts';
    const jose = (await import(/* @vite-ignore */ path)) as typeof Engine;
    const summary = async (x5c: string[], roots: string) => {
      const c = await jose.checkX5c(x5c, { roots });
      return [c.status, c.links.map((l) => l.signature)];
    };
    const result: Record<string, unknown> = {};
    for (const [name, c] of Object.entries(chains)) result[name] = await summary(c.x5c, c.root);
    for (const s of single) result[s.sig] = await summary([s.leaf], s.root);
    const verified = await jose.verifyWithKeySource(token, { source: 'x5c', roots: rootPem });
    result.provenance = [verified.provenance.source, verified.provenance.trusted];
    try {
      await jose.verifyWithKeySource(token, { source: 'x5c' });
      result.untrusted = 'verified';
    } catch (e) {
      result.untrusted = (e as { code: string }).code;
    }
    return result;
  }, { chains, single, token, rootPem: chains.good.root });

  expect(out).toEqual({
    good: ['trusted', ['valid', 'valid']],
    broken: ['broken', ['invalid', 'valid']],
    expired: ['expired', ['valid', 'valid']],
    ed25519: ['trusted', ['valid']],
    ed448: ['trusted', ['valid']],
    'rsa-sha256': ['trusted', ['valid']],
    'ecdsa-sha256': ['trusted', ['valid']],
    provenance: ['x5c', true],
    untrusted: 'ERR_X5C_UNTRUSTED',
  });
});
