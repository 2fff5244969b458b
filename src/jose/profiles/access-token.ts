/** OAuth 2.0 access tokens in JWT format (RFC 9068 §2, validated per §4). */
import type { JsonObject } from '../lib/json.ts';
import { algCheck } from './alg.ts';
import { audienceCheck, check, claimMember, expCheck, has, matchesContext, requiredClaims, say, type CheckEnv } from './check.ts';
import { rfc } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck } from './types.ts';

const WHAT = 'A JWT access token';

const REQUIRED = [
  ['iss', 'string'],
  ['exp', 'NumericDate'],
  ['aud', 'audience'],
  ['sub', 'string'],
  ['client_id', 'string'],
  ['iat', 'NumericDate'],
  ['jti', 'string'],
] as const;

function cnfCheck(claims: JsonObject): ProfileCheck {
  const ref = rfc(9449, '6.1');
  if (!has(claims, 'cnf')) return check('cnf', 'n/a', 'must', say('at.cnf.none', 'No "cnf": a bearer token, not bound to a key'), rfc(7800, '3.1'));
  const cnf = claims.cnf;
  if (!cnf || typeof cnf !== 'object' || Array.isArray(cnf)) return check('cnf', false, 'must', say('at.cnf.type', '"cnf" must be a JSON object'), rfc(7800, '3.1'), { member: claimMember('cnf') });
  if (has(cnf, 'jkt') && typeof cnf.jkt !== 'string') return check('cnf', false, 'must', say('at.cnf.jktType', '"cnf.jkt" must be a base64url JWK thumbprint string'), ref, { member: claimMember('cnf') });
  const jkt = typeof cnf.jkt === 'string' ? cnf.jkt : '';
  const to = jkt ? 'jkt' : has(cnf, 'x5t#S256') ? 'certificate' : 'key';
  const how = jkt ? `to the DPoP key with thumbprint ${jkt}` : to === 'certificate' ? 'to a client certificate (RFC 8705)' : 'to a key';
  return check('cnf', true, 'must', say('at.cnf.bound', `Bound ${how}: present it with proof of that key`, { to, jkt }), ref, { member: claimMember('cnf') });
}

export function accessTokenChecks(view: TokenView, claims: JsonObject, env: CheckEnv): ProfileCheck[] {
  const { ctx } = env;
  return [
    typCheck('at+jwt', view.header),
    algCheck('at+jwt', view),
    requiredClaims(claims, REQUIRED, rfc(9068, '2.2'), WHAT),
    matchesContext('iss', claims, 'iss', ctx.issuer, 'issuer', rfc(9068, '4'), { required: true, what: WHAT }),
    audienceCheck(claims, ctx.audience, 'audience', rfc(9068, '4'), { required: true, what: WHAT }),
    expCheck(claims, env, rfc(9068, '4'), WHAT, true),
    cnfCheck(claims),
  ];
}
