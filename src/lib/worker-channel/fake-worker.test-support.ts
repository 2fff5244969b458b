/**
 * For unit tests of worker clients: a stand-in Worker class that exposes `api` over a real
 * MessageChannel with Comlink on both ends, so answers arrive on a later tick as from a worker.
 * Each class keeps the workers it made (`made`), so a test can see how many started and which
 * one was ended. Install it with `vi.stubGlobal('Worker', fakeWorkerOf(api))`.
 */
import type { Endpoint } from 'comlink';
import { exposeWorkerApi } from './expose.ts';
import type { WorkerApi } from './channel.ts';

export interface FakeWorker extends EventTarget {
  terminated: boolean;
  postMessage(message: unknown): void;
  terminate(): void;
}

export interface FakeWorkerClass {
  new (): FakeWorker;
  readonly made: FakeWorker[];
}

export function fakeWorkerOf(api: WorkerApi): FakeWorkerClass {
  return class extends EventTarget implements FakeWorker {
    static readonly made: FakeWorker[] = [];
    terminated = false;
    readonly port: MessagePort;
    constructor() {
      super();
      (this.constructor as FakeWorkerClass).made.push(this);
      const { port1, port2 } = new MessageChannel();
      exposeWorkerApi(api, port2 as unknown as Endpoint);
      this.port = port1;
      port1.addEventListener('message', (event) => {
        if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data }));
      });
      port1.start();
    }
    postMessage(message: unknown): void {
      if (!this.terminated) this.port.postMessage(message);
    }
    terminate(): void {
      this.terminated = true;
      this.port.close();
    }
  };
}
