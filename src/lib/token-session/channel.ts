/**
 * The page's side of the token session worker: one worker, one channel, shared by Decode and
 * Learn. The worker itself is composed by the app (src/app/session/), which alone may import both
 * screens: it registers the worker here once at start-up, and each screen calls it with the part of
 * the API it knows (features/decoder/worker/decoderSessionApi.ts, features/learn/worker/learnSessionApi.ts).
 */
import { createWorkerChannel, type WorkerApi, type WorkerChannel, type WorkerChannelOptions } from '../worker-channel/channel.ts';

let provided: WorkerChannelOptions<WorkerApi> | undefined;
let channel: WorkerChannel<WorkerApi> | undefined;

/** Called by the app before the screens render. */
export function provideTokenSession(options: WorkerChannelOptions<WorkerApi>): void {
  channel?.close();
  channel = undefined;
  provided = options;
}

/**
 * The shared channel, typed by the part of the session API the caller uses. The app checks that
 * its worker implements every part (src/app/session/sessionApi.ts), so the cast is sound.
 */
export function tokenSession<Api extends WorkerApi>(): WorkerChannel<Api> {
  if (!provided) throw new Error('The token session worker was not provided: the app calls provideTokenSession() at start-up');
  channel ??= createWorkerChannel(provided);
  return channel as unknown as WorkerChannel<Api>;
}
