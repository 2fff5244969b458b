/** OpenID Connect ID tokens (Core 1.0 §2, §3.1.3.7, §3.3.2.11; FAPI 1.0 Advanced §5.1 for s_hash). */
import type { JsonObject } from '../lib/json.ts';
import { isJoseError, echo } from '../lib/errors.ts';
import { algCheck } from './alg.ts';
import { audienceCheck, check, claimMember, expCheck, has, hasType, iatCheck, matchesContext, memberText, typedClaim, type CheckEnv } from './check.ts';
import { halfHash } from './half-hash.ts';
import { FAPI_S_HASH, oidc } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck, SpecRef } from './types.ts';

const WHAT = 'An ID token';

function issCheck(claims: JsonObject, env: CheckEnv): ProfileCheck {
  const ref = oidc('2');
  const bad = typedClaim(claims, 'iss', 'string', ref, WHAT);
  if (bad) return bad;
  const iss = claims.iss as string;
  if (env.ctx.issuer !== undefined) {
    return iss === env.ctx.issuer
      ? check('iss', true, 'must', `"iss" is ${echo(iss)}, the expected issuer`, oidc('3.1.3.7'), { member: claimMember('iss') })
      : check('iss', false, 'must', `"iss" is ${echo(iss)}; the issuer must match exactly: ${echo(env.ctx.issuer)}`, oidc('3.1.3.7'), { member: claimMember('iss') });
  }
  let https: boolean;
  try {
    const u = new URL(iss);
    https = u.protocol === 'https:' && u.search === '' && u.hash === '';
  } catch {
    https = false;
  }
  if (!https) return check('iss', false, 'should', `"iss" is ${echo(iss)}; an Issuer Identifier is an https URL without query or fragment`, ref, { member: claimMember('iss') });
  return check('iss', true, 'must', `"iss" is ${echo(iss)}; give the expected issuer to compare`, ref, { needs: ['issuer'], member: claimMember('iss') });
}

function subCheck(claims: JsonObject): ProfileCheck {
  const ref = oidc('2');
  const bad = typedClaim(claims, 'sub', 'string', ref, WHAT);
  if (bad) return bad;
  const sub = claims.sub as string;
  const ascii = [...sub].every((ch) => ch.charCodeAt(0) < 0x80);
  if (sub.length === 0 || sub.length > 255 || !ascii) {
    return check('sub', false, 'must', `"sub" must be 1 to 255 ASCII characters; it is ${sub.length} characters${ascii ? '' : ', not all ASCII'}`, ref, { member: claimMember('sub') });
  }
  return check('sub', true, 'must', `"sub" is ${echo(sub)}`, ref, { member: claimMember('sub') });
}

function timeCheck(claims: JsonObject, env: CheckEnv, name: 'exp' | 'iat'): ProfileCheck {
  const bad = typedClaim(claims, name, 'NumericDate', oidc('2'), WHAT);
  if (bad) return bad;
  return name === 'exp' ? expCheck(claims, env, oidc('3.1.3.7'), WHAT, true) : iatCheck(claims, env, oidc('3.1.3.7'), WHAT, true);
}

function azpCheck(claims: JsonObject, env: CheckEnv): ProfileCheck {
  const ref = oidc('3.1.3.7');
  const aud = claims.aud;
  const several = Array.isArray(aud) && aud.length > 1;
  const member = { member: claimMember('azp') };
  if (!has(claims, 'azp')) {
    return several
      ? check('azp', false, 'should', `"aud" names ${(aud as unknown[]).length} audiences, so "azp" should say which client the token was issued to`, ref, member)
      : check('azp', 'n/a', 'should', 'One audience, so "azp" is not needed', ref);
  }
  if (typeof claims.azp !== 'string') return check('azp', false, 'must', '"azp" must be a string', oidc('2'), member);
  if (env.ctx.clientId === undefined) return check('azp', 'n/a', 'should', `"azp" is ${echo(claims.azp)}; give clientId to check it is you`, ref, { ...member, needs: ['clientId'] });
  return claims.azp === env.ctx.clientId
    ? check('azp', true, 'should', `"azp" is your client_id ${echo(claims.azp)}`, ref, member)
    : check('azp', false, 'should', `"azp" is ${echo(claims.azp)}, not your client_id ${echo(env.ctx.clientId)}`, ref, member);
}

function authTimeCheck(claims: JsonObject): ProfileCheck {
  const ref = oidc('2');
  if (!has(claims, 'auth_time')) return check('auth_time', 'n/a', 'must', 'No "auth_time" (required only when max_age or auth_time was requested)', ref);
  return hasType(claims.auth_time, 'NumericDate')
    ? check('auth_time', true, 'must', '"auth_time" is a NumericDate', ref, { member: claimMember('auth_time') })
    : check('auth_time', false, 'must', '"auth_time" must be a NumericDate (a number of seconds)', ref, { member: claimMember('auth_time') });
}

/** The curve of an EdDSA token, from its signature length (64 bytes Ed25519, 114 Ed448) or an embedded jwk. */
function edCurve(view: TokenView): string | undefined {
  if (view.signatureBytes === 64) return 'Ed25519';
  if (view.signatureBytes === 114) return 'Ed448';
  const jwk = view.header.jwk;
  return jwk && typeof jwk === 'object' && !Array.isArray(jwk) && typeof jwk.crv === 'string' ? jwk.crv : undefined;
}

async function halfHashCheck(view: TokenView, claims: JsonObject, name: 'at_hash' | 'c_hash' | 's_hash', value: string | undefined, contextPath: string, ref: SpecRef): Promise<ProfileCheck> {
  const what = { at_hash: 'access token', c_hash: 'authorization code', s_hash: 'state' }[name];
  const member = { member: claimMember(name) };
  if (!has(claims, name)) {
    return check(name, 'n/a', 'must', `No "${name}"${value !== undefined ? `; it is required only when the ID token comes from the authorization endpoint with the ${what}` : ''}`, ref);
  }
  if (typeof claims[name] !== 'string') return check(name, false, 'must', `"${name}" must be a string`, ref, member);
  if (value === undefined) return check(name, 'n/a', 'must', `"${name}" is ${echo(claims[name])}; give the ${what} (${contextPath}) to check it`, ref, { ...member, needs: [contextPath] });
  const alg = memberText(view.header.alg);
  try {
    const h = await halfHash(value, alg, { crv: edCurve(view) });
    const values = { expected: h.value, hash: h.hash };
    return claims[name] === h.value
      ? check(name, true, 'must', `"${name}" matches the ${what}: the left half of its ${h.hash} (${h.reason})`, ref, { ...member, values })
      : check(name, false, 'must', `"${name}" is ${echo(claims[name])}, but the left half of the ${what}'s ${h.hash} is ${echo(h.value)} (${h.reason})`, ref, { ...member, values });
  } catch (error) {
    if (!isJoseError(error)) throw error;
    return check(name, 'n/a', 'must', error.message, ref, member);
  }
}

export async function idTokenChecks(view: TokenView, claims: JsonObject, env: CheckEnv): Promise<ProfileCheck[]> {
  const { ctx } = env;
  const checks: ProfileCheck[] = [
    typCheck('id_token', view.header),
    algCheck('id_token', view),
    issCheck(claims, env),
    subCheck(claims),
    audienceCheck(claims, ctx.clientId ?? ctx.audience, 'clientId', oidc('3.1.3.7'), { required: true, what: WHAT }),
    timeCheck(claims, env, 'exp'),
    timeCheck(claims, env, 'iat'),
    azpCheck(claims, env),
    matchesContext('nonce', claims, 'nonce', ctx.nonce, 'nonce', oidc('3.1.3.7'), { required: false, what: WHAT }),
    authTimeCheck(claims),
  ];
  checks.push(
    await halfHashCheck(view, claims, 'at_hash', ctx.accessToken, 'accessToken', oidc('3.3.2.11')),
    await halfHashCheck(view, claims, 'c_hash', ctx.code, 'code', oidc('3.3.2.11')),
    await halfHashCheck(view, claims, 's_hash', ctx.state, 'state', FAPI_S_HASH),
  );
  return checks;
}
