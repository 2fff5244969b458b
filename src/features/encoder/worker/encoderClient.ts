/**
 * Talks to the encoder worker (lib/worker-channel): a request abandoned for newer input (its query
 * was cancelled) that has run for a while gets the worker ended, so a hostile PBES2 count or a
 * slow noble cipher cannot pin a core. Without Worker (Node, unit tests) or when it cannot start,
 * the same code runs on the main thread, loaded on demand.
 */
import EncoderWorker from './encoder.worker.ts?worker';
import { createWorkerChannel } from '../../../lib/worker-channel/channel.ts';
import type { EncodeInput, EncodeResult } from '../encode.ts';
import type { EncoderApi } from './encoderProtocol.ts';

const channel = createWorkerChannel<EncoderApi>({
  name: 'encoder',
  create: () => new EncoderWorker({ name: 'encoder' }),
  inPlace: async () => (await import('./encoderProtocol.ts')).encoderApi,
});

/** encodeToken, off the main thread when a worker can run. Aborting drops the answer. */
export function encodeInWorker(input: EncodeInput, signal?: AbortSignal): Promise<EncodeResult> {
  return channel.call('encode', [input], signal);
}
