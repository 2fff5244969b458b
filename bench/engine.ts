/**
 * The engine the JWS and inspect benches measure: by default bundled by rolldown (what Vite builds
 * the app with) into plain JavaScript, as it ships. Run straight from the TypeScript source, tsx
 * wraps every named closure in a `__name(...)` call (esbuild's keepNames), a cost the shipped code
 * does not have and panva `jose` (plain JavaScript in node_modules) does not pay: comparing those
 * would not be like with like. BENCH_SOURCE=1 measures the source through tsx instead.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as EngineModule from '../src/jose/index.ts';

export type Engine = typeof EngineModule;

let loading: Promise<{ engine: Engine; how: string }> | undefined;

export function loadEngine(): Promise<{ engine: Engine; how: string }> {
  return (loading ??= load());
}

async function load(): Promise<{ engine: Engine; how: string }> {
  if (process.env.BENCH_SOURCE === '1') {
    return { engine: await import('../src/jose/index.ts'), how: 'engine run from its TypeScript source through tsx (BENCH_SOURCE=1)' };
  }
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({ input: fileURLToPath(new URL('../src/jose/index.ts', import.meta.url)), platform: 'neutral', logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  const dir = mkdtempSync(join(tmpdir(), 'jose-lab-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'engine.mjs');
  writeFileSync(file, output[0].code);
  return { engine: (await import(pathToFileURL(file).href)) as Engine, how: 'engine bundled by rolldown as the app ships it (BENCH_SOURCE=1: from source through tsx)' };
}
