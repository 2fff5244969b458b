// Prints the gzipped size of the first load — index.html and every script and stylesheet fetched
// before the app's first render (scripts/first-load.mjs says which, and e2e/first-load.spec.ts checks
// that nothing else is needed) — for an English visitor, then what a Spanish visitor's first render
// also waits for, and fails when either total is over the budget of DESIGN.md. Monaco, the other
// screens and the code a token brings load after the first render and are not counted.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { firstLoadFiles } from './first-load.mjs';

const BUDGET_KB = 150;
// The build folder: `dist`, or the one given (e.g. `node scripts/size.mjs dist-3`).
const dist = path.resolve(process.argv[2] ?? 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(8)} KB`;
const gzipped = (file) => gzipSync(readFileSync(path.join(dist, file))).length;

const english = firstLoadFiles(dist);
const spanishOnly = firstLoadFiles(dist, 'es').filter((file) => !english.includes(file));
let failed = false;
let total = 0;
for (const [files, label] of [
  [english, 'first load, gzipped'],
  [spanishOnly, 'first load of a Spanish visitor (the above and these)'],
]) {
  for (const file of files) {
    const bytes = gzipped(file);
    total += bytes;
    console.log(`${kb(bytes)}  ${file}`);
  }
  console.log(`${kb(total)}  ${label} (budget ${BUDGET_KB} KB)`);
  if (total > BUDGET_KB * 1024) {
    console.error(`${label[0].toUpperCase()}${label.slice(1)} is over budget by ${((total - BUDGET_KB * 1024) / 1024).toFixed(1)} KB`);
    failed = true;
  }
}
if (failed) process.exit(1);
