/** Security Event Tokens (RFC 8417 §2.2 claims, §2.3 typing, §4 confusion with other JWTs). */
import { echoList } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { algCheck } from './alg.ts';
import { audienceCheck, check, claimMember, has, iatCheck, matchesContext, requiredClaims, say, type CheckEnv } from './check.ts';
import { rfc } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck } from './types.ts';

const WHAT = 'A Security Event Token';

const REQUIRED = [
  ['iss', 'string'],
  ['iat', 'NumericDate'],
  ['jti', 'string'],
  ['events', 'object'],
] as const;

function eventsCheck(claims: JsonObject): ProfileCheck {
  const ref = rfc(8417, '2.2');
  const member = { member: claimMember('events') };
  const events = claims.events;
  if (!isJsonObject(events)) return check('events', false, 'must', say('set.events.none', `${WHAT} must have "events", a JSON object of event URIs`), ref, member);
  const names = Object.keys(events);
  if (names.length === 0) return check('events', false, 'must', say('set.events.empty', '"events" is empty; it must hold at least one event'), ref, member);
  const notObjects = names.filter((n) => !isJsonObject(events[n]));
  if (notObjects.length) return check('events', false, 'must', say('set.events.values', `Each event's value must be a JSON object (possibly {}); ${echoList(notObjects)} ${notObjects.length > 1 ? 'are' : 'is'} not`, { events: echoList(notObjects), count: notObjects.length }), ref, member);
  const notUris = names.filter((n) => !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(n));
  if (notUris.length) return check('events', false, 'should', say('set.events.uris', `Event identifiers should be URIs; ${echoList(notUris)} ${notUris.length > 1 ? 'are' : 'is'} not`, { events: echoList(notUris), count: notUris.length }), ref, member);
  return check('events', true, 'must', say('set.events.ok', `${names.length} event${names.length > 1 ? 's' : ''}: ${echoList(names)}`, { count: names.length, events: echoList(names) }), ref, member);
}

export function seceventChecks(view: TokenView, claims: JsonObject, env: CheckEnv): ProfileCheck[] {
  const { ctx } = env;
  const exp = has(claims, 'exp')
    ? check('exp', false, 'should', say('set.exp.present', '"exp" should not be used in a SET: it describes an event that already happened, and without "exp" it cannot pass for an access token'), rfc(8417, '4.5'), { member: claimMember('exp') })
    : check('exp', true, 'should', say('set.exp.none', 'No "exp", as RFC 8417 recommends for SETs'), rfc(8417, '4.5'));
  return [
    typCheck('secevent+jwt', view.header),
    algCheck('secevent+jwt', view),
    requiredClaims(claims, REQUIRED, rfc(8417, '2.2'), WHAT),
    eventsCheck(claims),
    exp,
    matchesContext('iss', claims, 'iss', ctx.issuer, 'issuer', rfc(8417, '2.2'), { required: true, what: WHAT }),
    audienceCheck(claims, ctx.audience, 'audience', rfc(8417, '2.2'), { required: false, what: WHAT, level: 'should' }),
    iatCheck(claims, env, rfc(8417, '2.2'), WHAT, true),
  ];
}
