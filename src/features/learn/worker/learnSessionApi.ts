/**
 * What Learn asks the token session worker it shares with Decode (src/app/session/ composes the
 * worker): the token's inspection for the anatomy, the traced verify / decrypt for the Steps, and
 * the profile steps. The token is inspected once in the worker, whoever asks (lib/token-session).
 */
import type { InspectResult } from '../../../jose/index.ts';
import { inspectedToken } from '../../../lib/token-session/session.ts';
import { profileSteps } from '../profile/profileSteps.ts';
import { runTrace, type LearnInput } from '../runTrace.ts';

/**
 * Above this many decoded bytes a segment's JSON members and text stay in the worker: the anatomy is
 * a teaching view, and a button per member of a megabyte payload would cost the page seconds.
 */
export const ANATOMY_SEGMENT_LIMIT = 64 * 1024;

/** The inspection Learn shows: a large segment without its members, text and parsed value. */
export function forAnatomy(result: InspectResult): InspectResult {
  const large = result.segments.some((s) => (s.bytes?.length ?? 0) > ANATOMY_SEGMENT_LIMIT);
  if (!large) return result;
  const { jws: _jws, jwe: _jwe, payload: _payload, claims: _claims, ...rest } = result;
  return {
    ...rest,
    segments: result.segments.map((s) => {
      if ((s.bytes?.length ?? 0) <= ANATOMY_SEGMENT_LIMIT) return s;
      const { json: _json, text: _text, ...small } = s;
      return small;
    }),
  };
}

export const learnSessionApi = {
  learnInspect: (token: string) => forAnatomy(inspectedToken(token)),
  learnTrace: (input: LearnInput) => runTrace(input),
  learnProfileSteps: (token: string, accessToken: string) => profileSteps(token, accessToken),
};

export type LearnSessionApi = typeof learnSessionApi;
