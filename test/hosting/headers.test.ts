/** The security headers every host config ships are the ones `vite preview` sends (vite.config.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../vite.config.ts';
import { FETCH_FRAME_HEADERS } from '../../vite.fetch-frame.ts';

/** The key fetcher's headers a static host sends (Content-Type is the host's own business). */
const { 'Content-Type': _type, ...FRAME_SENT } = FETCH_FRAME_HEADERS;

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
    const frameAt = lines.indexOf('/fetch-keys.html');
    const block = (from: number, to: number) => Object.fromEntries(lines.slice(from, to).filter((l) => !l.trim().startsWith('!')).map((l) => {
      const at = l.indexOf(':');
      return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
    }));
    expect(block(1, frameAt)).toEqual(SECURITY_HEADERS);
    // The fetcher detaches the app's policy and framing rule, then sends its own.
    expect(lines.slice(frameAt + 1, frameAt + 3).map((l) => l.trim())).toEqual(['! Content-Security-Policy', '! X-Frame-Options']);
    expect(block(frameAt + 1, lines.length)).toEqual({ 'Content-Security-Policy': FRAME_SENT['Content-Security-Policy'], 'X-Frame-Options': FRAME_SENT['X-Frame-Options'] });
  });

  it('vercel.json sends the same headers on every path', () => {
    const config = JSON.parse(read('vercel.json')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    expect(config.headers).toHaveLength(2);
    // Every path but the key fetcher, which has its own rule.
    expect(config.headers[0]!.source).toBe('/((?!fetch-keys\\.html$).*)');
    expect(Object.fromEntries(config.headers[0]!.headers.map((h) => [h.key, h.value]))).toEqual(SECURITY_HEADERS);
    expect(config.headers[1]!.source).toBe('/fetch-keys.html');
    expect(Object.fromEntries(config.headers[1]!.headers.map((h) => [h.key, h.value]))).toEqual(FRAME_SENT);
  });

  it("the README's nginx snippet sends the same headers", () => {
    const readme = read('README.md');
    const snippet = /```nginx\n([\s\S]*?)```/.exec(readme)![1]!;
    const [app, frame] = snippet.split('location = /fetch-keys.html') as [string, string];
    const sent = (text: string) => Object.fromEntries([...text.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
    expect(sent(app)).toEqual(SECURITY_HEADERS);
    expect(sent(frame)).toEqual(FRAME_SENT);
  });

  it("the page's own <meta> policy is the header's, less what only a header can carry", () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(read('index.html'))![1]!;
    expect(`${meta}; frame-ancestors 'none'`).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });
});
