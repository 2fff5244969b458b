/**
 * SD-JWT VCs (draft-ietf-oauth-sd-jwt-vc): the claims the issuer-signed JWT must carry in the clear.
 * Disclosures, _sd digests and the KB-JWT are the SD-JWT module's work.
 */
import { echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { algCheck } from './alg.ts';
import { check, claimMember, expCheck, has, matchesContext, say, type CheckEnv } from './check.ts';
import { sdJwtVc } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck } from './types.ts';

const WHAT = 'An SD-JWT VC';

function vctCheck(claims: JsonObject): ProfileCheck {
  const ref = sdJwtVc('vct claim');
  const member = { member: claimMember('vct') };
  if (!has(claims, 'vct')) return check('vct', false, 'must', say('vc.vct.none', `${WHAT} must have "vct" (the credential type) in the clear, never selectively disclosable`), ref, member);
  if (typeof claims.vct !== 'string' || claims.vct === '') return check('vct', false, 'must', say('vc.vct.type', '"vct" must be a non-empty string'), ref, member);
  return check('vct', true, 'must', say('vc.vct.ok', `"vct" is ${echo(claims.vct)}`, { vct: echo(claims.vct) }), ref, member);
}

function cnfCheck(claims: JsonObject): ProfileCheck {
  const ref = sdJwtVc('cnf claim');
  const member = { member: claimMember('cnf') };
  if (!has(claims, 'cnf')) return check('cnf', 'n/a', 'must', say('vc.cnf.none', 'No "cnf": the credential is not bound to a holder key, so no Key Binding JWT can be checked'), ref);
  const cnf = claims.cnf;
  if (!isJsonObject(cnf) || !(isJsonObject(cnf.jwk) || typeof cnf.kid === 'string' || typeof cnf.jkt === 'string')) {
    return check('cnf', false, 'must', say('vc.cnf.bad', '"cnf" must be an object holding the holder\'s key ("jwk", or "kid" / "jkt")'), ref, member);
  }
  const held = isJsonObject(cnf.jwk) ? 'jwk' : typeof cnf.kid === 'string' ? 'kid' : 'jkt';
  return check('cnf', true, 'must', say('vc.cnf.ok', `Bound to the holder key in "cnf.${held}"`, { member: held }), ref, member);
}

export function sdJwtVcChecks(view: TokenView, claims: JsonObject, env: CheckEnv): ProfileCheck[] {
  return [
    typCheck('dc+sd-jwt', view.header),
    algCheck('dc+sd-jwt', view),
    vctCheck(claims),
    matchesContext('iss', claims, 'iss', env.ctx.issuer, 'issuer', sdJwtVc('iss claim'), { required: false, what: WHAT }),
    cnfCheck(claims),
    expCheck(claims, env, sdJwtVc('exp claim'), WHAT, false),
  ];
}
