/**
 * SD-JWT messages repeat claim names, pointers, digests and KB-JWT members: a 100 KB one must show
 * as echo() shows it, not whole (issue 14's "truncate echoed values in every message", applied to
 * src/jose/sd-jwt, which landed after it).
 */
import { describe, expect, it } from 'vitest';
import { decodeSdJwt, importKey, verifySdJwt, type JoseError } from '../../src/jose/index.ts';
import { digest, disclosure, jws, kbJwt, keyPair } from '../sd-jwt/craft.ts';

const HUGE = 'n'.repeat(100_000);
const BOUND = 2_000;
const issuer = keyPair();
const holder = keyPair();
const H = { alg: 'ES256', typ: 'example+sd-jwt' };
const sdJwt = (payload: object, disclosures: string[], header: object = H) => `${jws(header, payload, issuer.priv)}~${disclosures.map((d) => `${d}~`).join('')}`;

async function message(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as JoseError).message;
  }
  throw new Error('expected a JoseError');
}

describe('SD-JWT messages echo a 100 KB value bounded', () => {
  const named = disclosure(['c2FsdC1vZi0xMjgtYml0cw', HUGE, 1]);
  const cases: Array<[string, string]> = [
    ['a claim that already exists', sdJwt({ [HUGE]: 0, _sd: [digest(named)] }, [named])],
    ['an unreferenced Disclosure', sdJwt({ _sd: [] }, [named])],
    ['a digest seen twice', sdJwt({ _sd: [HUGE, HUGE] }, [])],
    ['a Disclosure inside a 100 KB pointer', sdJwt({ [HUGE]: { [HUGE]: [{ '...': digest(named) }] } }, [named])],
    ['"_sd_alg" of 100 KB', sdJwt({ _sd_alg: HUGE, _sd: [] }, [])],
    ['a salt that is not a string', sdJwt({ _sd: [] }, [disclosure([[HUGE], 'a', 1])])],
  ];

  it.each(cases)('verifySdJwt and decodeSdJwt: %s', async (_, text) => {
    const key = await importKey(issuer.pub);
    const verified = await message(() => verifySdJwt(text, key));
    const decoded = await message(() => decodeSdJwt(text));
    expect(verified.length).toBeLessThan(BOUND);
    expect(decoded.length).toBeLessThan(BOUND);
  });

  it('Key Binding checks: 100 KB "typ", "aud", "nonce" and "sd_hash"', async () => {
    const base = sdJwt({ cnf: { jwk: holder.pub }, _sd: [] }, []);
    const kb = kbJwt(base, holder.priv, { aud: HUGE, nonce: HUGE, sd_hash: HUGE }, { alg: 'ES256', typ: HUGE });
    const decoded = await decodeSdJwt(base + kb);
    const messages = decoded.kb!.checks.map((c) => c.message);
    expect(messages.length).toBeGreaterThan(3);
    expect(Math.max(...messages.map((m) => m.length))).toBeLessThan(BOUND);
    const verified = await message(async () => verifySdJwt(base + kb, await importKey(issuer.pub), { kb: { required: true, aud: `${HUGE}x`, nonce: `${HUGE}y` } }));
    expect(verified.length).toBeLessThan(BOUND);
  });
});

it('a "cnf" with 100 KB member names and no "jwk"', async () => {
  const base = sdJwt({ cnf: { [HUGE]: 1, [`${HUGE}2`]: 2 }, _sd: [] }, []);
  const decoded = await decodeSdJwt(base + kbJwt(base, holder.priv));
  expect(Math.max(...decoded.kb!.checks.map((c) => c.message.length))).toBeLessThan(BOUND);
});
