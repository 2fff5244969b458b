import { describe, expect, it } from 'vitest';
import { keyChoices } from './algorithms.ts';

describe('key generation choices per alg', () => {
  it('EdDSA offers both curves; RFC 9864 Ed25519 / Ed448 and RFC 9964 ML-DSA name theirs, so offer none', () => {
    expect(keyChoices('EdDSA')).toEqual({ kind: 'curve', values: ['Ed25519', 'Ed448'] });
    expect(keyChoices('Ed25519')).toBeNull();
    expect(keyChoices('Ed448')).toBeNull();
    expect(keyChoices('ML-DSA-44')).toBeNull();
    expect(keyChoices('PS256')).toEqual({ kind: 'size', values: [2048, 3072, 4096] });
  });
});
