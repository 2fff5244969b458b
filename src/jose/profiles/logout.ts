/** OpenID Connect Back-Channel Logout tokens (§2.4 contents, §2.6 validation). */
import { echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { algCheck } from './alg.ts';
import { audienceCheck, check, claimMember, expCheck, forbiddenClaim, has, iatCheck, matchesContext, requiredClaims, say, type CheckEnv } from './check.ts';
import { backchannel } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck } from './types.ts';

export const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
const WHAT = 'A logout token';

const REQUIRED = [
  ['iss', 'string'],
  ['aud', 'audience'],
  ['iat', 'NumericDate'],
  ['exp', 'NumericDate'],
  ['jti', 'string'],
  ['events', 'object'],
] as const;

function eventsCheck(claims: JsonObject): ProfileCheck {
  const ref = backchannel('2.4');
  const events = claims.events;
  const member = { member: claimMember('events') };
  if (!isJsonObject(events)) return check('events', false, 'must', say('logout.events.none', `${WHAT} must have "events", a JSON object`), ref, member);
  if (!has(events, BACKCHANNEL_LOGOUT_EVENT)) return check('events', false, 'must', say('logout.events.missing', `"events" must contain the member "${BACKCHANNEL_LOGOUT_EVENT}"`, { event: BACKCHANNEL_LOGOUT_EVENT }), ref, member);
  if (!isJsonObject(events[BACKCHANNEL_LOGOUT_EVENT])) return check('events', false, 'must', say('logout.events.value', `The value of "${BACKCHANNEL_LOGOUT_EVENT}" must be a JSON object (usually {})`, { event: BACKCHANNEL_LOGOUT_EVENT }), ref, member);
  return check('events', true, 'must', say('logout.events.ok', '"events" holds the back-channel logout event'), ref, member);
}

function subOrSidCheck(claims: JsonObject): ProfileCheck {
  const ref = backchannel('2.4');
  const sub = typeof claims.sub === 'string';
  const sid = typeof claims.sid === 'string';
  if (!sub && !sid) return check('sub_or_sid', false, 'must', say('logout.subSid.none', `${WHAT} must name the user ("sub") or the session ("sid"), or both`), ref, { member: claimMember(has(claims, 'sub') ? 'sub' : 'sid') });
  const params = { sub: sub ? echo(claims.sub) : '', sid: sid ? echo(claims.sid) : '' };
  return check('sub_or_sid', true, 'must', say('logout.subSid.ok', `Logs out ${[sub ? `the user ${params.sub}` : '', sid ? `the session ${params.sid}` : ''].filter(Boolean).join(' in ')}`, params), ref);
}

export function logoutChecks(view: TokenView, claims: JsonObject, env: CheckEnv): ProfileCheck[] {
  const { ctx } = env;
  return [
    typCheck('logout+jwt', view.header),
    algCheck('logout+jwt', view),
    requiredClaims(claims, REQUIRED, backchannel('2.4'), WHAT),
    eventsCheck(claims),
    subOrSidCheck(claims),
    forbiddenClaim('nonce', claims, 'nonce', backchannel('2.4'), 'it keeps a logout token from being accepted as an ID token'),
    matchesContext('iss', claims, 'iss', ctx.issuer, 'issuer', backchannel('2.6'), { required: true, what: WHAT }),
    audienceCheck(claims, ctx.clientId ?? ctx.audience, 'clientId', backchannel('2.6'), { required: true, what: WHAT }),
    iatCheck(claims, env, backchannel('2.6'), WHAT, true),
    expCheck(claims, env, backchannel('2.6'), WHAT, true),
  ];
}
