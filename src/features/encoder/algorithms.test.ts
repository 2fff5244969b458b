import { describe, expect, it } from 'vitest';
import { ENCRYPT_ALGS, SIGN_ALGS, algLabel as label, keyChoices, wrapsContentKey } from './algorithms.ts';
import { english, spanish } from '../../lib/i18n/translators.test-support.ts';

const algLabel = (alg: Parameters<typeof label>[0]) => label(alg, english);

describe('key generation choices per alg', () => {
  it('EdDSA offers both curves; RFC 9864 Ed25519 / Ed448 and RFC 9964 ML-DSA name theirs, so offer none', () => {
    expect(keyChoices('EdDSA')).toEqual({ kind: 'curve', values: ['Ed25519', 'Ed448'] });
    expect(keyChoices('Ed25519')).toBeNull();
    expect(keyChoices('Ed448')).toBeNull();
    expect(keyChoices('ML-DSA-44')).toBeNull();
    expect(keyChoices('PS256')).toEqual({ kind: 'size', values: [2048, 3072, 4096] });
  });
});

describe('the Algorithm options', () => {
  it('mark the deprecated polymorphic EdDSA and the post-quantum ML-DSA sets, and offer the RFC 9864 names first', () => {
    expect(algLabel('EdDSA')).toBe('EdDSA (deprecated: Ed25519 / Ed448)');
    expect(algLabel('ML-DSA-65')).toBe('ML-DSA-65 (post-quantum)');
    expect(algLabel('Ed25519')).toBe('Ed25519');
    expect(SIGN_ALGS.indexOf('Ed25519')).toBeLessThan(SIGN_ALGS.indexOf('EdDSA'));
  });
  it('say the hints in Spanish', () => {
    expect(label('EdDSA', spanish)).toBe('EdDSA (obsoleto: Ed25519 / Ed448)');
    expect(label('none', spanish)).toBe('none (inseguro: sin firma)');
    expect(label('ML-DSA-44', spanish)).toBe('ML-DSA-44 (poscuántico)');
  });
});

describe('which JWE algs can serve several recipients (from the registry)', () => {
  it('every alg that wraps or encrypts a CEK, not dir or ECDH-ES direct agreement', () => {
    const direct = ENCRYPT_ALGS.filter((a) => !wrapsContentKey(a));
    expect(direct).toEqual(['dir', 'ECDH-ES']);
    expect(wrapsContentKey('ECDH-ES+A256KW')).toBe(true);
    expect(wrapsContentKey('PBES2-HS256+A128KW')).toBe(true);
  });
  it('labels ES256K and ML-DSA from their registry facts', () => {
    expect(algLabel('ES256K')).toBe('ES256K (secp256k1)');
    expect(algLabel('ML-DSA-65')).toBe('ML-DSA-65 (post-quantum)');
  });
});
