/**
 * Talks to the encoder worker. A request abandoned for newer input (its query was cancelled) that
 * has run for a while gets the worker terminated, so a hostile PBES2 count or a slow noble cipher
 * cannot pin a core; the requests still wanted go to a fresh worker. Without Worker (Node, unit
 * tests) or when it cannot start, the same code runs on the main thread, loaded on demand.
 */
import EncoderWorker from './encoder.worker.ts?worker';
import type { EncodeInput, EncodeResult } from '../encode.ts';
import type { EncoderRequest, EncoderResponse } from './encoderProtocol.ts';

type Pending = { resolve: (value: EncodeResult) => void; reject: (error: unknown) => void; started: number; message: EncoderRequest };

/** An abandoned request older than this gets its worker terminated rather than left to finish. */
const TERMINATE_AFTER_MS = 250;

let worker: Worker | undefined;
let broken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker | undefined {
  if (worker || broken) return worker;
  if (typeof Worker === 'undefined') {
    broken = true;
    return undefined;
  }
  try {
    const w = new EncoderWorker({ name: 'encoder' });
    w.onmessage = (event: MessageEvent<EncoderResponse>) => {
      const data = event.data;
      const p = pending.get(data.id);
      if (!p) return; // abandoned: a stale answer is dropped
      pending.delete(data.id);
      if (data.ok) p.resolve(data.result);
      else p.reject(new Error(data.error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      broken = true;
      worker?.terminate();
      worker = undefined;
      // The requests still wanted are answered on the main thread rather than lost.
      for (const [id, p] of pending) {
        pending.delete(id);
        runHere(p.message.input).then(p.resolve, p.reject);
      }
    };
    worker = w;
  } catch {
    broken = true;
  }
  return worker;
}

async function runHere(input: EncodeInput): Promise<EncodeResult> {
  return (await import('../encode.ts')).encodeToken(input);
}

/** encodeToken, off the main thread when a worker can run. Aborting drops the answer. */
export function encodeInWorker(input: EncodeInput, signal?: AbortSignal): Promise<EncodeResult> {
  const w = start();
  if (!w) return runHere(input);
  const id = nextId++;
  return new Promise<EncodeResult>((resolve, reject) => {
    const message: EncoderRequest = { id, input };
    pending.set(id, { resolve, reject, started: performance.now(), message });
    signal?.addEventListener(
      'abort',
      () => {
        const p = pending.get(id);
        if (!p) return;
        pending.delete(id);
        reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
        if (performance.now() - p.started > TERMINATE_AFTER_MS) {
          worker?.terminate();
          worker = undefined;
          const fresh = start();
          for (const o of pending.values()) {
            o.started = performance.now();
            if (fresh) fresh.postMessage(o.message);
            else runHere(o.message.input).then(o.resolve, o.reject);
          }
        }
      },
      { once: true },
    );
    w.postMessage(message);
  });
}
