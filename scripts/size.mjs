// Prints the gzipped size of the first load — index.html and every script and stylesheet fetched
// before the app's first render (scripts/first-load.mjs says which, and e2e/first-load.spec.ts checks
// that nothing else is needed) — and fails when the total is over the budget of DESIGN.md.
// Monaco, the other screens and whatever a token brings load later and are not counted.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { firstLoadFiles } from './first-load.mjs';

const BUDGET_KB = 150;
// The build folder: `dist`, or the one given (e.g. `node scripts/size.mjs dist-3`).
const dist = path.resolve(process.argv[2] ?? 'dist');

const rows = firstLoadFiles(dist).map((file) => [file, gzipSync(readFileSync(path.join(dist, file))).length]);
const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
for (const [name, bytes] of rows) console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${name}`);
console.log(`${(total / 1024).toFixed(1).padStart(8)} KB  first load, gzipped (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`First load is over budget by ${((total - BUDGET_KB * 1024) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
