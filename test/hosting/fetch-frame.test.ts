import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FETCH_FRAME_CSP } from '../../vite.fetch-frame.ts';

/**
 * The key fetcher carries its policy twice: as a <meta> in the document (so the built file has it on
 * any host) and as the header vite preview sends (only a header can say frame-ancestors). They must
 * agree, and the app's own page must keep connect-src 'self' and allow only its own frames.
 */
const frameHtml = readFileSync(new URL('../../public/fetch-keys.html', import.meta.url), 'utf8');
const appHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const metaCsp = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

describe('the key fetcher document', () => {
  it('has the same policy in its <meta> as in its header, less frame-ancestors', () => {
    expect(metaCsp(frameHtml)).toBe(FETCH_FRAME_CSP.replace(/; frame-ancestors 'self'$/, ''));
  });
  it('may connect to https and this machine only, and run only its own script', () => {
    expect(FETCH_FRAME_CSP).toMatch(/connect-src https: http:\/\/127\.0\.0\.1:\* http:\/\/localhost:\*;/);
    expect(FETCH_FRAME_CSP).toContain("script-src 'self';");
    expect(frameHtml).toContain('<script src="fetch-keys.js"></script>');
  });
  it("leaves the app's page at connect-src 'self', framing only its own documents", () => {
    expect(metaCsp(appHtml)).toContain("connect-src 'self';");
    expect(metaCsp(appHtml)).toContain("frame-src 'self';");
  });
});
