/**
 * `npm run bench`: every benchmark module in MODULES runs in turn, in one process, so the engine and
 * panva `jose` are measured on the same machine and run. A module default-exports an async function
 * that prints its own table. To add one, add a line to MODULES.
 */
import { timed } from './harness.ts';

const MODULES: (() => Promise<{ default: () => Promise<void> }>)[] = [
  () => import('./jws.ts'),
  () => import('./jwe.ts'),
  () => import('./inspect.ts'),
  () => import('./hostile.ts'),
];

const started = performance.now();
for (const load of MODULES) {
  const mod = await load();
  await timed(mod.default);
}
console.log(`\nbench done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
