// The files of the first load: everything the browser must fetch before the app's first render.
// scripts/size.mjs weighs them against the budget; e2e/first-load.spec.ts proves each list is whole
// (the Decode screen renders in Chromium with every other file of the build held back).
//
// The list is the entry's static import graph, read from Vite's build manifest (.vite/manifest.json,
// `build.manifest` in vite.config.ts), with each chunk's stylesheets, plus whatever index.html itself
// links (scripts, module preloads, stylesheets). A chunk the page awaited through a dynamic import
// before rendering would not be in that graph: main.tsx renders at once for an English visitor, and
// the spec fails if anything outside this list is needed to show the Decode screen.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The dynamic imports a Spanish visitor's first render waits for (src/lib/i18n/i18n.ts, BUNDLES.es,
 * awaited by initI18n), as the manifest names them. An English visitor never fetches them.
 */
export const SPANISH_BEFORE_FIRST_RENDER = ['src/lib/i18n/compiled/es-decode.json', 'src/lib/i18n/verdict.ts'];

/**
 * Paths relative to the build folder (`assets/index-….js`), index.html first: an English visitor's
 * first load, or with `locale` 'es' a Spanish visitor's (the same files and the Spanish ones).
 */
export function firstLoadFiles(dist, locale = 'en') {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set(['index.html']);
  const seen = new Set();
  const follow = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest (scripts/first-load.mjs)`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) follow(imported);
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && key.endsWith('index.html'));
  if (entries.length !== 1) throw new Error(`expected one index.html entry in the build manifest, found ${entries.length}`);
  follow(entries[0]);

  // Scripts, module preloads and stylesheets only: the icons and the manifest that index.html links
  // are not code, and the browser fetches them beside the page or not at all (apple-touch-icon).
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\srel="(?:stylesheet|modulepreload)"[^>]*\shref)="([^"]+)"/g)) {
    const href = m[1];
    if (href.startsWith('/') && !href.startsWith('//')) files.add(href.slice(1));
  }
  if (locale === 'es') SPANISH_BEFORE_FIRST_RENDER.forEach(follow);
  return [...files];
}
