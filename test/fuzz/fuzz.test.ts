/**
 * The fuzz properties of targets.ts with a small count, so `npm test` keeps them true; `npm run
 * fuzz` runs the same properties with over a million inputs. FUZZ_RUNS sets the count per target,
 * FUZZ_SEED replays a seed fast-check printed.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { TARGETS } from './targets.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

describe('fuzz (small count; npm run fuzz for the full run)', () => {
  for (const target of TARGETS) {
    it(target.name, async () => {
      await fc.assert(await target.property(), { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) });
    }, 120_000);
  }
});
