/// <reference lib="webworker" />
/**
 * The decoder's worker: decoding of large tokens and all of the crypto (key import, verify,
 * decrypt) run here, so a 1 MB token or a PBES2 count never blocks typing, and the crypto stays
 * out of the first load. Messages are plain data in and out.
 */
// First: nothing this worker runs may use the network (see no-network.ts).
import '../../../lib/no-network.ts';
import { checkToken } from '../logic/check.ts';
import { decodeView } from '../logic/view.ts';
import { runProfile } from '../profile/work.ts';
import type { DecoderRequest, DecoderResponse } from './decoderProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<DecoderRequest>) => {
  const message = event.data;
  let response: DecoderResponse;
  try {
    const result = message.op === 'decode' ? decodeView(message.text) : message.op === 'profile' ? await runProfile(message.request) : await checkToken(message.request);
    response = { id: message.id, ok: true, result };
  } catch (error) {
    response = { id: message.id, ok: false, error: String((error as Error)?.message ?? error) };
  }
  scope.postMessage(response);
};
