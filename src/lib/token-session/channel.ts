/**
 * The page's side of the token session worker: one worker, one channel, shared by Decode and
 * Learn. The worker itself is composed by the app (src/app/session/), which alone may import both
 * screens: it registers the worker here once at start-up, and each screen calls it with the part of
 * the API it knows (features/decoder/worker/decoderSessionApi.ts, features/learn/worker/learnSessionApi.ts).
 */
import type { WorkerApi, WorkerChannel, WorkerChannelOptions } from '../worker-channel/channel.ts';

let provided: WorkerChannelOptions<WorkerApi> | undefined;
let channel: Promise<WorkerChannel<WorkerApi>> | undefined;

/** Called by the app before the screens render. */
export function provideTokenSession(options: WorkerChannelOptions<WorkerApi>): void {
  void channel?.then((c) => c.close());
  channel = undefined;
  provided = options;
}

/**
 * The shared channel, typed by the part of the session API the caller uses. The app checks that
 * its worker implements every part (src/app/session/sessionApi.ts), so the cast is sound.
 * The channel's code (Comlink, lib/worker-channel: ~3 KB) is imported with the first call, not in
 * the first load: an empty Decode screen calls nothing, and the first call waits for the worker
 * to start anyway.
 */
export function tokenSession<Api extends WorkerApi>(): WorkerChannel<Api> {
  if (!provided) throw new Error('The token session worker was not provided: the app calls provideTokenSession() at start-up');
  const options = provided;
  const ready = (channel ??= import('../worker-channel/channel.ts').then((m) => m.createWorkerChannel(options))) as Promise<WorkerChannel<Api>>;
  return {
    call: (method, args, signal) => ready.then((c) => c.call(method, args, signal)),
    close: () => void ready.then((c) => c.close()),
  };
}
