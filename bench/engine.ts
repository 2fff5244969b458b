/**
 * The engine the JWS and inspect benches measure: by default bundled by Vite (rolldown, as the app is
 * built) into plain JavaScript, as it ships. Run straight from the TypeScript source, tsx
 * wraps every named closure in a `__name(...)` call (esbuild's keepNames), a cost the shipped code
 * does not have and panva `jose` (plain JavaScript in node_modules) does not pay: comparing those
 * would not be like with like. BENCH_SOURCE=1 measures the source through tsx instead.
 * BENCH_ENGINE=/path/to/other/src/jose/index.ts bundles another checkout's engine (a before/after
 * comparison on the same machine; that checkout needs a node_modules it can resolve from).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  const entry = process.env.BENCH_ENGINE ?? fileURLToPath(new URL('../src/jose/index.ts', import.meta.url));
  // Vite's own build (rolldown underneath), so the bench needs no dependency the project does not declare.
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'engine' },
    },
  });
  const output = (Array.isArray(result) ? result[0]! : result) as { output: { code?: string; fileName: string }[] };
  const bundle = output.output[0];
  if (!bundle?.code) throw new Error('vite build produced no engine bundle');
  // Under node_modules: tsx (which runs the bench) leaves dependencies as they are, as it leaves panva
  // `jose`; a bundle elsewhere (the system's temp folder) it transforms like source, adding esbuild's
  // keepNames `__name(...)` call to every closure the engine creates per call.
  const cache = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'jose-lab-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  // Every chunk: what the engine imports lazily (@noble/post-quantum) is split out of the entry.
  for (const chunk of output.output) if (chunk.code) writeFileSync(join(dir, chunk.fileName), chunk.code);
  const file = join(dir, bundle.fileName);
  const which = process.env.BENCH_ENGINE ? ` from ${process.env.BENCH_ENGINE}` : '';
  return { engine: (await import(pathToFileURL(file).href)) as Engine, how: `engine${which} bundled by Vite as the app ships it (BENCH_SOURCE=1: from source through tsx)` };
}
