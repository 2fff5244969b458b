// Makes sure a Chromium exists before the e2e tests: Playwright's own, a system one, or, on
// Debian/Ubuntu as root, Debian's `chromium` package installed with apt. Otherwise one line that says
// how to get a browser, and a non-zero exit.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

const found = findBrowser();
if (found.source !== 'none') process.exit(0);

const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (debianLike && isRoot) {
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (findBrowser().source !== 'none') process.exit(0);
}
console.error(
  'No Chromium for the e2e tests: run `npx playwright install chromium`, or install Chromium/Chrome so `chromium` or `google-chrome` is on the PATH (Debian/Ubuntu: `sudo apt-get install chromium`).',
);
process.exit(1);
