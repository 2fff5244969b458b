/**
 * panva `jose`, the reference library, for specs to load into the engine harness page
 * (`await import('/e2e/panva-in-page.ts')`): in Chromium it runs ML-DSA on the browser's Web Crypto,
 * so it is a second oracle there. Test code only; the app never imports it.
 */
export * as panva from 'jose';
