/**
 * Talks to the decoder worker. One worker decodes large tokens, another runs the crypto, so a
 * long decryption never holds up decoding. A request that is abandoned (newer input arrived) and
 * has run for a while gets its worker terminated: a hostile PBES2 count cannot pin a core.
 * If a worker cannot start, the same code runs on the main thread, loaded on demand.
 */
import DecoderWorker from './decoder.worker.ts?worker';
import type { CheckOutcome, CheckRequest } from '../logic/check.ts';
import type { DecodedView } from '../logic/view.ts';
import type { DecoderRequest, DecoderResponse } from './decoderProtocol.ts';
import type { ProfileOutcome, ProfileRequest } from '../profile/protocol.ts';

type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void; started: number; message: DecoderRequest };
type Outgoing = { op: 'decode'; text: string } | { op: 'check'; request: CheckRequest } | { op: 'profile'; request: ProfileRequest };

/** An abandoned request older than this gets its worker terminated rather than left to finish. */
const TERMINATE_AFTER_MS = 250;

class Channel {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    try {
      const worker = new DecoderWorker();
      worker.onmessage = (event: MessageEvent<DecoderResponse>) => {
        const data = event.data;
        const p = this.pending.get(data.id);
        if (!p) return;
        this.pending.delete(data.id);
        if (data.ok) p.resolve(data.result);
        else p.reject(new Error(data.error));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.broken = true;
        this.fail(new Error(`The decoder worker stopped: ${event.message || 'it could not load'}`));
      };
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private fail(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  call<T>(message: Outgoing, signal?: AbortSignal): Promise<T> {
    const worker = this.start();
    if (!worker) return runHere(message) as Promise<T>;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const request = { id, ...message } as DecoderRequest;
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, started: performance.now(), message: request });
      signal?.addEventListener('abort', () => {
        const p = this.pending.get(id);
        if (!p) return;
        this.pending.delete(id);
        reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
        if (performance.now() - p.started > TERMINATE_AFTER_MS) {
          // Long work for an input nobody looks at any more: stop it, and hand the requests still
          // wanted to a fresh worker.
          this.worker?.terminate();
          this.worker = undefined;
          const fresh = this.start();
          for (const o of this.pending.values()) {
            o.started = performance.now();
            if (fresh) fresh.postMessage(o.message);
            else o.reject(new Error('The decoder worker could not restart'));
          }
        }
      });
      worker.postMessage(request);
    });
  }
}

async function runHere(message: Outgoing): Promise<DecodedView | CheckOutcome | ProfileOutcome> {
  if (message.op === 'decode') return (await import('../logic/view.ts')).decodeView(message.text);
  if (message.op === 'profile') return (await import('../profile/work.ts')).runProfile(message.request);
  return (await import('../logic/check.ts')).checkToken(message.request);
}

const decodeChannel = new Channel();
const checkChannel = new Channel();

export function decodeInWorker(text: string, signal?: AbortSignal): Promise<DecodedView> {
  return decodeChannel.call<DecodedView>({ op: 'decode', text }, signal);
}

export function checkInWorker(request: CheckRequest, signal?: AbortSignal): Promise<CheckOutcome> {
  return checkChannel.call<CheckOutcome>({ op: 'check', request }, signal);
}

/** checkProfile, bestPractices and the key's provenance, on the crypto worker. */
export function profileInWorker(request: ProfileRequest, signal?: AbortSignal): Promise<ProfileOutcome> {
  return checkChannel.call<ProfileOutcome>({ op: 'profile', request }, signal);
}
