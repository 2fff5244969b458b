import { describe, expect, it } from 'vitest';
import { dateNotes, fromUtcInput, looksLikeMilliseconds } from './claims.ts';

describe('claim date helpers (claims.ts)', () => {
  it('date notes read a claim as Decode does: UTC and relative time from the engine', () => {
    const [nbf, exp] = dateNotes({ exp: 1395674427, nbf: 1395674427 - 3 * 86400 }, 1395674427 - 300);
    expect(exp).toMatchObject({ claim: 'exp', utc: '2014-03-24 15:20:27 UTC', relative: 'in 5 minutes' });
    expect(nbf).toMatchObject({ claim: 'nbf', relative: '3 days ago' });
    expect(dateNotes({ iat: 1e20 }, 0)[0]?.utc).toBe('not a valid date');
  });
  it('a datetime-local value read as UTC, and milliseconds spotted', () => {
    expect(fromUtcInput('2030-01-01T00:00')).toBe(1893456000);
    expect(fromUtcInput('')).toBeUndefined();
    expect(looksLikeMilliseconds(1_700_000_000_000)).toBe(true);
    expect(looksLikeMilliseconds(1_700_000_000)).toBe(false);
    const notes = dateNotes({ iat: 1_700_000_000, exp: 1_700_000_300_000, sub: 'x' }, 1_700_000_000);
    expect(notes.map((n) => [n.claim, n.milliseconds, n.relative])).toEqual([
      ['iat', false, 'now'],
      ['exp', true, 'in 5 minutes'],
    ]);
  });
});
