// @ts-check
/**
 * The key fetcher's script (public/fetch-keys.html). Plain JavaScript copied as is rather than a
 * Vite module: the frame's origin is opaque (sandbox without allow-same-origin), and a module script
 * would be fetched with CORS from that null origin, which a static host does not allow.
 * It answers one kind of message from its parent — { id, url } — with { id, ok, status, url, text }
 * or { id, ok: false, error }. It sees nothing else of the page.
 */
'use strict';
(function () {
  const MAX_CHARS = 1000000;

  /** @param {string} host */
  function isLoopback(host) {
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  }

  /** @param {Response} response */
  async function readText(response) {
    const length = Number(response.headers.get('content-length') || '0');
    if (length > MAX_CHARS) throw new Error('the document is ' + length + ' bytes; a JWKS or metadata document is a few kilobytes');
    const text = await response.text();
    if (text.length > MAX_CHARS) throw new Error('the document is over ' + MAX_CHARS + ' characters; a JWKS or metadata document is a few kilobytes');
    return text;
  }

  window.addEventListener('message', async function (event) {
    if (event.source !== window.parent) return;
    const data = event.data;
    if (!data || typeof data.id !== 'number' || typeof data.url !== 'string') return;
    /** @param {Record<string, unknown>} message */
    function reply(message) {
      // The parent's origin cannot be named from an opaque origin; the reply is the public document.
      window.parent.postMessage(Object.assign({ id: data.id }, message), '*');
    }
    let url;
    try {
      url = new URL(data.url);
    } catch {
      reply({ ok: false, error: JSON.stringify(data.url) + ' is not an absolute URL' });
      return;
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
      reply({ ok: false, error: 'Only https URLs (and http to this machine) are fetched: ' + url.href });
      return;
    }
    try {
      const response = await fetch(url.href, { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
      const text = await readText(response);
      reply({ ok: true, status: response.status, url: response.url || url.href, text: text });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      reply({ ok: false, error: 'The request to ' + url.href + ' failed: ' + why + ' (is the server up, and does it allow cross-origin reads with Access-Control-Allow-Origin?)' });
    }
  });
  window.parent.postMessage({ ready: true }, '*');
})();
