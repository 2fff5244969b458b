/**
 * public/_headers and vercel.json as each host reads them, for the two documents that matter: the
 * app's page must get connect-src 'self' and the key fetcher its own policy allowing https:, each
 * exactly one Content-Security-Policy (two policies would both apply: the fetcher could not connect).
 *
 * The hosts' rules, modelled here (each from its documentation or source, not from this project):
 * - Netlify (netlify/build packages/headers-parser line_parser.ts; netlify-cli headersForPath): a
 *   line starting with "/" opens a rule, a line without ":" is ignored (so Cloudflare's "! Name"
 *   lines are harmless), and every rule matching a path applies in file order, a later rule's value
 *   of a header replacing an earlier one's.
 * - Cloudflare Pages (developers.cloudflare.com/pages/configuration/headers): every matching rule
 *   applies, a header set twice is joined with ", ", and "! Name" detaches what earlier rules set.
 * - Vercel: every rule whose source matches applies; the sources here must not overlap on a CSP.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Rule = { path: string; lines: string[] };
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function rules(text: string): Rule[] {
  const out: Rule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) out.push({ path: line, lines: [] });
    else out[out.length - 1]!.lines.push(line);
  }
  return out;
}

const matches = (pattern: string, path: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

function netlify(text: string, path: string): Record<string, string[]> {
  const sent: Record<string, string[]> = {};
  for (const rule of rules(text).filter((r) => matches(r.path, path))) {
    const mine: Record<string, string[]> = {};
    for (const line of rule.lines) {
      const at = line.indexOf(':');
      if (at === -1) continue;
      (mine[line.slice(0, at).trim()] ??= []).push(line.slice(at + 1).trim());
    }
    Object.assign(sent, mine);
  }
  return sent;
}

function cloudflare(text: string, path: string): Record<string, string[]> {
  const sent: Record<string, string[]> = {};
  for (const rule of rules(text).filter((r) => matches(r.path, path))) {
    for (const line of rule.lines) {
      if (line.startsWith('!')) {
        delete sent[line.slice(1).trim()];
        continue;
      }
      const at = line.indexOf(':');
      const name = line.slice(0, at).trim();
      // Joined with ", " into one field: for a CSP that is two policies, both enforced.
      sent[name] = [...(sent[name] ?? []), line.slice(at + 1).trim()];
    }
  }
  return sent;
}

function vercel(path: string): Record<string, string[]> {
  const config = JSON.parse(read('vercel.json')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
  const sent: Record<string, string[]> = {};
  for (const rule of config.headers.filter((r) => new RegExp(`^${r.source}$`).test(path))) {
    for (const h of rule.headers) (sent[h.key] ??= []).push(h.value);
  }
  return sent;
}

const APP_PATHS = ['/', '/index.html', '/assets/index-abc123.js', '/sw.js'];
const FRAME = '/fetch-keys.html';

describe.each([
  ['Netlify public/_headers', (p: string) => netlify(read('public/_headers'), p)],
  ['Cloudflare Pages public/_headers', (p: string) => cloudflare(read('public/_headers'), p)],
  ['vercel.json', vercel],
])('%s', (_host, headersFor) => {
  it.each(APP_PATHS)("%s gets one policy, connect-src 'self' and no framing", (path) => {
    const csp = headersFor(path)['Content-Security-Policy'];
    expect(csp).toHaveLength(1);
    expect(csp![0]).toMatch(/connect-src 'self'(;|$)/);
    expect(csp![0]).toContain("frame-ancestors 'none'");
  });
  it('the key fetcher gets one policy of its own that allows https connects and framing by the page', () => {
    const sent = headersFor(FRAME);
    expect(sent['Content-Security-Policy']).toHaveLength(1);
    expect(sent['Content-Security-Policy']![0]).toMatch(/connect-src https:/);
    expect(sent['Content-Security-Policy']![0]).toContain("frame-ancestors 'self'");
    expect(sent['X-Frame-Options']).toEqual(['SAMEORIGIN']);
  });
});

describe('the host models themselves', () => {
  const swapped = "/fetch-keys.html\n  Content-Security-Policy: connect-src https:\n/*\n  Content-Security-Policy: connect-src 'self'\n";
  const noDetach = "/*\n  Content-Security-Policy: connect-src 'self'\n/fetch-keys.html\n  Content-Security-Policy: connect-src https:\n";
  it('Netlify: the later matching rule wins, so the per-path rule must come after /*', () => {
    expect(netlify(swapped, FRAME)['Content-Security-Policy']).toEqual(["connect-src 'self'"]);
    expect(netlify(noDetach, FRAME)['Content-Security-Policy']).toEqual(['connect-src https:']);
  });
  it('Cloudflare: without "! Content-Security-Policy" the fetcher would get both policies', () => {
    expect(cloudflare(noDetach, FRAME)['Content-Security-Policy']).toHaveLength(2);
  });
});
