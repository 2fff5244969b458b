import { queryOptions } from '@tanstack/react-query';
import { encodeToken, type EncodeInput } from './encode.ts';

/**
 * The encode operation keyed by everything it reads, so what is shown always belongs to the inputs
 * on screen (an older, slower result lands under its own key and is never displayed).
 */
export const encodeQuery = (input: EncodeInput) =>
  queryOptions({
    queryKey: ['encode', input] as const,
    queryFn: () => encodeToken(input),
    gcTime: 30_000,
  });
