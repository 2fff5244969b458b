/**
 * Client assertions: JWTs a client signs to authenticate (RFC 7523 §3, private_key_jwt and
 * client_secret_jwt in OpenID Connect Core §9; explicit typing and a single-valued "aud" from
 * draft-ietf-oauth-rfc7523bis).
 */
import { echo } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import { algCheck } from './alg.ts';
import { audienceCheck, check, claimMember, expCheck, has, requiredClaims, say, type CheckEnv } from './check.ts';
import { oidc, rfc, rfc7523bis } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck } from './types.ts';

const WHAT = 'A client assertion';

const REQUIRED = [
  ['iss', 'string'],
  ['sub', 'string'],
  ['aud', 'audience'],
  ['exp', 'NumericDate'],
] as const;

/** RFC 7523 §3 items 1-2 and OIDC Core §9: for client authentication, iss and sub are both the client_id. */
function issSubCheck(claims: JsonObject, clientId: string | undefined): ProfileCheck {
  const ref = rfc(7523, '3');
  const { iss, sub } = claims;
  if (typeof iss !== 'string' || typeof sub !== 'string') return check('iss_sub', false, 'must', say('ca.issSub.type', '"iss" and "sub" must both be the client_id (strings)'), ref, { member: claimMember(typeof iss !== 'string' ? 'iss' : 'sub') });
  if (iss !== sub) return check('iss_sub', false, 'must', say('ca.issSub.differ', `"iss" (${echo(iss)}) and "sub" (${echo(sub)}) must both be the client_id`, { iss: echo(iss), sub: echo(sub) }), ref, { member: claimMember('sub') });
  if (clientId === undefined) return check('iss_sub', true, 'must', say('ca.issSub.giveClient', `"iss" and "sub" are both ${echo(iss)}; give clientId to check that it is the client's`, { iss: echo(iss) }), ref, { needs: ['clientId'] });
  return iss === clientId
    ? check('iss_sub', true, 'must', say('ca.issSub.ok', `"iss" and "sub" are the client_id ${echo(clientId)}`, { clientId: echo(clientId) }), ref)
    : check('iss_sub', false, 'must', say('ca.issSub.other', `"iss" and "sub" are ${echo(iss)}, not the client_id ${echo(clientId)}`, { iss: echo(iss), clientId: echo(clientId) }), ref, { member: claimMember('iss') });
}

/** rfc7523bis: the audience is the authorization server's issuer identifier, as a single string. */
function audShapeCheck(claims: JsonObject): ProfileCheck {
  const ref = rfc7523bis('audience');
  if (Array.isArray(claims.aud)) return check('aud_single', false, 'should', say('ca.aud.array', `"aud" is an array; draft-ietf-oauth-rfc7523bis wants the authorization server's issuer identifier as one string`), ref, { member: claimMember('aud') });
  return check('aud_single', true, 'should', say('ca.aud.single', '"aud" is a single value'), ref);
}

export function clientAssertionChecks(view: TokenView, claims: JsonObject, env: CheckEnv): ProfileCheck[] {
  const { ctx } = env;
  const jti = has(claims, 'jti') && typeof claims.jti === 'string'
    ? check('jti', true, 'should', say('ca.jti.ok', `"jti" is ${echo(claims.jti)}: the server can refuse a replayed assertion`, { jti: echo(claims.jti) }), oidc('9'), { member: claimMember('jti') })
    : check('jti', false, 'should', say('ca.jti.none', 'No "jti" string: OpenID Connect requires one so a replayed assertion can be refused'), oidc('9'), { member: claimMember('jti') });
  return [
    typCheck('client-assertion', view.header),
    algCheck('client-assertion', view),
    requiredClaims(claims, REQUIRED, rfc(7523, '3'), WHAT),
    issSubCheck(claims, ctx.clientId),
    audienceCheck(claims, ctx.audience, 'audience', rfc(7523, '3'), { required: true, what: WHAT }),
    audShapeCheck(claims),
    expCheck(claims, env, rfc(7523, '3'), WHAT, true),
    jti,
  ];
}
