import { describe, expect, it } from 'vitest';
import { NAMES_A_FILE } from '../../pwa.config.ts';

describe('which navigations the service worker answers with the app (index.html)', () => {
  it.each(['/', '/?token=eyJhbGciOiJIUzI1NiJ9.e30.c2ln', '/?x=1', '/v1.2/app', '/app?file=a.txt'])('%s: the app', (address) => {
    expect(NAMES_A_FILE.test(address)).toBe(false);
  });

  it.each(['/robots.txt', '/.well-known/security.txt', '/favicon.ico', '/a/b/c.json?download=1', '/index.html?token=a'])('%s: a file, left to the network or the precache', (address) => {
    expect(NAMES_A_FILE.test(address)).toBe(true);
  });
});
