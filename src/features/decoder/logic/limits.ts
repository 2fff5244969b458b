/**
 * The decoder's PBES2 cap, the engine's default (DEFAULT_MAX_PBES2_COUNT). Kept as a copy so the
 * first load does not pull the JWE engine in for one number; check.test.ts pins it to the engine's.
 */
export const DEFAULT_MAX_PBES2_COUNT = 10_000;
