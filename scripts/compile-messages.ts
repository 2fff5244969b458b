// Writes src/lib/i18n/compiled/*.json from the message catalogues (run after editing
// src/lib/i18n/messages/: `npm run i18n:compile`). The compiled files are committed, so a build and
// `npm test` need no extra step; src/lib/i18n/catalogues.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileBundles } from '../src/lib/i18n/compile.ts';

const folder = path.join(import.meta.dirname, '../src/lib/i18n/compiled');
for (const [name, messages] of Object.entries(compileBundles())) {
  writeFileSync(path.join(folder, `${name}.json`), `${JSON.stringify(messages)}\n`);
  console.log(`${name}.json: ${Object.keys(messages).length} messages`);
}
