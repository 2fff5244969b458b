import { describe, expect, it } from 'vitest';
import { describeDuration, formatNumericDate, relativeTime, timeClaimPhrase, timelinePoints } from './time.ts';

const NOW = 1_700_000_000; // 2023-11-14 22:13:20 UTC

describe('NumericDate display', () => {
  it('shows UTC, local (in a given zone) and relative time', () => {
    const t = formatNumericDate(1_395_674_427, NOW, 'Europe/Paris', 'en')!;
    expect(t.utc).toBe('2014-03-24 15:20:27 UTC');
    expect(t.local).toBe('Mar 24, 2014, 4:20:27 PM GMT+1');
    expect(t.relative).toBe('10 years ago');
  });

  it("shows local time in the locale asked for (the browser's own by default)", () => {
    expect(formatNumericDate(1_395_674_427, NOW, 'Europe/Berlin', 'de-DE')!.local).toBe('24.03.2014, 16:20:27 MEZ');
    const ja = formatNumericDate(1_395_674_427, NOW, 'Asia/Tokyo', 'ja-JP')!.local;
    expect(ja).toContain('2014/03/25');
    expect(formatNumericDate(1_395_674_427, NOW, 'UTC')!.local).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(1_395_674_427_000)));
  });

  it('counts in the largest readable unit', () => {
    expect(describeDuration(1)).toBe('1 second');
    expect(describeDuration(59)).toBe('59 seconds');
    expect(describeDuration(3 * 3600)).toBe('3 hours');
    expect(describeDuration(61 * 60)).toBe('61 minutes');
    expect(describeDuration(36 * 3600)).toBe('36 hours');
    expect(describeDuration(86_400 * 2)).toBe('2 days');
    expect(describeDuration(86_400 * 90)).toBe('3 months');
    expect(relativeTime(NOW - 3 * 3600, NOW)).toBe('3 hours ago');
    expect(relativeTime(NOW + 120, NOW)).toBe('in 2 minutes');
    expect(relativeTime(NOW, NOW)).toBe('now');
  });

  it('says what a time claim means now', () => {
    expect(timeClaimPhrase('exp', NOW - 3 * 3600, NOW)).toBe('expired 3 hours ago');
    expect(timeClaimPhrase('exp', NOW + 86_400 * 2, NOW)).toBe('expires in 2 days');
    expect(timeClaimPhrase('nbf', NOW + 60, NOW)).toBe('not valid yet: becomes valid in 1 minute');
    expect(timeClaimPhrase('iat', NOW - 60, NOW)).toBe('issued 1 minute ago');
    expect(timeClaimPhrase('iat', NOW + 600, NOW)).toBe('issued in the future (in 10 minutes)');
  });

  it('refuses values that are no date', () => {
    expect(formatNumericDate(Number.POSITIVE_INFINITY, NOW)).toBeUndefined();
    expect(formatNumericDate(1e20, NOW)).toBeUndefined();
  });

  it('places iat -> nbf -> now -> exp on a line, in time order', () => {
    const points = timelinePoints({ iat: NOW - 100, nbf: NOW - 50, exp: NOW + 100 }, NOW)!;
    expect(points.map((p) => [p.name, p.position])).toEqual([
      ['iat', 0],
      ['nbf', 0.25],
      ['now', 0.5],
      ['exp', 1],
    ]);
    expect(timelinePoints({ exp: NOW - 10 }, NOW)!.map((p) => p.name)).toEqual(['exp', 'now']);
    expect(timelinePoints({ sub: 'x' }, NOW)).toBeUndefined();
    // Milliseconds are not placed on a line of seconds.
    expect(timelinePoints({ exp: NOW * 1000 }, NOW)).toBeUndefined();
  });
});
