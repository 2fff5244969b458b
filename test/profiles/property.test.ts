/**
 * Whatever the header and claims hold, checkProfile (as every profile) and bestPractices return
 * checks and never throw; whatever text they get, they throw nothing but a JoseError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { bestPractices } from '../../src/jose/profiles/best-practices.ts';
import { checkProfile } from '../../src/jose/profiles/check-profile.ts';
import { PROFILE_NAMES } from '../../src/jose/profiles/types.ts';
import { NOW, unsecured } from './helpers.ts';

const value = fc.jsonValue({ maxDepth: 2 });
const names = fc.constantFrom('iss', 'sub', 'aud', 'exp', 'iat', 'nbf', 'jti', 'nonce', 'at_hash', 'c_hash', 's_hash', 'azp', 'auth_time', 'client_id', 'events', 'sid', 'htm', 'htu', 'ath', 'cnf', 'vct', 'sd_hash', '__proto__', 'constructor');
const claims = fc.dictionary(names, value, { maxKeys: 8 });
const header = fc.record({
  alg: fc.oneof(fc.constantFrom('ES256', 'HS256', 'EdDSA', 'none', 'RSA-OAEP', 'PBES2-HS256+A128KW'), value),
  typ: fc.oneof(fc.constantFrom('JWT', 'at+jwt', 'dpop+jwt', 'logout+jwt', 'kb+jwt', 'dc+sd-jwt', 'application/secevent+jwt'), value),
  jwk: value,
  x5c: value,
  crit: value,
  zip: value,
  p2c: value,
}, { requiredKeys: ['alg'] });

describe('checkProfile and bestPractices on arbitrary content', () => {
  it('return checks for any header and claims, as every profile', async () => {
    await fc.assert(
      fc.asyncProperty(header, claims, fc.constantFrom(...PROFILE_NAMES, undefined), async (h, c, profile) => {
        const token = unsecured(h, c);
        const r = await checkProfile(token, { now: NOW, ...(profile ? { profile } : {}), dpop: { htu: 'https://x.example/', htm: 'GET', accessToken: 'at' }, accessToken: 'at', nonce: 'n' });
        expect(r.checks.length).toBeGreaterThan(0);
        for (const check of r.checks) expect([true, false, 'n/a']).toContain(check.ok);
        expect(bestPractices(token).length).toBe(18);
      }),
      { numRuns: 150 },
    );
  });

  it('throw only JoseErrors for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_~.-]{0,60}$/)), async (text) => {
        for (const run of [() => checkProfile(text), async () => bestPractices(text)]) {
          try {
            await run();
          } catch (error) {
            expect(error, String(error)).toBeInstanceOf(JoseError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
