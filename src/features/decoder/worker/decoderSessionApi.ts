/**
 * What Decode asks the token session worker (src/app/session/ composes the worker): decoding of
 * large tokens, and all of the crypto (key import, verify, decrypt, the profile checks), so a 1 MB
 * token or a PBES2 count never blocks typing, and the crypto stays out of the first load. Plain
 * data in and out. A token is inspected once in the worker, whoever asks (lib/token-session).
 */
import { inspectedToken, tokenForCrypto } from '../../../lib/token-session/session.ts';
import { checkToken, type CheckRequest } from '../logic/check.ts';
import { decodeView } from '../logic/view.ts';
import { runProfile } from '../profile/work.ts';
import type { ProfileRequest } from '../profile/protocol.ts';

export const decoderSessionApi = {
  decode: (text: string) => decodeView(text, inspectedToken),
  check: (request: CheckRequest) => checkToken(request, tokenForCrypto),
  profile: (request: ProfileRequest) => runProfile(request),
};

export type DecoderSessionApi = typeof decoderSessionApi;
