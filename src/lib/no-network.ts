/**
 * The first import of every worker: defence in depth for hosts that send no headers. A worker
 * loaded from its own URL does not inherit the page's Content-Security-Policy (its policy comes
 * from its own HTTP response, and a static host may send none), so each worker takes the network
 * APIs out of its own scope before any other module of it runs.
 *
 * Covers, for code running in the worker after this module: fetch, XMLHttpRequest, WebSocket,
 * EventSource, WebTransport, importScripts (classic workers) and nested Worker / SharedWorker (whose
 * fresh scope would have all of these again). Each throws a TypeError saying why.
 * Cannot cover: import() and static imports (syntax, not properties: the browser fetches the module
 * graph, and only a CSP, from the page's headers or the shipped host config, restricts it); requests
 * the browser makes for the worker itself; and a reference taken before this module ran (none can
 * be: it is the first import, so only the browser's own code runs earlier).
 */

const WHY = 'is switched off in JOSE Lab\'s workers: nothing you paste leaves the page';

function refusedConstructor(name: string) {
  return class {
    constructor() {
      throw new TypeError(`${name} ${WHY}`);
    }
  };
}

function takeAway(scope: Record<string, unknown>): void {
  const replacements: Record<string, unknown> = {
    fetch: () => Promise.reject(new TypeError(`fetch ${WHY}`)),
    importScripts: () => {
      throw new TypeError(`importScripts ${WHY}`);
    },
    XMLHttpRequest: refusedConstructor('XMLHttpRequest'),
    WebSocket: refusedConstructor('WebSocket'),
    EventSource: refusedConstructor('EventSource'),
    WebTransport: refusedConstructor('WebTransport'),
    Worker: refusedConstructor('Worker'),
    SharedWorker: refusedConstructor('SharedWorker'),
  };
  for (const [name, value] of Object.entries(replacements)) {
    // On [Global] scopes these are own properties; also shadow any copy up the prototype chain.
    for (let target: object | null = scope; target && target !== Object.prototype; target = Object.getPrototypeOf(target)) {
      if (Object.prototype.hasOwnProperty.call(target, name)) {
        try {
          Object.defineProperty(target, name, { value, writable: false, configurable: false });
        } catch {
          // A property the runtime will not let go of: the own-scope one below still shadows it.
        }
      }
    }
    try {
      Object.defineProperty(scope, name, { value, writable: false, configurable: false });
    } catch {
      // Already locked by the loop above.
    }
  }
}

// Only inside a worker: imported by the main thread (the decoder's fallback path) it does nothing.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined' && globalThis instanceof (globalThis as unknown as { WorkerGlobalScope: new () => object }).WorkerGlobalScope) {
  takeAway(globalThis as unknown as Record<string, unknown>);
}

export {};
