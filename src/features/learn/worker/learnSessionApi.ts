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

/**
 * The inspection Learn shows, as plain data for postMessage: JSON member ranges are computed lazily
 * by the engine (getters, which structured cloning drops), so they are read here; a segment above
 * ANATOMY_SEGMENT_LIMIT goes without its members, text and parsed value. The Jws/Jwe objects stay
 * in the worker (Learn's views read segments).
 */
export function forAnatomy(result: InspectResult): InspectResult {
  const large = result.segments.some((s) => (s.bytes?.length ?? 0) > ANATOMY_SEGMENT_LIMIT);
  const { jws: _jws, jwe: _jwe, ...rest } = result;
  const shown = large ? (({ payload: _payload, claims: _claims, ...small }) => small)(rest) : rest;
  return {
    ...shown,
    segments: result.segments.map((s) => {
      if ((s.bytes?.length ?? 0) > ANATOMY_SEGMENT_LIMIT) {
        const { json: _json, text: _text, ...small } = s;
        return small;
      }
      return s.json ? { ...s, json: { value: s.json.value, duplicates: s.json.duplicates, members: s.json.members, topMembers: s.json.topMembers } } : s;
    }),
  };
}

export const learnSessionApi = {
  learnInspect: (token: string) => forAnatomy(inspectedToken(token)),
  learnTrace: (input: LearnInput) => runTrace(input),
  learnProfileSteps: (token: string, accessToken: string) => profileSteps(token, accessToken),
};

export type LearnSessionApi = typeof learnSessionApi;
