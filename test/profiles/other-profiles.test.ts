/**
 * Logout tokens, Security Event Tokens, client assertions, Key Binding JWTs and SD-JWT VCs: for
 * every check id a token (made with panva `jose`) that passes and one that fails.
 */
import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../src/jose/profiles/check-profile.ts';
import type { ProfileContext, ProfileName } from '../../src/jose/profiles/types.ts';
import { byId, expectPass, jws, NOW, pair, unsecured } from './helpers.ts';

const LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
type Claims = Record<string, unknown>;

interface Suite {
  profile: ProfileName;
  header: Claims;
  claims: Claims;
  context: ProfileContext;
  ids: string[];
  /** id -> how to make that check fail: new claims, header or context. */
  failing: Record<string, { claims?: Claims; header?: Claims; context?: ProfileContext; unsigned?: true }>;
}

const sign = (header: Claims, claims: Claims) => jws(header, stripUndefined(claims), pair('P-256').privateKey);
function stripUndefined(o: Claims): Claims {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

const suites: Suite[] = [
  {
    profile: 'logout+jwt',
    header: { alg: 'ES256', typ: 'logout+jwt' },
    claims: { iss: 'https://op.example.com', aud: 'client-1', iat: NOW - 5, exp: NOW + 115, jti: 'bWJq', sid: '08a5019c-17e1-4977-8f42-65a12843ea02', events: { [LOGOUT_EVENT]: {} } },
    context: { now: NOW, issuer: 'https://op.example.com', clientId: 'client-1' },
    ids: ['typ', 'alg', 'required_claims', 'events', 'sub_or_sid', 'nonce', 'iss', 'aud', 'iat', 'exp'],
    failing: {
      typ: { header: { alg: 'ES256', typ: 'at+jwt' }, context: { profile: 'logout+jwt' } },
      alg: { unsigned: true },
      required_claims: { claims: { jti: undefined } },
      events: { claims: { events: { [LOGOUT_EVENT]: 'yes' } } },
      sub_or_sid: { claims: { sid: undefined } },
      nonce: { claims: { nonce: 'n-0S6' } },
      iss: { claims: { iss: 'https://evil.example.com' } },
      aud: { claims: { aud: 'client-2' } },
      iat: { claims: { iat: NOW + 600 } },
      exp: { claims: { exp: NOW - 1 } },
    },
  },
  {
    profile: 'secevent+jwt',
    header: { alg: 'ES256', typ: 'secevent+jwt' },
    claims: { iss: 'https://idp.example.com/', iat: NOW - 30, jti: '756E69717565206964656E746966696572', aud: 'https://receiver.example.com', events: { 'https://schemas.openid.net/secevent/caep/event-type/session-revoked': { subject: { format: 'opaque', id: 'x' } } } },
    context: { now: NOW, issuer: 'https://idp.example.com/', audience: 'https://receiver.example.com' },
    ids: ['typ', 'alg', 'required_claims', 'events', 'exp', 'iss', 'aud', 'iat'],
    failing: {
      typ: { header: { alg: 'ES256', typ: 'dpop+jwt' }, context: { profile: 'secevent+jwt' } },
      alg: { unsigned: true },
      required_claims: { claims: { jti: undefined } },
      events: { claims: { events: {} } },
      exp: { claims: { exp: NOW + 3600 } },
      iss: { claims: { iss: 'https://other.example.com/' } },
      aud: { claims: { aud: 'https://someone-else.example.com' } },
      iat: { claims: { iat: 'yesterday' } },
    },
  },
  {
    profile: 'client-assertion',
    header: { alg: 'ES256', typ: 'client-authentication+jwt', kid: 'c1' },
    claims: { iss: 's6BhdRkqt3', sub: 's6BhdRkqt3', aud: 'https://as.example.com', exp: NOW + 60, iat: NOW, jti: 'a1b2c3' },
    context: { now: NOW, clientId: 's6BhdRkqt3', audience: 'https://as.example.com' },
    ids: ['typ', 'alg', 'required_claims', 'iss_sub', 'aud', 'aud_single', 'exp', 'jti'],
    failing: {
      typ: { header: { alg: 'ES256', typ: 'at+jwt' }, context: { profile: 'client-assertion' } },
      alg: { unsigned: true },
      required_claims: { claims: { exp: undefined } },
      iss_sub: { claims: { sub: 'someone-else' } },
      aud: { claims: { aud: 'https://other-as.example.com' } },
      aud_single: { claims: { aud: ['https://as.example.com', 'https://as.example.com/token'] } },
      exp: { claims: { exp: NOW - 10 } },
      jti: { claims: { jti: undefined } },
    },
  },
  {
    profile: 'kb+jwt',
    header: { alg: 'ES256', typ: 'kb+jwt' },
    claims: { iat: NOW - 2, aud: 'https://verifier.example.org', nonce: '1234567890', sd_hash: '0_Af-2B-EhLWX5ydh_w2xzwmO6iM66B_2QFCWpyNl0E' },
    context: { now: NOW, audience: 'https://verifier.example.org', nonce: '1234567890', sdHash: '0_Af-2B-EhLWX5ydh_w2xzwmO6iM66B_2QFCWpyNl0E' },
    ids: ['typ', 'alg', 'required_claims', 'iat', 'aud', 'nonce', 'sd_hash'],
    failing: {
      typ: { header: { alg: 'ES256', typ: 'JWT' } },
      alg: { header: { alg: 'HS256', typ: 'kb+jwt' } },
      required_claims: { claims: { aud: ['https://verifier.example.org'] } },
      iat: { claims: { iat: NOW + 300 } },
      aud: { claims: { aud: 'https://other-verifier.example.org' } },
      nonce: { claims: { nonce: '0987654321' } },
      sd_hash: { claims: { sd_hash: 'X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0' } },
    },
  },
  {
    profile: 'dc+sd-jwt',
    header: { alg: 'ES256', typ: 'dc+sd-jwt' },
    claims: { _sd: ['CrQe7S5kqBAHt-nMYXgc6bdt2SH5aTY1sU_M-PgkjPI'], iss: 'https://issuer.example.com', iat: NOW - 1000, exp: NOW + 86400, vct: 'https://credentials.example.com/identity_credential', _sd_alg: 'sha-256', cnf: { jwk: { kty: 'EC', crv: 'P-256', x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc', y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ' } } },
    context: { now: NOW, issuer: 'https://issuer.example.com' },
    ids: ['typ', 'alg', 'vct', 'iss', 'cnf', 'exp'],
    failing: {
      typ: { header: { alg: 'ES256', typ: 'vc+sd-jwt' } },
      alg: { unsigned: true },
      vct: { claims: { vct: undefined } },
      iss: { claims: { iss: 'https://forger.example.com' } },
      cnf: { claims: { cnf: { jwk: 'not a key' } } },
      exp: { claims: { exp: NOW - 1 } },
    },
  },
  {
    profile: 'jwt',
    header: { alg: 'HS256', typ: 'JWT' },
    claims: { sub: '1234567890', name: 'John Doe', exp: NOW + 60 },
    context: { now: NOW },
    ids: ['typ', 'alg', 'exp'],
    failing: {
      typ: { header: { alg: 'HS256', typ: 42 } },
      alg: { unsigned: true },
      exp: { claims: { exp: NOW - 60 } },
    },
  },
];

async function make(s: Suite, f: Suite['failing'][string] = {}): Promise<string> {
  const header = { ...s.header, ...f.header };
  const claims = { ...s.claims, ...f.claims };
  if (f.unsigned) return unsecured({ ...header, alg: 'none' }, stripUndefined(claims));
  if (String(header.alg).startsWith('HS')) return jws(header, stripUndefined(claims), new Uint8Array(32).fill(9));
  return sign(header, claims);
}

for (const s of suites) {
  describe(s.profile, () => {
    it('a good token passes every check', async () => {
      const r = await checkProfile(await make(s), s.context);
      expect(r.profile).toBe(s.profile);
      expect(r.checks.map((c) => c.id)).toEqual(s.ids);
      expectPass(r, s.ids);
    });
    for (const id of s.ids) {
      it(`fails "${id}"`, async () => {
        const f = s.failing[id];
        expect(f, `a failing case for ${id}`).toBeDefined();
        const r = await checkProfile(await make(s, f), { ...s.context, ...f!.context });
        expect(r.profile).toBe(s.profile);
        const c = byId(r, id);
        expect(c.ok, c.message).toBe(false);
      });
    }
  });
}

describe('details of the other profiles', () => {
  it('a logout token says which members are missing, and that a nonce makes it look like an ID token', async () => {
    const s = suites[0]!;
    const r = await checkProfile(await make(s, { claims: { nonce: 'n', jti: undefined, events: undefined } }), s.context);
    expect(byId(r, 'required_claims').message).toMatch(/missing "jti", "events"/);
    expect(byId(r, 'nonce').message).toMatch(/ID token/);
    expect(byId(r, 'events').ok).toBe(false);
  });

  it('a SET with exp fails only as a warning; a logout token without typ is detected by its event and only hinted at', async () => {
    const set = suites[1]!;
    expect(byId(await checkProfile(await make(set, { claims: { exp: NOW + 60 } }), set.context), 'exp').level).toBe('should');
    const logout = suites[0]!;
    const r = await checkProfile(await make(logout, { header: { alg: 'ES256', typ: undefined } }), logout.context);
    expect([r.profile, r.detectedBy]).toEqual(['logout+jwt', 'claims']);
    expect(byId(r, 'typ')).toMatchObject({ ok: true, level: 'should' });
    expect(byId(r, 'typ').message).toMatch(/logout\+jwt.*recommended/);
  });

  it('a client assertion without typ is found by iss = sub, and an array aud is only a warning', async () => {
    const s = suites[2]!;
    const r = await checkProfile(await make(s, { header: { alg: 'ES256', typ: undefined } }), s.context);
    expect([r.profile, r.detectedBy]).toEqual(['client-assertion', 'claims']);
    expect(byId(await checkProfile(await make(s, s.failing.aud_single), s.context), 'aud_single').level).toBe('should');
  });

  it('KB-JWT: sd_hash needs the SD-JWT module\'s hash; an SD-JWT presentation is split to its KB-JWT when asked', async () => {
    const s = suites[3]!;
    const kb = await make(s);
    expect(byId(await checkProfile(kb, { now: NOW }), 'sd_hash')).toMatchObject({ ok: 'n/a', needs: ['sdHash'] });
    const vc = await make(suites[4]!);
    const presentation = `${vc}~WyJlbHVWNU9nM2dTTklJOEVZbnN4QV9BIiwgImZhbWlseV9uYW1lIiwgIkRvZSJd~${kb}`;
    const asVc = await checkProfile(presentation, suites[4]!.context);
    expect([asVc.profile, asVc.part]).toEqual(['dc+sd-jwt', 'issuer-jwt']);
    const asKb = await checkProfile(presentation, { ...s.context, profile: 'kb+jwt' });
    expect([asKb.profile, asKb.part]).toEqual(['kb+jwt', 'kb-jwt']);
    expectPass(asKb, s.ids);
  });

  it('an SD-JWT in the JWS JSON serialization (RFC 9901 §8, no "~") is checked as its Issuer-signed JWT', async () => {
    const vc = (await make(suites[4]!)).split('.');
    const json = JSON.stringify({ protected: vc[0], payload: vc[1], header: { disclosures: ['WyJlbHVWNU9nM2dTTklJOEVZbnN4QV9BIiwgImZhbWlseV9uYW1lIiwgIkRvZSJd'] }, signature: vc[2] });
    const r = await checkProfile(json, suites[4]!.context);
    expect([r.profile, r.part]).toEqual(['dc+sd-jwt', 'issuer-jwt']);
    expectPass(r, suites[4]!.ids);
  });
});
