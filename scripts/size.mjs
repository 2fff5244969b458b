// Prints the gzipped size of the first load: index.html and every script, module preload and
// stylesheet it pulls before anything lazy (Monaco and the other screens load later). Fails when
// the total is over the budget of DESIGN.md.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET_KB = 150;
// The build folder: `dist`, or the one given (e.g. `node scripts/size.mjs dist-3`).
const dist = path.resolve(process.argv[2] ?? 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
// Scripts, module preloads and stylesheets only: the icons and the manifest that index.html links
// are not code, and the browser fetches them beside the page or not at all (apple-touch-icon).
const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\srel="(?:stylesheet|modulepreload)"[^>]*\shref)="([^"]+)"/g)]
  .map((m) => m[1])
  .filter((href) => href.startsWith('/') && !href.startsWith('//'));

const rows = [['index.html', gzipSync(html).length]];
for (const ref of refs) rows.push([ref.slice(1), gzipSync(readFileSync(path.join(dist, ref))).length]);

const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
for (const [name, bytes] of rows) console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${name}`);
console.log(`${(total / 1024).toFixed(1).padStart(8)} KB  first load, gzipped (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`First load is over budget by ${((total - BUDGET_KB * 1024) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
