/// <reference lib="webworker" />
/**
 * The Encode screen's worker: parsing and minifying the JSON, importing the keys, signing and
 * encrypting (with the synchronous @noble fallbacks: AES-192 in Chromium, ES256K, Ed448, X448,
 * RSA1_5) run here, so a 1 MB payload never freezes the page. Plain data in and out.
 */
// First: nothing this worker runs may use the network (see no-network.ts).
import '../../../lib/no-network.ts';
import { encodeToken } from '../encode.ts';
import type { EncoderRequest, EncoderResponse } from './encoderProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<EncoderRequest>) => {
  const { id, input } = event.data;
  let response: EncoderResponse;
  try {
    // encodeToken never throws for bad input; this catches only the unexpected.
    response = { id, ok: true, result: await encodeToken(input) };
  } catch (error) {
    response = { id, ok: false, error: String((error as Error)?.message ?? error) };
  }
  scope.postMessage(response);
};
