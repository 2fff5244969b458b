import type { B } from './b.ts';

/** Half of a deliberate type-only cycle: the cycle check must flag it. */
export interface A {
  b?: B;
}
