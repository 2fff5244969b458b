// Builds the npm package "jose-lab" into dist-package/:
//   lib/  the engine, compiled file by file by tsc (JS + .d.ts): tree-shakeable, lazy imports stay lazy;
//   cli/  the `jose-lab` command, bundled by rolldown (Vite's bundler, already installed) with the
//         engine and @noble inlined and one chunk per command, because Node loading the engine's
//         ~80 files and @noble's modules one by one triples the command's start-up time.
// `npm pack` runs this first (prepack); `npm test` runs it as one of its checks.
import { chmodSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-package');
const started = Date.now();

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.package.json')], { stdio: 'inherit', cwd: root });

await build({
  input: { 'jose-lab': join(root, 'src/cli/main.ts') },
  platform: 'node',
  logLevel: 'warn',
  output: {
    dir: join(out, 'cli'),
    format: 'esm',
    entryFileNames: '[name].mjs',
    chunkFileNames: '[name]-[hash].mjs',
    minify: false,
  },
});
chmodSync(join(out, 'cli/jose-lab.mjs'), 0o755);

const size = statSync(join(out, 'cli/jose-lab.mjs')).size;
console.log(`dist-package/ built in ${((Date.now() - started) / 1000).toFixed(1)} s (cli entry ${Math.round(size / 1024)} KB)`);
