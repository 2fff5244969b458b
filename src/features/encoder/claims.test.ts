import { describe, expect, it } from 'vitest';
import { dateNotes, fromUtcInput, looksLikeMilliseconds, relativeText, utcText } from './claims.ts';

describe('claim date helpers (claims.ts)', () => {
  it('UTC and relative text', () => {
    expect(utcText(1395674427)).toBe('2014-03-24 15:20:27 UTC');
    expect(relativeText(1000 + 300, 1000)).toBe('in 5 minutes');
    expect(relativeText(1000 - 2 * 86400, 1000)).toBe('2 days ago');
    expect(relativeText(1000, 1000)).toBe('now');
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
