/**
 * Key Binding JWTs (RFC 9901 §4.3): what the token itself must say. Its signature (by the key in the
 * SD-JWT's "cnf") and the sd_hash over the presentation are the SD-JWT module's work: verifySdJwt
 * computes sd_hash, and passes it here as context.sdHash.
 */
import { echo } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import { algCheck } from './alg.ts';
import { audienceCheck, check, claimMember, has, iatCheck, matchesContext, requiredClaims, say, type CheckEnv } from './check.ts';
import { rfc } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck } from './types.ts';

const WHAT = 'A Key Binding JWT';
const REF = rfc(9901, '4.3');

const REQUIRED = [
  ['iat', 'NumericDate'],
  ['aud', 'string'],
  ['nonce', 'string'],
  ['sd_hash', 'string'],
] as const;

function sdHashCheck(claims: JsonObject, expected: string | undefined): ProfileCheck {
  const member = { member: claimMember('sd_hash') };
  if (!has(claims, 'sd_hash') || typeof claims.sd_hash !== 'string') return check('sd_hash', false, 'must', say('kb.sdHash.none', `${WHAT} must have "sd_hash", the hash of the presentation it binds`), REF, member);
  if (expected === undefined) return check('sd_hash', 'n/a', 'must', say('kb.sdHash.giveHash', `"sd_hash" is ${echo(claims.sd_hash)}; the SD-JWT module computes the presentation's hash (sdHash) to compare`, { sdHash: echo(claims.sd_hash) }), REF, { ...member, needs: ['sdHash'] });
  return claims.sd_hash === expected
    ? check('sd_hash', true, 'must', say('kb.sdHash.ok', '"sd_hash" is the hash of this presentation'), REF, member)
    : check('sd_hash', false, 'must', say('kb.sdHash.other', `"sd_hash" is ${echo(claims.sd_hash)}; the presentation hashes to ${echo(expected)}: the KB-JWT was made for another presentation`, { sdHash: echo(claims.sd_hash), expected: echo(expected) }), REF, member);
}

export function kbJwtChecks(view: TokenView, claims: JsonObject, env: CheckEnv): ProfileCheck[] {
  const { ctx } = env;
  return [
    typCheck('kb+jwt', view.header),
    algCheck('kb+jwt', view),
    requiredClaims(claims, REQUIRED, REF, WHAT),
    iatCheck(claims, env, rfc(9901, '7.3'), WHAT, true),
    audienceCheck(claims, ctx.audience, 'audience', rfc(9901, '7.3'), { required: true, what: WHAT }),
    matchesContext('nonce', claims, 'nonce', ctx.nonce, 'nonce', rfc(9901, '7.3'), { required: true, what: WHAT }),
    sdHashCheck(claims, ctx.sdHash),
  ];
}
