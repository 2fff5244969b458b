/** The security headers every host config ships are the ones `vite preview` sends (vite.config.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../vite.config.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('static-host headers', () => {
  it('the preview headers forbid framing and every network destination but the page itself', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });

  it('public/_headers (Netlify, Cloudflare Pages) sends the same headers on every path', () => {
    const lines = read('public/_headers').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines[0]).toBe('/*');
    const sent = Object.fromEntries(lines.slice(1).map((l) => {
      const at = l.indexOf(':');
      return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
    }));
    expect(sent).toEqual(SECURITY_HEADERS);
  });

  it('vercel.json sends the same headers on every path', () => {
    const config = JSON.parse(read('vercel.json')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    expect(config.headers).toHaveLength(1);
    expect(config.headers[0]!.source).toBe('/(.*)');
    expect(Object.fromEntries(config.headers[0]!.headers.map((h) => [h.key, h.value]))).toEqual(SECURITY_HEADERS);
  });

  it("the README's nginx snippet sends the same headers", () => {
    const readme = read('README.md');
    const snippet = /```nginx\n([\s\S]*?)```/.exec(readme)![1]!;
    const sent = Object.fromEntries([...snippet.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
    expect(sent).toEqual(SECURITY_HEADERS);
  });

  it("the page's own <meta> policy is the header's, less what only a header can carry", () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(read('index.html'))![1]!;
    expect(`${meta}; frame-ancestors 'none'`).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });
});
