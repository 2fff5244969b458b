import { describe, expect, it } from 'vitest';
import { JWE_ALGS, JWE_ENCS, JWS_ALGS, generateKey } from '../../jose/index.ts';
import { ALG_GROUPS, describeChoice, extraChoiceFor, generateOptions, isSlow, type GenerateChoice } from './generateChoices.ts';

const choice = (alg: string, extra: Partial<GenerateChoice> = {}): GenerateChoice => ({ alg, rsaSize: 2048, curve: '', enc: 'A256GCM', ...extra });

describe('generate choices', () => {
  it('offer every JWS alg, JWE alg and enc of DESIGN.md, and no "none"', () => {
    const all = ALG_GROUPS.flatMap((g) => g.algs);
    expect(all).toEqual([...JWS_ALGS, ...JWE_ALGS, ...JWE_ENCS]);
    expect(all).not.toContain('none');
  });

  it('RSA takes a size (never under 2048), EdDSA and ECDH-ES a curve, dir an enc', () => {
    expect(extraChoiceFor('PS384')).toEqual({ kind: 'rsa-size' });
    expect(extraChoiceFor('RSA1_5')).toEqual({ kind: 'rsa-size' });
    expect(extraChoiceFor('EdDSA')).toEqual({ kind: 'curve', curves: ['Ed25519', 'Ed448'] });
    expect(extraChoiceFor('ECDH-ES+A256KW')).toMatchObject({ kind: 'curve', curves: ['P-256', 'P-384', 'P-521', 'X25519', 'X448'] });
    expect(extraChoiceFor('dir')).toEqual({ kind: 'enc' });
    expect(extraChoiceFor('ES256K')).toEqual({ kind: 'none' });
    // RFC 9864's Ed25519 / Ed448 and RFC 9964's ML-DSA name their curve or parameter set: nothing to choose.
    expect(extraChoiceFor('Ed448')).toEqual({ kind: 'none' });
    expect(extraChoiceFor('ML-DSA-65')).toEqual({ kind: 'none' });
    expect(isSlow('RS256')).toBe(true);
    expect(isSlow('ES256')).toBe(false);
  });

  it('pass only the options that apply', () => {
    expect(generateOptions(choice('RS512', { rsaSize: 4096, curve: 'P-384' }))).toEqual({ modulusLength: 4096 });
    expect(generateOptions(choice('ECDH-ES', { curve: 'X448' }))).toEqual({ crv: 'X448' });
    expect(generateOptions(choice('EdDSA', { curve: 'P-256' }))).toEqual({});
    expect(generateOptions(choice('dir', { enc: 'A128GCM' }))).toEqual({ enc: 'A128GCM' });
    expect(generateOptions(choice('HS256', { rsaSize: 4096 }))).toEqual({});
    expect(describeChoice(choice('RS256', { rsaSize: 3072 }))).toBe('an RSA 3072-bit key pair for RS256');
    expect(describeChoice(choice('EdDSA'))).toBe('an Ed25519 key pair for EdDSA');
    expect(describeChoice(choice('Ed448'))).toBe('an Ed448 key pair');
    expect(describeChoice(choice('ML-DSA-87'))).toBe('an ML-DSA-87 key pair');
  });

  it('every non-RSA choice generates (the engine accepts the options)', async () => {
    for (const alg of ALG_GROUPS.flatMap((g) => g.algs)) {
      if (isSlow(alg)) continue;
      const made = await generateKey(alg, generateOptions(choice(alg)));
      expect(made.alg).toBe(alg);
    }
  });
});
