/**
 * One typed channel to a Web Worker, for every worker the app runs (the token session, the
 * encoder, key generation). Comlink carries the calls; this module adds what Comlink leaves to its
 * users and what each client used to repeat:
 * - abandoning: an aborted call rejects at once with an AbortError; if it has run for a while, the
 *   worker is ended (Web Crypto and a hostile PBES2 count cannot be interrupted any other way) and
 *   the calls still wanted are sent again to a fresh worker;
 * - a worker that cannot start or fails to load: its calls and all later ones run in place (the same
 *   functions, loaded on demand on the main thread), so the person still gets an answer;
 * - no Worker at all (Node, unit tests): every call runs in place;
 * - errors crossing postMessage as data (see ./wire-error.ts), revived on this side.
 */
import { wrap, type Remote } from 'comlink';
import { reviveWireError, type WireError } from './wire-error.ts';

/** What a worker exposes: functions of structured-clone-safe arguments and results. */
export type WorkerApi = object;

/** The methods of an API (its function-valued members). */
export type MethodOf<Api> = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api] & string;
type Args<Api, K extends MethodOf<Api>> = Api[K] extends (...args: infer A) => unknown ? A : never;
type Result<Api, K extends MethodOf<Api>> = Api[K] extends (...args: never[]) => infer R ? Awaited<R> : never;

export interface WorkerChannelOptions<Api extends WorkerApi> {
  /** Named in error messages ("The key generation worker stopped: …"). */
  name: string;
  /** Starts the worker (a Vite `?worker` constructor or `new Worker(new URL(…))`). */
  create: () => Worker;
  /** The same API on the main thread, loaded when first needed: used when no worker can run. */
  inPlace: () => Promise<Api>;
  /** An abandoned call that has run longer than this ends the worker (0: always). Default 250 ms. */
  terminateAfterMs?: number;
  /** Turns an error that crossed postMessage back into the error callers expect. */
  reviveError?: (error: WireError) => unknown;
}

export interface WorkerChannel<Api extends WorkerApi> {
  /** Calls `method` in the worker (or in place). Aborting rejects with an AbortError. */
  call<K extends MethodOf<Api>>(method: K, args: Args<Api, K>, signal?: AbortSignal): Promise<Result<Api, K>>;
  /** Ends the worker; the calls still running reject. The next call starts a new one. */
  close(): void;
}

interface Call {
  method: string;
  args: readonly unknown[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  started: number;
}

const DEFAULT_TERMINATE_AFTER_MS = 250;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * @example
 * const channel = createWorkerChannel<EncoderApi>({ name: 'encoder', create: () => new EncoderWorker(), inPlace: () => import('./encoderApi.ts').then((m) => m.encoderApi) });
 * const result = await channel.call('encode', [input], signal);
 */
export function createWorkerChannel<Api extends WorkerApi>(options: WorkerChannelOptions<Api>): WorkerChannel<Api> {
  return new ComlinkChannel(options);
}

class ComlinkChannel<Api extends WorkerApi> implements WorkerChannel<Api> {
  private readonly live = new Set<Call>();
  private readonly terminateAfter: number;
  private readonly revive: (error: WireError) => unknown;
  private worker: Worker | undefined;
  private remote: Remote<Api> | undefined;
  private broken = false;
  // Answers from an ended worker are dropped: each worker has its own generation.
  private generation = 0;

  constructor(private readonly options: WorkerChannelOptions<Api>) {
    this.terminateAfter = options.terminateAfterMs ?? DEFAULT_TERMINATE_AFTER_MS;
    this.revive = options.reviveError ?? reviveWireError;
  }

  call<K extends MethodOf<Api>>(method: K, args: Args<Api, K>, signal?: AbortSignal): Promise<Result<Api, K>> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const call: Call = { method, args, resolve: resolve as (value: unknown) => void, reject, started: performance.now() };
      const to = this.start();
      if (!to) return this.runInPlace(call);
      this.live.add(call);
      signal?.addEventListener('abort', () => this.abandon(call, signal), { once: true });
      this.send(call, to);
    });
  }

  close(): void {
    this.stop();
    const error = new Error(`The ${this.options.name} worker was closed`);
    for (const call of this.live) call.reject(error);
    this.live.clear();
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.remote = undefined;
    this.generation++;
  }

  private start(): Remote<Api> | undefined {
    // Asked on every call (not remembered): a test may provide Worker after the module loaded.
    if (this.remote || this.broken || typeof Worker === 'undefined') return this.remote;
    try {
      const started = this.options.create();
      started.addEventListener('error', (event) => {
        event.preventDefault();
        this.broken = true;
        this.stop();
        for (const call of this.live) this.runInPlace(call);
      });
      this.worker = started;
      this.remote = wrap<Api>(started);
    } catch {
      this.broken = true;
    }
    return this.remote;
  }

  private send(call: Call, to: Remote<Api>): void {
    const mine = this.generation;
    call.started = performance.now();
    const fn = (to as unknown as Record<string, AnyFunction>)[call.method]!;
    (fn(...call.args) as Promise<unknown>).then(
      (value) => {
        if (mine !== this.generation || !this.live.delete(call)) return;
        call.resolve(value);
      },
      (error: unknown) => {
        if (mine !== this.generation || !this.live.delete(call)) return;
        call.reject(this.revive(error as WireError));
      },
    );
  }

  private abandon(call: Call, signal: AbortSignal): void {
    if (!this.live.delete(call)) return;
    call.reject(abortError(signal));
    if (performance.now() - call.started < this.terminateAfter) return;
    // Long work for an input nobody looks at any more: end it, and hand the calls still wanted to a
    // fresh worker.
    this.stop();
    const fresh = this.start();
    for (const other of this.live) {
      if (fresh) this.send(other, fresh);
      else this.runInPlace(other);
    }
  }

  private runInPlace(call: Call): void {
    this.live.delete(call);
    this.options
      .inPlace()
      .then((api) => ((api as Record<string, AnyFunction>)[call.method]!)(...call.args))
      .then(call.resolve, call.reject);
  }
}
