/**
 * The key fetcher document (public/fetch-keys.html) is the only one allowed to connect out, so it is
 * served with a policy of its own instead of the app's: connect-src https: (and http to this machine,
 * for local identity providers), framed only by the app itself. `vite preview` gets it here; a static
 * host needs the same headers for /fetch-keys.html (test/hosting/fetch-frame.test.ts keeps them in step).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const FETCH_FRAME_PATH = '/fetch-keys.html';

export const FETCH_FRAME_CSP =
  "default-src 'none'; script-src 'self'; connect-src https: http://127.0.0.1:* http://localhost:*; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export const FETCH_FRAME_HEADERS: Record<string, string> = {
  'Content-Security-Policy': FETCH_FRAME_CSP,
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Content-Type': 'text/html; charset=utf-8',
};

/** Serves the fetcher with its own headers before the app's headers would be set on it. */
export function fetchFrameHeaders(): Plugin {
  return {
    name: 'jose-lab:fetch-frame-headers',
    configurePreviewServer(server) {
      const file = path.resolve(server.config.root, server.config.build.outDir, FETCH_FRAME_PATH.slice(1));
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' || req.url?.split('?')[0] !== FETCH_FRAME_PATH) return next();
        let html: string;
        try {
          html = readFileSync(file, 'utf8');
        } catch {
          return next();
        }
        for (const [name, value] of Object.entries(FETCH_FRAME_HEADERS)) res.setHeader(name, value);
        res.end(html);
      });
    },
  };
}
