/**
 * `npm run bench`: every benchmark module in MODULES runs in turn, in one process, so the engine,
 * panva `jose` and the bare Web Crypto calls are measured on the same machine and run. A module
 * default-exports an async function that prints its own tables. To add one, add a line to MODULES.
 * BENCH_ONLY=jws,sizes runs some of them; see harness.ts for the other settings.
 */
import os from 'node:os';
import { QUICK, ROUND_MS, ROUNDS } from './harness.ts';

const MODULES: Record<string, () => Promise<{ default: () => Promise<void> }>> = {
  jws: () => import('./jws.ts'),
  jwe: () => import('./jwe.ts'),
  sizes: () => import('./sizes.ts'),
  hostile: () => import('./hostile.ts'),
};

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const started = performance.now();
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${load()}; ${ROUNDS} rounds of ${ROUND_MS} ms${QUICK ? ' (BENCH_QUICK smoke run: numbers are rough)' : ''}`);
for (const [name, importModule] of Object.entries(MODULES)) {
  if (only && !only.includes(name)) continue;
  const mod = await importModule();
  await mod.default();
}
console.log(`\nbench done in ${((performance.now() - started) / 1000).toFixed(1)} s; load average now ${load()}`);
