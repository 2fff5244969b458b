/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { offline } from './pwa.config.ts';
import { fetchFrameHeaders } from './vite.fetch-frame.ts';

/**
 * The CSP lives in index.html as a <meta>, so the built page carries it wherever it is hosted.
 * The dev server alone needs inline scripts (React Fast Refresh's preamble), so only there is the
 * policy relaxed; `vite preview` serves the built page with the strict policy as a real header too.
 */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; " +
  "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-src 'self'; manifest-src 'self'; " +
  "base-uri 'none'; form-action 'none'; object-src 'none'";

/**
 * The headers the app is served with: by `vite preview`, and by static hosts through the files
 * that copy them (public/_headers for Netlify and Cloudflare Pages, vercel.json, the nginx snippet
 * in the README; test/hosting/headers.test.ts keeps them equal). Only a header can set
 * frame-ancestors, and only a header gives the workers, loaded from their own URLs, a policy.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'clipboard-read=()',
};

function relaxCspInDev(): Plugin {
  return {
    name: 'jose-lab:relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), relaxCspInDev(), offline(), fetchFrameHeaders()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    // .vite/manifest.json: scripts/first-load.mjs follows the entry's imports in it to weigh the first load.
    manifest: true,
  },
  worker: { format: 'es' },
  optimizeDeps: {
    // The dev server pre-bundles every bare import up front. Left to discover them one by one, Vite
    // reloads the page the first time a lazily imported library (ML-DSA, Ed448, the reference
    // library in the engine harness) is seen, which interrupts whatever the page was doing.
    entries: ['index.html', 'e2e/harness.html', 'e2e/panva-in-page.ts', 'src/jose/index.ts'],
    include: [
      '@noble/ciphers/aes.js',
      '@noble/curves/ed25519.js',
      '@noble/curves/ed448.js',
      '@noble/curves/nist.js',
      '@noble/curves/secp256k1.js',
      '@noble/hashes/sha3.js',
      '@noble/post-quantum/ml-dsa.js',
      'jose',
    ],
  },
  preview: { headers: SECURITY_HEADERS },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
