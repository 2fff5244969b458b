/**
 * RFC 9068 access tokens and RFC 9449 DPoP proofs. Proofs are made by panva `jose`'s SignJWT with
 * the public key in the "jwk" header, as a DPoP client does; thumbprints by jose's
 * calculateJwkThumbprint and ath by node:crypto.
 */
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../src/jose/profiles/check-profile.ts';
import type { ProfileContext } from '../../src/jose/profiles/types.ts';
import { byId, expectPass, jkt, jws, NOW, pair, sha256b64u, unsecured } from './helpers.ts';

const RS = 'https://rs.example.com';

async function accessToken(claims: Record<string, unknown> = {}, header: Record<string, unknown> = { alg: 'ES384', typ: 'at+jwt' }): Promise<string> {
  const boundTo = await jkt(pair('P-256').publicJwk);
  return jws(header, {
    iss: 'https://as.example.com',
    exp: NOW + 3600,
    aud: RS,
    sub: '5ba552d67',
    client_id: 's6BhdRkqt3',
    iat: NOW - 60,
    jti: 'dbe39bf3a3ba4238a513f51d6e1691c4',
    scope: 'read write',
    cnf: { jkt: boundTo },
    ...claims,
  }, pair('P-384').privateKey);
}

describe('RFC 9068 access token', () => {
  const ctx: ProfileContext = { now: NOW, issuer: 'https://as.example.com', audience: RS };
  const IDS = ['typ', 'alg', 'required_claims', 'iss', 'aud', 'exp', 'cnf'];

  it('is detected from typ at+jwt, and a good one passes', async () => {
    const r = await checkProfile(await accessToken(), ctx);
    expect([r.profile, r.detectedBy]).toEqual(['at+jwt', 'typ']);
    expect(r.checks.map((c) => c.id)).toEqual(IDS);
    expectPass(r, IDS);
    expect(byId(await checkProfile(await accessToken({}, { alg: 'ES384', typ: 'application/at+jwt' }), ctx), 'typ').ok).toBe(true);
  });

  const failing: [string, () => Promise<string>, Partial<ProfileContext>?][] = [
    ['typ', () => accessToken({}, { alg: 'ES384', typ: 'JWT' })],
    ['alg', async () => unsecured({ alg: 'none', typ: 'at+jwt' }, { iss: 'https://as.example.com', exp: NOW + 60, aud: RS, sub: 'a', client_id: 'c', iat: NOW, jti: 'j' })],
    ['required_claims', () => accessToken({ jti: undefined, client_id: 42 })],
    ['iss', () => accessToken({ iss: 'https://other-as.example.com' })],
    ['aud', () => accessToken({ aud: 'https://other-rs.example.com' })],
    ['exp', () => accessToken({ exp: NOW - 5 })],
    ['cnf', () => accessToken({ cnf: 'bound' })],
  ];
  for (const [id, make, extra] of failing) {
    it(`fails "${id}"`, async () => {
      const r = await checkProfile(await make(), { ...ctx, ...extra });
      expect(r.profile).toBe('at+jwt');
      expect(byId(r, id).ok, byId(r, id).message).toBe(false);
    });
  }

  it('names the missing and mistyped required claims', async () => {
    const c = byId(await checkProfile(await accessToken({ jti: undefined, client_id: 42 }), ctx), 'required_claims');
    expect(c.message).toContain('missing "jti"');
    expect(c.message).toContain('"client_id" must be a string, not a number');
    // A typ JWT token with RFC 9068 claims is still detected as an access token, then fails typ.
    const typed = await checkProfile(await accessToken({}, { alg: 'ES384', typ: 'JWT' }), ctx);
    expect([typed.profile, typed.detectedBy]).toEqual(['at+jwt', 'claims']);
  });
});

const HTU = 'https://rs.example.com/resource';
/** One access token for all proofs (ECDSA signatures differ each time, and ath hashes the exact text). */
let boundAccessToken: Promise<string> | undefined;
const theAccessToken = () => (boundAccessToken ??= accessToken());

async function proof(opts: { claims?: Record<string, unknown>; header?: Record<string, unknown>; signWith?: 'same' | 'other'; jwk?: JWK } = {}): Promise<string> {
  const { publicJwk, privateKey } = pair('P-256');
  const at = await theAccessToken();
  const claims = { jti: 'e1j3V_bKic8-LAEB', htm: 'POST', htu: HTU, iat: NOW - 5, ath: sha256b64u(at), nonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v', ...opts.claims };
  for (const k of Object.keys(claims)) if ((claims as Record<string, unknown>)[k] === undefined) delete (claims as Record<string, unknown>)[k];
  const header = { alg: 'ES256', typ: 'dpop+jwt', jwk: opts.jwk ?? publicJwk, ...opts.header };
  // "other": a second P-256 key, so the signature is well formed but not made by the key in "jwk".
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(opts.signWith === 'other' ? OTHER_P256 : privateKey);
}

const OTHER_P256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

describe('RFC 9449 DPoP proof', () => {
  const IDS = ['typ', 'alg', 'jwk', 'jti', 'htm', 'htu', 'iat', 'ath', 'nonce', 'jkt'];
  const context = async (): Promise<ProfileContext> => ({ now: NOW, dpop: { htm: 'POST', htu: `${HTU}?page=2#top`, accessToken: await theAccessToken(), nonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v' } });

  it('is detected from typ, and a proof made by jose SignJWT with a jwk header passes every check', async () => {
    const r = await checkProfile(await proof(), await context());
    expect([r.profile, r.detectedBy]).toEqual(['dpop+jwt', 'typ']);
    expect(r.checks.map((c) => c.id)).toEqual(IDS);
    expectPass(r, IDS);
    // jkt came from the access token's cnf.jkt; the check shows the thumbprint it computed.
    expect(byId(r, 'jkt').values?.thumbprint).toBe(await jkt(pair('P-256').publicJwk));
    expect(byId(r, 'ath').values?.expected).toBe(sha256b64u(await theAccessToken()));
  });

  it('checks jkt against an explicit thumbprint too, and says what it needs without one', async () => {
    const t = await proof();
    expect(byId(await checkProfile(t, { now: NOW, dpop: { jkt: await jkt(pair('P-256').publicJwk) } }), 'jkt').ok).toBe(true);
    const bare = await checkProfile(t, { now: NOW });
    expect(byId(bare, 'jkt')).toMatchObject({ ok: 'n/a', needs: ['dpop.jkt', 'dpop.accessToken'] });
    expect(byId(bare, 'htu')).toMatchObject({ ok: 'n/a', needs: ['dpop.htu'] });
    expect(byId(bare, 'ath')).toMatchObject({ ok: 'n/a', needs: ['dpop.accessToken'] });
  });

  const failing: [string, () => Promise<string>, ((c: ProfileContext) => ProfileContext)?][] = [
    ['typ', () => proof({ header: { typ: 'JWT' } })],
    ['alg', () => new SignJWT({ jti: 'j', htm: 'POST', htu: HTU, iat: NOW }).setProtectedHeader({ alg: 'HS256', typ: 'dpop+jwt', jwk: pair('P-256').publicJwk }).sign(new Uint8Array(32).fill(1))],
    ['jwk', () => proof({ signWith: 'other' })],
    ['jti', () => proof({ claims: { jti: undefined } })],
    ['htm', () => proof({ claims: { htm: 'GET' } })],
    ['htu', () => proof({ claims: { htu: 'https://rs.example.com/other' } })],
    ['iat', () => proof({ claims: { iat: NOW - 301 } })],
    ['ath', () => proof({ claims: { ath: sha256b64u('another access token') } })],
    ['nonce', () => proof({ claims: { nonce: 'stale-nonce' } })],
    ['jkt', () => proof(), (c) => ({ ...c, dpop: { ...c.dpop, jkt: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' } })],
  ];
  for (const [id, make, tweak] of failing) {
    it(`fails "${id}"`, async () => {
      const ctx = await context();
      const r = await checkProfile(await make(), tweak ? tweak(ctx) : ctx);
      expect(r.profile).toBe('dpop+jwt');
      expect(byId(r, id).ok, byId(r, id).message).toBe(false);
    });
  }

  it('refuses a jwk with private members or a secret, and an iat in the future', async () => {
    const leaked = byId(await checkProfile(await proof({ jwk: pair('P-256').privateJwk }), await context()), 'jwk');
    expect([leaked.ok, leaked.message]).toEqual([false, expect.stringContaining('"d"')]);
    const oct = byId(await checkProfile(await proof({ jwk: { kty: 'oct', k: 'c2VjcmV0' } }), await context()), 'jwk');
    expect(oct.ok).toBe(false);
    expect(byId(await checkProfile(await proof({ claims: { iat: NOW + 60 } }), await context()), 'iat').ok).toBe(false);
    // maxAgeSeconds widens the window.
    const ctx = await context();
    expect(byId(await checkProfile(await proof({ claims: { iat: NOW - 301 } }), { ...ctx, dpop: { ...ctx.dpop, maxAgeSeconds: 600 } }), 'iat').ok).toBe(true);
  });

  it('verifies the jwk signature for RSA and Ed25519 proofs too', async () => {
    for (const [kind, alg] of [['rsa', 'PS256'], ['ed25519', 'EdDSA']] as const) {
      const p = pair(kind);
      const t = await new SignJWT({ jti: 'j1', htm: 'POST', htu: HTU, iat: NOW }).setProtectedHeader({ alg, typ: 'dpop+jwt', jwk: p.publicJwk }).sign(p.privateKey);
      const r = await checkProfile(t, { now: NOW, dpop: { htm: 'POST', htu: HTU, jkt: await jkt(p.publicJwk) } });
      expectPass(r, ['jwk', 'jkt', 'htm', 'htu', 'iat']);
    }
  });
});
