import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/**
 * Offline use (issue 19): Workbox, through vite-plugin-pwa, writes sw.js at build time with a
 * precache of every file of the app — the screens, Monaco and its workers, the engine's crypto
 * chunks (the lazily loaded @noble ones too), the codicon font, the icons and the manifest. After
 * the first visit the app opens, verifies, decrypts, encodes and teaches with no network at all.
 *
 * What it deliberately does not do:
 * - No runtime caching. The service worker answers only for the precached files and for page
 *   navigations (with the precached index.html); anything else goes to the network untouched and is
 *   never stored, so no token, key or fetched JWKS can end up in a cache. (A token in the URL
 *   fragment never reaches a service worker at all; one in the query string is served index.html
 *   without being stored.)
 * - No skipWaiting: a new version waits until the person clicks "Reload" in the update prompt
 *   (src/app/offline/), so nothing is swapped under someone mid-work.
 * - No new origin: the worker fetches only the page's own files, within `connect-src 'self'`;
 *   `worker-src 'self'` covers registering it.
 * The manifest and icons are plain files in public/ (manifest: false here), drawn by
 * scripts/make-icons.ts.
 */
/**
 * Navigations whose last path segment has a dot name a file (robots.txt, .well-known/security.txt),
 * not the app: the service worker leaves them to the network instead of answering with index.html.
 * Workbox matches it against the path and query.
 */
export const NAMES_A_FILE = /^(?:[^?]*\/)?[^/?]*\.[^/?]*(?:\?.*)?$/;

export function offline(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // src/app/offline/registerServiceWorker.ts registers it itself, after the page has loaded.
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,ttf,woff2,svg,png,ico,webmanifest}'],
      // Monaco's chunk is ~4 MB; Workbox's 2 MB default would leave the editor out of the precache.
      maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [NAMES_A_FILE],
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      // The first version takes charge of the page that installed it at once (nothing older runs
      // there), so the first visit is already offline-ready; later versions wait (skipWaiting: false).
      clientsClaim: true,
      skipWaiting: false,
      disableDevLogs: true,
      sourcemap: false,
    },
  });
}
