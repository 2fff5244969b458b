import { queryOptions } from '@tanstack/react-query';
import { encodeInWorker } from './worker/encoderClient.ts';
import type { EncodeInput } from './encode.ts';

/**
 * The encode operation keyed by everything it reads, so what is shown always belongs to the inputs
 * on screen (an older, slower result lands under its own key and is never displayed). It runs in
 * the encoder worker: noble ciphers, ES256K and large payloads never block the page.
 */
export const encodeQuery = (input: EncodeInput) =>
  queryOptions({
    queryKey: ['encode', input] as const,
    queryFn: ({ signal }) => encodeInWorker(input, signal),
    gcTime: 30_000,
  });
