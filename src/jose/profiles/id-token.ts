/** OpenID Connect ID tokens (Core 1.0 §2, §3.1.3.7, §3.3.2.11; FAPI 1.0 Advanced §5.1 for s_hash). */
import type { JsonObject } from '../lib/json.ts';
import { isJoseError, echo } from '../lib/errors.ts';
import { algCheck } from './alg.ts';
import { audienceCheck, check, claimMember, expCheck, has, hasType, iatCheck, matchesContext, memberText, say, typedClaim, type CheckEnv } from './check.ts';
import { errorSaid } from './said.ts';
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
  const iss = echo(claims.iss as string);
  if (env.ctx.issuer !== undefined) {
    const expected = echo(env.ctx.issuer);
    return claims.iss === env.ctx.issuer
      ? check('iss', true, 'must', say('idt.iss.expected', `"iss" is ${iss}, the expected issuer`, { iss }), oidc('3.1.3.7'), { member: claimMember('iss') })
      : check('iss', false, 'must', say('idt.iss.mismatch', `"iss" is ${iss}; the issuer must match exactly: ${expected}`, { iss, expected }), oidc('3.1.3.7'), { member: claimMember('iss') });
  }
  let https: boolean;
  try {
    const u = new URL(claims.iss as string);
    https = u.protocol === 'https:' && u.search === '' && u.hash === '';
  } catch {
    https = false;
  }
  if (!https) return check('iss', false, 'should', say('idt.iss.notHttps', `"iss" is ${iss}; an Issuer Identifier is an https URL without query or fragment`, { iss }), ref, { member: claimMember('iss') });
  return check('iss', true, 'must', say('idt.iss.giveExpected', `"iss" is ${iss}; give the expected issuer to compare`, { iss }), ref, { needs: ['issuer'], member: claimMember('iss') });
}

function subCheck(claims: JsonObject): ProfileCheck {
  const ref = oidc('2');
  const bad = typedClaim(claims, 'sub', 'string', ref, WHAT);
  if (bad) return bad;
  const sub = claims.sub as string;
  const ascii = [...sub].every((ch) => ch.charCodeAt(0) < 0x80);
  if (sub.length === 0 || sub.length > 255 || !ascii) {
    return check('sub', false, 'must', say('idt.sub.bad', `"sub" must be 1 to 255 ASCII characters; it is ${sub.length} characters${ascii ? '' : ', not all ASCII'}`, { length: sub.length, ascii }), ref, { member: claimMember('sub') });
  }
  return check('sub', true, 'must', say('idt.sub.ok', `"sub" is ${echo(sub)}`, { sub: echo(sub) }), ref, { member: claimMember('sub') });
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
      ? check('azp', false, 'should', say('idt.azp.needed', `"aud" names ${(aud as unknown[]).length} audiences, so "azp" should say which client the token was issued to`, { count: (aud as unknown[]).length }), ref, member)
      : check('azp', 'n/a', 'should', say('idt.azp.notNeeded', 'One audience, so "azp" is not needed'), ref);
  }
  if (typeof claims.azp !== 'string') return check('azp', false, 'must', say('idt.azp.type', '"azp" must be a string'), oidc('2'), member);
  const azp = echo(claims.azp);
  if (env.ctx.clientId === undefined) return check('azp', 'n/a', 'should', say('idt.azp.giveClient', `"azp" is ${azp}; give clientId to check it is you`, { azp }), ref, { ...member, needs: ['clientId'] });
  return claims.azp === env.ctx.clientId
    ? check('azp', true, 'should', say('idt.azp.ok', `"azp" is your client_id ${azp}`, { azp }), ref, member)
    : check('azp', false, 'should', say('idt.azp.other', `"azp" is ${azp}, not your client_id ${echo(env.ctx.clientId)}`, { azp, clientId: echo(env.ctx.clientId) }), ref, member);
}

function authTimeCheck(claims: JsonObject): ProfileCheck {
  const ref = oidc('2');
  if (!has(claims, 'auth_time')) return check('auth_time', 'n/a', 'must', say('idt.authTime.none', 'No "auth_time" (required only when max_age or auth_time was requested)'), ref);
  return hasType(claims.auth_time, 'NumericDate')
    ? check('auth_time', true, 'must', say('idt.authTime.ok', '"auth_time" is a NumericDate'), ref, { member: claimMember('auth_time') })
    : check('auth_time', false, 'must', say('idt.authTime.type', '"auth_time" must be a NumericDate (a number of seconds)'), ref, { member: claimMember('auth_time') });
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
    return check(name, 'n/a', 'must', say('idt.hash.none', `No "${name}"${value !== undefined ? `; it is required only when the ID token comes from the authorization endpoint with the ${what}` : ''}`, { name, given: value !== undefined }), ref);
  }
  if (typeof claims[name] !== 'string') return check(name, false, 'must', say('idt.hash.type', `"${name}" must be a string`, { name }), ref, member);
  const got = echo(claims[name]);
  if (value === undefined) return check(name, 'n/a', 'must', say('idt.hash.giveValue', `"${name}" is ${got}; give the ${what} (${contextPath}) to check it`, { name, value: got, context: contextPath }), ref, { ...member, needs: [contextPath] });
  const alg = memberText(view.header.alg);
  try {
    const h = await halfHash(value, alg, { crv: edCurve(view) });
    const values = { expected: h.value, hash: h.hash };
    const params = { name, hash: h.hash, reason: h.reason, alg };
    return claims[name] === h.value
      ? check(name, true, 'must', say('idt.hash.ok', `"${name}" matches the ${what}: the left half of its ${h.hash} (${h.reason})`, params), ref, { ...member, values })
      : check(name, false, 'must', say('idt.hash.mismatch', `"${name}" is ${got}, but the left half of the ${what}'s ${h.hash} is ${echo(h.value)} (${h.reason})`, { ...params, value: got, expected: echo(h.value) }), ref, { ...member, values });
  } catch (error) {
    if (!isJoseError(error)) throw error;
    return check(name, 'n/a', 'must', errorSaid(error), ref, member);
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
