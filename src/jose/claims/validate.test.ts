import { describe, expect, it } from 'vitest';
import { validateClaims } from './validate.ts';

const now = 1_700_000_000;
const codes = (claims: unknown, opts = {}) => validateClaims(claims, { now, ...opts }).map((f) => f.code).sort();

describe('validateClaims', () => {
  it('accepts a well-formed current token', () => {
    expect(codes({ iss: 'a', sub: 'b', aud: ['c'], iat: now - 10, nbf: now - 10, exp: now + 3600, jti: 'x' })).toEqual([]);
  });
  it('expired, not yet valid, issued in the future, with tolerance', () => {
    expect(codes({ exp: 1000 })).toEqual(['CLAIM_EXPIRED']);
    expect(codes({ exp: now })).toEqual(['CLAIM_EXPIRED']); // exp <= now is expired (RFC 7519 §4.1.4 "on or after")
    expect(codes({ exp: now - 30 }, { clockTolerance: 60 })).toEqual([]);
    expect(codes({ exp: now + 10, nbf: 4102444800 })).toContain('CLAIM_NOT_YET_VALID');
    expect(codes({ exp: now + 10, iat: now + 100 })).toContain('CLAIM_IAT_FUTURE');
    expect(validateClaims({ exp: now - 10 }, { now })[0]!.message).toContain('clock skew');
    expect(validateClaims({ exp: now - 10 }, { now: new Date(now * 1000) })[0]!.code).toBe('CLAIM_EXPIRED');
  });
  it('types: the seed\'s "sub": 42, exp as a string, non-finite, aud mixed', () => {
    expect(codes({ iss: 'http://www.example.com', sub: 42, exp: 1395674427 })).toEqual(['CLAIM_EXPIRED', 'CLAIM_TYPE']);
    expect(codes({ exp: '1700000000' })).toEqual(['CLAIM_NOT_NUMERIC']);
    expect(codes({ exp: Infinity })).toEqual(['CLAIM_NOT_FINITE']);
    expect(codes({ exp: now + 1, aud: ['a', 1] })).toEqual(['CLAIM_TYPE']);
    expect(codes({ exp: now + 1, iss: null, jti: 5 })).toEqual(['CLAIM_TYPE', 'CLAIM_TYPE']);
  });
  it('milliseconds, precision, missing exp, long lifetime, exp before iat', () => {
    expect(codes({ exp: (now + 60) * 1000 })).toEqual(['CLAIM_MILLISECONDS']);
    expect(codes(JSON.parse('{"exp":9007199254740993}'))).toEqual(['CLAIM_MILLISECONDS', 'CLAIM_PRECISION']);
    expect(codes({ exp: now + 1, sub: 'x', n: 1.2345678901234568e29 })).toEqual(['CLAIM_PRECISION']);
    expect(codes({ sub: 'x' })).toEqual(['CLAIM_EXP_MISSING']);
    expect(codes({ iat: now, exp: now + 5 * 365 * 86400 })).toEqual(['CLAIM_LIFETIME_LONG']);
    expect(codes({ iat: now - 10, exp: now - 20 })).toEqual(['CLAIM_EXPIRED', 'CLAIM_EXP_BEFORE_START']);
  });
  it('issuer and audience expectations', () => {
    expect(codes({ exp: now + 1, iss: 'a', aud: 'b' }, { issuer: 'a', audience: ['x', 'b'] })).toEqual([]);
    expect(codes({ exp: now + 1, iss: 'a', aud: ['c'] }, { issuer: 'z', audience: 'b' })).toEqual(['CLAIM_AUDIENCE_MISMATCH', 'CLAIM_ISSUER_MISMATCH']);
  });
  it('never throws and keeps the prototype clean', () => {
    for (const v of [null, 1, 'x', [], { __proto__: null }, JSON.parse('{"__proto__":{"admin":true},"constructor":1e400}')]) {
      expect(() => validateClaims(v, { now })).not.toThrow();
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(codes(null)).toEqual(['CLAIMS_NOT_OBJECT']);
  });
});
