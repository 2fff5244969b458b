/**
 * Profile detection (context, then typ, then claims), explicit typing across profiles (RFC 8725
 * §3.11: "JWT" alone is not a finding, another profile's typ is), JWE and inspect() inputs, and
 * bad input: only JoseErrors, with the offset of the problem.
 */
import { CompactEncrypt } from 'jose';
import { describe, expect, it } from 'vitest';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { inspect } from '../../src/jose/inspect/inspect.ts';
import { checkProfile } from '../../src/jose/profiles/check-profile.ts';
import { normalizeTyp } from '../../src/jose/profiles/typing.ts';
import { PROFILE_NAMES } from '../../src/jose/profiles/types.ts';
import { byId, jws, NOW, pair } from './helpers.ts';

const key = pair('P-256').privateKey;
const ES = (typ?: string) => (typ === undefined ? { alg: 'ES256' } : { alg: 'ES256', typ });

describe('detection', () => {
  it('a "typ" that is an Object.prototype member name ("__proto__", "constructor") names no profile', async () => {
    // Found by property.test.ts: TYP_PROFILES["__proto__"] was Object.prototype, and checkProfile threw a TypeError.
    const { bestPractices } = await import('../../src/jose/profiles/best-practices.ts');
    for (const typ of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const token = await jws(ES(typ), {}, key);
      const r = await checkProfile(token, { now: NOW });
      expect([r.profile, r.detectedBy], typ).toEqual(['jwt', 'default']);
      expect(bestPractices(token).length).toBeGreaterThan(10);
    }
  });

  it('typ wins over claims, and claims decide when typ names no profile', async () => {
    const idTokenClaims = { iss: 'https://op.example', sub: 'u', aud: 'c', exp: NOW + 60, iat: NOW, nonce: 'n' };
    expect((await checkProfile(await jws(ES('logout+jwt'), idTokenClaims, key), { now: NOW })).profile).toBe('logout+jwt');
    for (const typ of [undefined, 'JWT', 'jwt', 'application/jwt']) {
      const r = await checkProfile(await jws(ES(typ), idTokenClaims, key), { now: NOW });
      expect([r.profile, r.detectedBy], String(typ)).toEqual(['id_token', 'claims']);
    }
    const plain = await checkProfile(await jws(ES('example+jwt'), { sub: 'x' }, key));
    expect([plain.profile, plain.detectedBy]).toEqual(['jwt', 'default']);
    expect(plain.reason).toMatch(/example\+jwt/);
    expect(byId(plain, 'typ').ok).toBe(true);
  });

  const typs: [string, string][] = [
    ['at+jwt', 'at+jwt'], ['Application/AT+JWT', 'at+jwt'], ['dpop+jwt', 'dpop+jwt'], ['logout+jwt', 'logout+jwt'], ['secevent+jwt', 'secevent+jwt'],
    ['kb+jwt', 'kb+jwt'], ['dc+sd-jwt', 'dc+sd-jwt'], ['vc+sd-jwt', 'dc+sd-jwt'], ['client-authentication+jwt', 'client-assertion'],
  ];
  for (const [typ, profile] of typs) {
    it(`typ ${typ} means ${profile}`, async () => {
      const r = await checkProfile(await jws(ES(typ), { sub: 'x' }, key), { now: NOW });
      expect([r.profile, r.detectedBy]).toEqual([profile, 'typ']);
    });
  }

  it('context.profile forces a profile; the typ naming another one then fails as cross-JWT confusion', async () => {
    const t = await jws(ES('dpop+jwt'), { htm: 'GET', htu: 'https://x.example/', iat: NOW, jti: 'j' }, key);
    const r = await checkProfile(t, { now: NOW, profile: 'at+jwt' });
    expect([r.profile, r.detectedBy]).toEqual(['at+jwt', 'context']);
    expect(r.candidates).toEqual(['dpop+jwt']);
    const typ = byId(r, 'typ');
    expect([typ.ok, typ.level]).toEqual([false, 'must']);
    expect(typ.message).toMatch(/DPoP proof.*confusion/);
    await expect(checkProfile(t, { profile: 'saml' as never })).rejects.toBeInstanceOf(TypeError);
  });

  it('lists every profile the claims fit, so confusion is visible', async () => {
    const both = await jws(ES(), { iss: 'c1', sub: 'c1', aud: 'https://as.example', exp: NOW + 1, sd_hash: 'x' }, key);
    const r = await checkProfile(both, { now: NOW });
    expect(r.candidates).toEqual(['kb+jwt', 'client-assertion']);
    expect(r.profile).toBe('kb+jwt');
    // ID token markers win over client_id: an ID token with azp is not taken for an access token.
    const idAndAt = await jws(ES(), { iss: 'x', sub: 's', aud: 'y', exp: NOW + 1, client_id: 'c', azp: 'c' }, key);
    expect((await checkProfile(idAndAt, { now: NOW })).candidates).toEqual(['id_token']);
  });

  it('normalizeTyp drops "application/" and case (RFC 7515 §4.1.9)', () => {
    expect(normalizeTyp(' Application/DPoP+JWT ')).toBe('dpop+jwt');
    expect(PROFILE_NAMES).toHaveLength(9);
  });
});

describe('explicit typing on every profile', () => {
  const required = ['at+jwt', 'dpop+jwt', 'kb+jwt', 'dc+sd-jwt'] as const;
  const optional = ['id_token', 'logout+jwt', 'secevent+jwt', 'client-assertion', 'jwt'] as const;
  it('"JWT" or no typ fails where the profile requires its typ, and is not a finding elsewhere', async () => {
    for (const profile of required) {
      for (const typ of [undefined, 'JWT']) {
        const c = byId(await checkProfile(await jws(ES(typ), { sub: 'x' }, key), { profile }), 'typ');
        expect([c.ok, c.level], `${profile} ${typ}`).toEqual([false, 'must']);
      }
    }
    for (const profile of optional) {
      for (const typ of [undefined, 'JWT']) {
        const c = byId(await checkProfile(await jws(ES(typ), { sub: 'x' }, key), { profile }), 'typ');
        expect(c.ok, `${profile} ${typ}: ${c.message}`).toBe(true);
        expect(c.message).toMatch(/not a finding/);
      }
    }
  });
  it('a typ that is not a string is malformed for every profile', async () => {
    for (const profile of PROFILE_NAMES) {
      const c = byId(await checkProfile(await jws({ alg: 'ES256', typ: ['JWT'] }, { sub: 'x' }, key), { profile }), 'typ');
      expect(c.ok, profile).toBe(false);
    }
  });
});

describe('inputs', () => {
  it('takes an inspect() result, and reports a JWE with typ but encrypted claims', async () => {
    const t = await jws(ES('at+jwt'), { iss: 'a', exp: NOW + 5, aud: 'b', sub: 'c', client_id: 'd', iat: NOW, jti: 'e' }, key);
    const fromInspect = await checkProfile(inspect(t), { now: NOW });
    expect(fromInspect.profile).toBe('at+jwt');
    const jwe = await new CompactEncrypt(new TextEncoder().encode('{"iss":"a"}')).setProtectedHeader({ alg: 'dir', enc: 'A128GCM', typ: 'at+jwt' }).encrypt(new Uint8Array(16));
    const r = await checkProfile(jwe, { now: NOW });
    expect(r.profile).toBe('at+jwt');
    expect(r.checks.map((c) => c.id)).toEqual(['typ', 'alg', 'claims']);
    expect(byId(r, 'claims')).toMatchObject({ ok: 'n/a', needs: ['claims'] });
    // With the decrypted claims given, the profile's checks run on them.
    const opened = await checkProfile(jwe, { now: NOW, claims: { iss: 'a' } });
    expect(byId(opened, 'required_claims').ok).toBe(false);
    expect(byId(await checkProfile(jwe, { profile: 'dpop+jwt', claims: {} }), 'alg').ok).toBe(false);
  });

  it('throws only JoseErrors for bad data, with the offset in the caller\'s text', async () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['not a token', /not a compact/],
      ['eyJhbGciOiJFUzI1NiJ9.!!!.c2ln', /payload/],
      [`eyJhbGciOiJFUzI1NiJ9.${Buffer.from('[1,2]').toString('base64url')}.c2ln`, /not a JSON object/],
    ];
    for (const [text, message] of cases) {
      const error = await checkProfile(text).catch((e: unknown) => e);
      expect(error, text).toBeInstanceOf(JoseError);
      expect((error as JoseError).code).toBe('ERR_MALFORMED');
      expect((error as Error).message).toMatch(message);
    }
    const sd = `${await jws(ES('dc+sd-jwt'), { vct: 'x' }, key)}~WyJh~eyJhbGciOiJFUzI1NiJ9.!!.c2ln`;
    const error = (await checkProfile(sd, { profile: 'kb+jwt' }).catch((e: unknown) => e)) as JoseError;
    expect(error.code).toBe('ERR_MALFORMED');
    expect(error.offset).toBe(sd.lastIndexOf('!!'));
  });
});
