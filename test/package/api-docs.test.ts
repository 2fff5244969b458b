// The public API is documented where people look: every export of src/jose/index.ts has a doc
// comment (TypeDoc's source, and what editors show on hover), and every function and constant an example.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { publicExports } from './api-docs.ts';
import { ROOT } from './build.ts';

it('documents every export of the engine, with an @example on every function, class and constant', () => {
  const all = publicExports(join(ROOT, 'src/jose/index.ts'));
  expect(all.length).toBeGreaterThan(100);
  expect(all.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
  expect(all.filter((e) => e.kind === 'value' && !e.example).map((e) => e.name)).toEqual([]);
}, 60_000);
