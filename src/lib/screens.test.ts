import { describe, expect, it } from 'vitest';
import { screenFromHash, screenHash } from './screens.ts';

describe('screen addresses', () => {
  it('round-trips every screen', () => {
    for (const s of ['decode', 'encode', 'keys', 'learn'] as const) expect(screenFromHash(screenHash(s))).toBe(s);
  });

  it('reads anything else as no screen', () => {
    expect(screenFromHash('')).toBeUndefined();
    expect(screenFromHash('#token=a.b.c')).toBeUndefined();
    expect(screenFromHash('#/settings')).toBeUndefined();
    expect(screenFromHash('#/encode/')).toBe('encode');
  });
});
