/** DPoP proofs (RFC 9449 §4.2 structure, §4.3 checks). */
import { base64urlEncode } from '../lib/base64url.ts';
import { utf8Encode } from '../lib/bytes.ts';
import { isJoseError, echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { headerPublicKey } from '../trust/header-key.ts';
import { headerJwkProvenance } from '../jwk/provenance.ts';
import { thumbprint } from '../jwk/thumbprint.ts';
import type { JoseKey } from '../jwk/types.ts';
import { inspect } from '../inspect/inspect.ts';
import { verify } from '../jws/verify.ts';
import { algCheck } from './alg.ts';
import { check, claimMember, describeValue, has, hasType, headerMember, isoTime, matchesContext, memberText, say, type CheckEnv, type Said } from './check.ts';
import { errorSaid } from './said.ts';
import { rfc } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck } from './types.ts';

const WHAT = 'A DPoP proof';
const REF = rfc(9449, '4.3');
export const DEFAULT_DPOP_MAX_AGE = 300;

/** The header's jwk as a key, if it is a public key; otherwise why not. */
async function headerKey(header: JsonObject): Promise<{ key: JoseKey } | { problem: Said }> {
  try {
    return { key: await headerPublicKey(header) };
  } catch (error) {
    if (!isJoseError(error)) throw error;
    return { problem: error.code === 'ERR_KEY_NOT_FOUND' ? say('dpop.jwk.none', `${WHAT} must carry the public key that signed it in the "jwk" header`) : errorSaid(error) };
  }
}

async function jwkCheck(view: TokenView, found: Awaited<ReturnType<typeof headerKey>>): Promise<ProfileCheck> {
  const member = { member: headerMember('jwk') };
  if ('problem' in found) return check('jwk', false, 'must', found.problem, REF, member);
  const alg = memberText(view.header.alg);
  try {
    await verify(view.text, found.key, { algorithms: [alg], provenance: headerJwkProvenance() });
    const kind = `${found.key.kty}${found.key.crv ? ` ${found.key.crv}` : ''}`;
    return check('jwk', true, 'must', say('dpop.jwk.ok', `The signature verifies with the public key in "jwk" (${kind}); this proves possession of that key, not who owns it`, { kind }), REF, { ...member, values: { thumbprint: await thumbprint(found.key) } });
  } catch (error) {
    if (!isJoseError(error)) throw error;
    return check('jwk', false, 'must', say('dpop.jwk.bad', `The signature does not verify with the key in "jwk": ${error.message}`, { ...error.params, error: error.code, reason: error.message }), REF, member);
  }
}

/** RFC 9449 §4.3 item 9: compared "ignoring any query and fragment parts", after URI normalization (RFC 3986 §6.2.2-6.2.3, which the URL parser applies). */
function htuCheck(claims: JsonObject, expected: string | undefined): ProfileCheck {
  const member = { member: claimMember('htu') };
  if (!has(claims, 'htu')) return check('htu', false, 'must', say('dpop.htu.none', `${WHAT} must have "htu", the URI of the request`), REF, member);
  const htu = claims.htu;
  if (typeof htu !== 'string') return check('htu', false, 'must', say('claim.type', `"htu" must be a string, not ${describeValue(htu)}`, { name: 'htu', type: 'string', actual: describeValue(htu) }), REF, member);
  const base = (text: string): string | undefined => {
    try {
      const u = new URL(text);
      return `${u.protocol}//${u.host}${u.pathname}`;
    } catch {
      return undefined;
    }
  };
  const got = base(htu);
  if (got === undefined) return check('htu', false, 'must', say('dpop.htu.notUri', `"htu" ${echo(htu)} is not an absolute URI`, { htu: echo(htu) }), REF, member);
  const query = /[?#]/.test(htu);
  const extra = query ? ' (a proof\'s "htu" should carry no query or fragment)' : '';
  if (expected === undefined) return check('htu', 'n/a', 'must', say('dpop.htu.giveUrl', `"htu" is ${echo(htu)}${extra}; give the request URL (dpop.htu) to compare`, { htu: echo(htu), query }), REF, { ...member, needs: ['dpop.htu'] });
  const want = base(expected);
  if (want === undefined) return check('htu', false, 'must', say('dpop.htu.badUrl', `The request URL ${echo(expected)} given to compare with is not an absolute URI`, { url: echo(expected) }), REF, member);
  return got === want
    ? check('htu', true, 'must', say('dpop.htu.ok', `"htu" matches the request URL ${echo(want)} (query and fragment ignored)${extra}`, { url: echo(want), query }), REF, member)
    : check('htu', false, 'must', say('dpop.htu.other', `"htu" is ${echo(got)}, but the request went to ${echo(want)} (query and fragment ignored)`, { htu: echo(got), url: echo(want) }), REF, member);
}

function iatWindowCheck(claims: JsonObject, env: CheckEnv): ProfileCheck {
  const member = { member: claimMember('iat') };
  if (!has(claims, 'iat')) return check('iat', false, 'must', say('claim.required', `${WHAT} must have "iat"`, { what: WHAT, name: 'iat' }), REF, member);
  if (!hasType(claims.iat, 'NumericDate')) return check('iat', false, 'must', say('dpop.iat.type', `"iat" must be a NumericDate, not ${describeValue(claims.iat)}`, { actual: describeValue(claims.iat) }), REF, member);
  const iat = claims.iat as number;
  const maxAge = env.ctx.dpop?.maxAgeSeconds ?? DEFAULT_DPOP_MAX_AGE;
  const age = env.now - iat;
  const time = isoTime(iat);
  if (iat > env.now + env.tolerance) {
    const p = { time, now: isoTime(env.now), seconds: Math.round(-age) };
    return check('iat', false, 'must', say('dpop.iat.future', `"iat" ${time} is ${p.seconds} s in the future (clock ${p.now})`, p), REF, member);
  }
  if (age > maxAge) return check('iat', false, 'must', say('dpop.iat.old', `The proof is ${Math.round(age)} s old (iat ${time}); accepted up to ${maxAge} s`, { time, seconds: Math.round(age), maxAge }), REF, member);
  return check('iat', true, 'must', say('dpop.iat.ok', `Made ${Math.round(age)} s ago, within the ${maxAge} s window`, { age: Math.round(age), maxAge }), REF, member);
}

async function athCheck(claims: JsonObject, accessToken: string | undefined): Promise<ProfileCheck> {
  const member = { member: claimMember('ath') };
  if (accessToken === undefined) {
    return has(claims, 'ath')
      ? check('ath', 'n/a', 'must', say('dpop.ath.giveToken', `"ath" is ${echo(claims.ath)}; give the access token (dpop.accessToken) to check it`, { ath: echo(claims.ath) }), REF, { ...member, needs: ['dpop.accessToken'] })
      : check('ath', 'n/a', 'must', say('dpop.ath.none', 'No "ath": the proof is not for a request carrying an access token (a token request, for instance)'), REF, { needs: ['dpop.accessToken'] });
  }
  const expected = base64urlEncode(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8Encode(accessToken))));
  const values = { expected };
  if (!has(claims, 'ath')) return check('ath', false, 'must', say('dpop.ath.missing', `A proof sent with an access token must have "ath" = ${expected} (base64url SHA-256 of the token)`, { expected }), REF, { ...member, values });
  return claims.ath === expected
    ? check('ath', true, 'must', say('dpop.ath.ok', '"ath" is the base64url SHA-256 of the access token'), REF, { ...member, values })
    : check('ath', false, 'must', say('dpop.ath.other', `"ath" is ${echo(claims.ath)}; the access token's base64url SHA-256 is ${expected}`, { ath: echo(claims.ath), expected }), REF, { ...member, values });
}

/** The cnf.jkt of an access token that is a JWT (an opaque token has none to read). */
function cnfJktOf(accessToken: string | undefined): string | undefined {
  if (accessToken === undefined) return undefined;
  const cnf = inspect(accessToken).claims?.cnf;
  return isJsonObject(cnf) && typeof cnf.jkt === 'string' ? cnf.jkt : undefined;
}

async function jktCheck(found: Awaited<ReturnType<typeof headerKey>>, env: CheckEnv): Promise<ProfileCheck> {
  const ref = rfc(9449, '6.1');
  const dpop = env.ctx.dpop ?? {};
  const expected = dpop.jkt ?? cnfJktOf(dpop.accessToken);
  const source = dpop.jkt !== undefined ? 'expected' : 'cnf';
  const from = source === 'expected' ? 'the expected thumbprint' : 'the access token\'s "cnf.jkt"';
  if ('problem' in found) {
    const p = found.problem;
    return check('jkt', false, 'must', say('dpop.jkt.noKey', `No thumbprint: ${p.text}`, { ...p.params, problem: p.code, reason: p.text }), ref, { member: headerMember('jwk') });
  }
  const jkt = await thumbprint(found.key);
  const values = { thumbprint: jkt };
  if (expected === undefined) {
    return check('jkt', 'n/a', 'must', say('dpop.jkt.giveBound', `The key's RFC 7638 thumbprint is ${jkt}; give the bound thumbprint (dpop.jkt) or a JWT access token with "cnf.jkt" (dpop.accessToken) to compare`, { jkt }), ref, { needs: ['dpop.jkt', 'dpop.accessToken'], values });
  }
  return jkt === expected
    ? check('jkt', true, 'must', say('dpop.jkt.ok', `The thumbprint of "jwk" (${jkt}) is ${from}: the proof uses the key the token is bound to`, { jkt, source }), ref, { values })
    : check('jkt', false, 'must', say('dpop.jkt.other', `The thumbprint of "jwk" is ${jkt}, but ${from} is ${expected}: the proof uses another key`, { jkt, source, expected }), ref, { values });
}

export async function dpopChecks(view: TokenView, claims: JsonObject, env: CheckEnv): Promise<ProfileCheck[]> {
  const dpop = env.ctx.dpop ?? {};
  const found = await headerKey(view.header);
  const jti = has(claims, 'jti') && typeof claims.jti === 'string' && claims.jti !== ''
    ? check('jti', true, 'must', say('dpop.jti.ok', `"jti" is ${echo(claims.jti)} (a server keeps it to refuse a replayed proof)`, { jti: echo(claims.jti) }), REF, { member: claimMember('jti') })
    : check('jti', false, 'must', say('dpop.jti.none', `${WHAT} must have "jti", a unique string, so a replay can be detected`), rfc(9449, '4.2'), { member: claimMember('jti') });
  return [
    typCheck('dpop+jwt', view.header),
    algCheck('dpop+jwt', view),
    await jwkCheck(view, found),
    jti,
    matchesContext('htm', claims, 'htm', dpop.htm, 'dpop.htm', REF, { required: true, what: WHAT }),
    htuCheck(claims, dpop.htu),
    iatWindowCheck(claims, env),
    await athCheck(claims, dpop.accessToken),
    matchesContext('nonce', claims, 'nonce', dpop.nonce, 'dpop.nonce', REF, { required: false, what: WHAT }),
    await jktCheck(found, env),
  ];
}
