/**
 * Decode's calls to the token session worker it shares with Learn (lib/token-session). A call
 * abandoned for newer input that has run for a while gets the worker ended, so a hostile PBES2 count
 * cannot pin a core; without a worker the same code runs on the main thread (lib/worker-channel).
 */
import { tokenSession } from '../../../lib/token-session/channel.ts';
import type { CheckOutcome, CheckRequest } from '../logic/check.ts';
import type { DecodedView } from '../logic/view.ts';
import type { ProfileOutcome, ProfileRequest } from '../profile/protocol.ts';
import type { DecoderSessionApi } from './decoderSessionApi.ts';

const session = () => tokenSession<DecoderSessionApi>();

export function decodeInWorker(text: string, signal?: AbortSignal): Promise<DecodedView> {
  return session().call('decode', [text], signal);
}

export function checkInWorker(request: CheckRequest, signal?: AbortSignal): Promise<CheckOutcome> {
  return session().call('check', [request], signal);
}

/** checkProfile, bestPractices and the key's provenance. */
export function profileInWorker(request: ProfileRequest, signal?: AbortSignal): Promise<ProfileOutcome> {
  return session().call('profile', [request], signal);
}
