/**
 * Learn's calls to the token session worker it shares with Decode (lib/token-session): nothing of
 * Learn reads, verifies or decrypts a token on the main thread when a worker can run.
 */
import { queryOptions } from '@tanstack/react-query';
import { tokenSession } from '../../../lib/token-session/channel.ts';
import { textKey } from '../../../lib/fingerprint.ts';
import type { LearnInput } from '../runTrace.ts';
import type { LearnSessionApi } from './learnSessionApi.ts';

const session = () => tokenSession<LearnSessionApi>();

/** Results of large tokens are big: drop them soon after nobody looks at them. */
const SHORT_GC = 5_000;

// Keys carry a long token by its fingerprint: react-query would hash the whole text on every render.
export const learnInspectQuery = (token: string, tokenKey = textKey(token)) =>
  queryOptions({
    queryKey: ['learn-inspect', tokenKey],
    queryFn: ({ signal }) => session().call('learnInspect', [token], signal),
    gcTime: SHORT_GC,
  });

/** Keyed by every input, so a result for older input is never shown for newer input. */
export const learnTraceQuery = (input: LearnInput, tokenKey = textKey(input.token)) =>
  queryOptions({
    queryKey: ['learn-trace', tokenKey, input.keyText, input.keyEncoding],
    queryFn: ({ signal }) => session().call('learnTrace', [input], signal),
    gcTime: SHORT_GC,
  });

export const learnProfileStepsQuery = (token: string, accessToken: string, tokenKey = textKey(token)) =>
  queryOptions({
    queryKey: ['learn-profile', tokenKey, accessToken],
    queryFn: ({ signal }) => session().call('learnProfileSteps', [token, accessToken], signal),
    retry: false,
    gcTime: SHORT_GC,
  });
