/** fast-check: verify throws nothing but JoseError for arbitrary strings and mutated valid tokens; sign/verify round-trips arbitrary payloads. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JoseError } from '../../src/jose/lib/errors.ts';
import { importKey } from '../../src/jose/jwk/import.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';
import { sign } from '../../src/jose/jws/sign.ts';
import { verify } from '../../src/jose/jws/verify.ts';
import { serializeCompact } from '../../src/jose/serialize/compact.ts';
import { serializeJson } from '../../src/jose/serialize/json.ts';
import { jwk, vector } from './helpers.ts';

async function onlyJoseErrors(p: Promise<unknown>): Promise<'ok' | string> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    if (!(error instanceof JoseError)) throw error;
    return error.code;
  }
}

describe('verify throws only JoseError', () => {
  it('on arbitrary strings', async () => {
    const key = (await importKey('notsosecret')) as JoseKey;
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.constantFrom('.', 'eyJhbGciOiJIUzI1NiJ9', 'e30', '{', '"payload":', 'AA', '=', ' '), { maxLength: 12 }).map((a) => a.join(''))), async (s) => {
      expect(await onlyJoseErrors(verify(s, key))).not.toBe('ok');
    }), { numRuns: 500 });
  });

  it('on mutated valid tokens of every family (a mutation never verifies unless it is a no-op)', async () => {
    const a3 = vector('rfc-appendix/rfc7515-A.3-ES256.json');
    const a2 = vector('rfc-appendix/rfc7515-A.2-RS256.json');
    const seeds = vector('seeds.json');
    const cases: [string, JoseKey][] = [
      [seeds.hs256_notsosecret.token, (await importKey('notsosecret')) as JoseKey],
      [a3.expected.compact, await jwk(a3.key)],
      [a2.expected.compact, await jwk(a2.key)],
    ];
    await fc.assert(fc.asyncProperty(fc.nat({ max: cases.length - 1 }), fc.nat(), fc.string({ unit: 'binary', maxLength: 2 }), fc.nat({ max: 2 }), async (which, at, insert, del) => {
      const [token, key] = cases[which]!;
      const i = at % (token.length + 1);
      const mutated = token.slice(0, i) + insert + token.slice(i + del);
      const outcome = await onlyJoseErrors(verify(mutated, key));
      if (mutated !== token) expect(outcome).not.toBe('ok');
    }), { numRuns: 400 });
  });

  it('round-trips arbitrary payloads, compact and JSON, b64 true and false', async () => {
    const key = await jwk({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' });
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 100 }), fc.boolean(), async (payload, b64) => {
      const jws = await sign(payload, key, { alg: 'HS512', b64 });
      const text = b64 ? serializeCompact(jws) : serializeJson(jws);
      expect((await verify(text, key)).text).toBe(payload);
    }), { numRuns: 200 });
  });
});
