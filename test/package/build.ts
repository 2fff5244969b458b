/**
 * The package tests run on dist-package/ as built by scripts/build-package.mjs. `npm test` builds it
 * first; run alone (`npx vitest run test/package`), a missing or stale build is rebuilt here, once,
 * under a lock so two test files never build at the same time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist-package/cli/jose-lab.mjs');
const OUTPUTS = [CLI, join(ROOT, 'dist-package/lib/index.d.ts')];
const INPUTS = ['src/jose', 'src/cli', 'package.json', 'tsconfig.package.json', 'scripts/build-package.mjs'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function fresh(): boolean {
  if (!OUTPUTS.every(existsSync)) return false;
  const built = Math.min(...OUTPUTS.map((p) => statSync(p).mtimeMs));
  return INPUTS.every((p) => newest(join(ROOT, p)) <= built);
}

export async function ensureBuilt(): Promise<void> {
  if (fresh()) return;
  const lock = join(ROOT, 'node_modules/.tmp/jose-lab-package-build.lock');
  mkdirSync(join(ROOT, 'node_modules/.tmp'), { recursive: true });
  try {
    mkdirSync(lock);
  } catch {
    // Another test file is building: wait for it.
    for (let i = 0; i < 600 && existsSync(lock); i++) await new Promise((r) => setTimeout(r, 200));
    if (!fresh()) throw new Error('The package build by another test file did not finish; run npm run build:package');
    return;
  }
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-package.mjs')], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
