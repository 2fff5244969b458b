/**
 * ID token checks (OpenID Connect Core §2, §3.1.3.7, §3.3.2.11; FAPI s_hash): for every check id a
 * token that passes and one that fails, made with panva `jose`; the half hashes are computed by
 * node:crypto, for every alg family including EdDSA on Ed25519 (SHA-512) and Ed448 (SHAKE256).
 */
import { sign as nodeSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../src/jose/profiles/check-profile.ts';
import { halfHash } from '../../src/jose/profiles/half-hash.ts';
import type { ProfileContext } from '../../src/jose/profiles/types.ts';
import { byId, expectPass, jws, NOW, nodeHalfHash, pair, unsecured } from './helpers.ts';

const ACCESS_TOKEN = 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y';
const CODE = 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk';
const STATE = 'af0ifjsldkj';

const baseClaims = () => ({
  iss: 'https://op.example.com',
  sub: '248289761001',
  aud: ['client-1', 'https://rs.example.com'],
  azp: 'client-1',
  exp: NOW + 600,
  iat: NOW - 10,
  auth_time: NOW - 100,
  nonce: 'n-0S6_WzA2Mj',
  at_hash: nodeHalfHash(ACCESS_TOKEN, 'sha256'),
  c_hash: nodeHalfHash(CODE, 'sha256'),
  s_hash: nodeHalfHash(STATE, 'sha256'),
});
const baseContext = (): ProfileContext => ({ now: NOW, issuer: 'https://op.example.com', clientId: 'client-1', nonce: 'n-0S6_WzA2Mj', accessToken: ACCESS_TOKEN, code: CODE, state: STATE });
const IDS = ['typ', 'alg', 'iss', 'sub', 'aud', 'exp', 'iat', 'azp', 'nonce', 'auth_time', 'at_hash', 'c_hash', 's_hash'] as const;

async function token(claims: Record<string, unknown> = baseClaims(), header: Record<string, unknown> = { alg: 'RS256', kid: 'op-1' }) {
  return jws(header, claims, pair('rsa').privateKey);
}

describe('ID token', () => {
  it('is detected from its claims, and a good one passes every check', async () => {
    const r = await checkProfile(await token(), baseContext());
    expect(r.profile).toBe('id_token');
    expect(r.detectedBy).toBe('claims');
    expect(r.reason).toMatch(/nonce/);
    expect(r.checks.map((c) => c.id)).toEqual([...IDS]);
    expectPass(r, IDS);
    expect(r.summary).toEqual({ pass: IDS.length, fail: 0, warn: 0, na: 0 });
  });

  const failing: [string, () => Promise<{ t: string; ctx?: Partial<ProfileContext> }>][] = [
    ['typ', async () => ({ t: await token(baseClaims(), { alg: 'RS256', typ: 'at+jwt' }), ctx: { profile: 'id_token' } })],
    ['alg', async () => ({ t: unsecured({ alg: 'none' }, baseClaims()) })],
    ['iss', async () => ({ t: await token({ ...baseClaims(), iss: 'https://evil.example.com' }) })],
    ['sub', async () => ({ t: await token({ ...baseClaims(), sub: 'x'.repeat(256) }) })],
    ['aud', async () => ({ t: await token(), ctx: { clientId: 'client-2' } })],
    ['exp', async () => ({ t: await token({ ...baseClaims(), exp: NOW - 1 }) })],
    ['iat', async () => ({ t: await token({ ...baseClaims(), iat: NOW + 3600 }) })],
    ['azp', async () => ({ t: await token({ ...baseClaims(), azp: 'client-9' }) })],
    ['nonce', async () => ({ t: await token(), ctx: { nonce: 'another-nonce' } })],
    ['auth_time', async () => ({ t: await token({ ...baseClaims(), auth_time: '2027-01-15' }) })],
    ['at_hash', async () => ({ t: await token(), ctx: { accessToken: `${ACCESS_TOKEN}x` } })],
    ['c_hash', async () => ({ t: await token({ ...baseClaims(), c_hash: nodeHalfHash(CODE, 'sha512') }) })],
    ['s_hash', async () => ({ t: await token(), ctx: { state: 'other-state' } })],
  ];
  for (const [id, make] of failing) {
    it(`fails "${id}"`, async () => {
      const { t, ctx } = await make();
      const r = await checkProfile(t, { ...baseContext(), ...ctx });
      expect(r.profile).toBe('id_token');
      const c = byId(r, id);
      expect(c.ok, c.message).toBe(false);
    });
  }

  it('fails a missing required claim, by claim, and a missing azp with several audiences only as a warning', async () => {
    for (const name of ['iss', 'sub', 'exp', 'iat'] as const) {
      const { [name]: _gone, ...claims } = baseClaims();
      const r = await checkProfile(await token(claims), baseContext());
      expect(byId(r, name).ok).toBe(false);
      expect(byId(r, name).message).toContain(`"${name}"`);
    }
    const { azp: _azp, ...noAzp } = baseClaims();
    const c = byId(await checkProfile(await token(noAzp), baseContext()), 'azp');
    expect([c.ok, c.level]).toEqual([false, 'should']);
    expect(byId(await checkProfile(await token({ ...noAzp, aud: 'client-1' }), baseContext()), 'azp').ok).toBe('n/a');
  });

  it('says which context would let a check run instead of guessing', async () => {
    const r = await checkProfile(await token(), { now: NOW });
    for (const [id, need] of [['nonce', 'nonce'], ['at_hash', 'accessToken'], ['c_hash', 'code'], ['s_hash', 'state']] as const) {
      expect(byId(r, id).ok).toBe('n/a');
      expect(byId(r, id).needs).toEqual([need]);
    }
    expect(byId(r, 'aud')).toMatchObject({ ok: true, needs: ['clientId'] });
    expect(byId(r, 'iss')).toMatchObject({ ok: true, needs: ['issuer'] });
    // With a nonce expected but none in the token, the check fails rather than staying n/a.
    const { nonce: _n, ...noNonce } = baseClaims();
    expect(byId(await checkProfile(await token(noNonce), baseContext()), 'nonce').ok).toBe(false);
  });
});

describe('at_hash / c_hash / s_hash use the hash named by the alg', () => {
  const cases: [string, 'sha256' | 'sha384' | 'sha512' | 'shake256'][] = [
    ['HS256', 'sha256'],
    ['HS384', 'sha384'],
    ['HS512', 'sha512'],
    ['RS256', 'sha256'],
    ['RS384', 'sha384'],
    ['RS512', 'sha512'],
    ['PS256', 'sha256'],
    ['PS384', 'sha384'],
    ['PS512', 'sha512'],
    ['ES256', 'sha256'],
    ['ES384', 'sha384'],
    ['ES512', 'sha512'],
    ['EdDSA/Ed25519', 'sha512'],
    ['EdDSA/Ed448', 'shake256'],
  ];
  const keyFor = (alg: string) => {
    if (alg.startsWith('HS')) return new Uint8Array(64).fill(7);
    if (alg.startsWith('RS') || alg.startsWith('PS')) return pair('rsa').privateKey;
    if (alg === 'ES256') return pair('P-256').privateKey;
    if (alg === 'ES384') return pair('P-384').privateKey;
    if (alg === 'ES512') return pair('P-521').privateKey;
    return pair('ed25519').privateKey;
  };
  async function make(alg: string, claims: Record<string, unknown>): Promise<string> {
    if (alg === 'EdDSA/Ed448') {
      // panva jose v6 does not sign Ed448: node:crypto does.
      const input = `${Buffer.from(JSON.stringify({ alg: 'EdDSA' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
      return `${input}.${nodeSign(null, Buffer.from(input), pair('ed448').privateKey).toString('base64url')}`;
    }
    return jws({ alg: alg.split('/')[0]! }, claims, keyFor(alg));
  }
  for (const [alg, hash] of cases) {
    it(`${alg}: ${hash}`, async () => {
      const claims = { ...baseClaims(), at_hash: nodeHalfHash(ACCESS_TOKEN, hash), c_hash: nodeHalfHash(CODE, hash), s_hash: nodeHalfHash(STATE, hash) };
      const good = await checkProfile(await make(alg, claims), baseContext());
      expectPass(good, ['at_hash', 'c_hash', 's_hash']);
      expect(byId(good, 'at_hash').values?.expected).toBe(nodeHalfHash(ACCESS_TOKEN, hash));
      // The same value hashed with the wrong function fails.
      const other = hash === 'sha256' ? 'sha512' : 'sha256';
      const bad = await checkProfile(await make(alg, { ...claims, at_hash: nodeHalfHash(ACCESS_TOKEN, other) }), baseContext());
      expect(byId(bad, 'at_hash').ok).toBe(false);
    });
  }

  it('halfHash matches the OpenID Connect Core example and node:crypto for the RFC 9864 alg names', async () => {
    // OpenID Connect Core 1.0, Appendix A.3: this access token's at_hash with RS256.
    expect((await halfHash(ACCESS_TOKEN, 'RS256')).value).toBe('77QmUPtjPfzWtF2AnpK9RQ');
    expect((await halfHash('x', 'Ed25519')).value).toBe(nodeHalfHash('x', 'sha512'));
    const ed448 = await halfHash('x', 'Ed448');
    expect([ed448.hash, ed448.digest.length, ed448.half.length, ed448.value]).toEqual(['SHAKE256', 114, 57, nodeHalfHash('x', 'shake256')]);
    expect((await halfHash('x', 'ES256K')).value).toBe(nodeHalfHash('x', 'sha256'));
  });

  it('has no hash for none, unknown algs or EdDSA without a curve: the check is n/a, halfHash a JoseError', async () => {
    await expect(halfHash('x', 'none')).rejects.toMatchObject({ code: 'ERR_ALG_UNSUPPORTED' });
    await expect(halfHash('x', 'EdDSA')).rejects.toMatchObject({ code: 'ERR_ALG_UNSUPPORTED' });
    await expect(halfHash('x', 'ML-DSA-65')).rejects.toMatchObject({ code: 'ERR_ALG_UNSUPPORTED' });
    const r = await checkProfile(unsecured({ alg: 'none' }, baseClaims()), baseContext());
    expect(byId(r, 'at_hash').ok).toBe('n/a');
  });
});
