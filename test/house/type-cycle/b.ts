import type { A } from './a.ts';

/** The other half of the deliberate type-only cycle. */
export interface B {
  a?: A;
}
