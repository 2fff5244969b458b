/**
 * Fetches a URL through the key fetcher frame (public/fetch-keys.html): a sandboxed frame, made for
 * this one request and removed after, whose own policy allows https connects. The page keeps
 * connect-src 'self'; the frame gets only the URL and hands back the text.
 */

export interface FetchedText {
  url: string;
  status: number;
  text: string;
}

type Reply = { id: number; ok: true; status: number; url: string; text: string } | { id: number; ok: false; error: string };

const FRAME_URL = `${import.meta.env.BASE_URL}fetch-keys.html`;
const TIMEOUT_MS = 15_000;
let nextId = 1;

/**
 * Resolves with the text at `url`, or rejects with a sentence saying what went wrong.
 *
 * @example
 * const { text } = await fetchThroughFrame('https://op.example/.well-known/openid-configuration');
 */
export function fetchThroughFrame(url: string, signal?: AbortSignal): Promise<FetchedText> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const frame = document.createElement('iframe');
    // allow-scripts without allow-same-origin: an opaque origin that cannot reach this page or its storage.
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = 'Key fetcher';
    frame.style.display = 'none';
    frame.src = FRAME_URL;
    const done = () => {
      window.removeEventListener('message', onMessage);
      window.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      frame.remove();
    };
    const onAbort = () => {
      done();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const timer = window.setTimeout(() => {
      done();
      reject(new Error(`No answer from ${url} within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data as { ready: true } | Reply;
      if ('ready' in data) {
        frame.contentWindow?.postMessage({ id, url }, '*');
        return;
      }
      if (data.id !== id) return;
      done();
      if (data.ok) resolve({ url: data.url, status: data.status, text: data.text });
      else reject(new Error(data.error));
    };
    window.addEventListener('message', onMessage);
    signal?.addEventListener('abort', onAbort);
    document.body.append(frame);
  });
}
