// Installs the locked dependencies when they are missing or older than package-lock.json, so that
// `npm start` and `npm test` each work as the one command on a fresh clone. Uses only Node itself.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs + 1000;
if (stale) {
  console.log('Installing the locked dependencies (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
