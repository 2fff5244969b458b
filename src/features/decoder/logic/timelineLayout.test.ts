import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelinePoints } from '../../../jose/index.ts';
import { layoutLabels, overlaps } from './timelineLayout.ts';

const TEXT = { iat: 'iat (issued)', nbf: 'nbf (valid from)', now: 'now', exp: 'exp (expires)' } as const;
const NOW = 1_800_000_000;
const place = (claims: Record<string, number>, width: number) =>
  layoutLabels(timelinePoints(claims, NOW)!.map((p) => ({ name: p.name, text: TEXT[p.name], position: p.position })), width);

describe('timeline labels', () => {
  it('a token issued just now: iat and now share a spot, their labels take two rows', () => {
    const placed = place({ iat: NOW, exp: NOW + 3600 }, 320);
    expect(overlaps(placed)).toBe(false);
    const iat = placed.find((l) => l.name === 'iat')!;
    const now = placed.find((l) => l.name === 'now')!;
    expect(iat.row).not.toBe(now.row);
    // Far apart, exp stays on the first row.
    expect(placed.find((l) => l.name === 'exp')!.row).toBe(0);
  });

  it('labels stay inside the line at both ends', () => {
    for (const l of place({ iat: NOW - 10, nbf: NOW - 10, exp: NOW + 1 }, 300)) {
      expect(l.left).toBeGreaterThanOrEqual(0);
      expect(l.left + l.width).toBeLessThanOrEqual(300);
    }
  });

  it('never overlaps, whatever the times and the width', () => {
    const time = fc.option(fc.integer({ min: NOW - 86_400 * 400, max: NOW + 86_400 * 400 }), { nil: undefined });
    fc.assert(
      fc.property(time, time, time, fc.integer({ min: 200, max: 1400 }), (iat, nbf, exp, width) => {
        const claims = Object.fromEntries(Object.entries({ iat, nbf, exp }).filter(([, v]) => v !== undefined)) as Record<string, number>;
        if (Object.keys(claims).length === 0) return;
        expect(overlaps(place(claims, width))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
