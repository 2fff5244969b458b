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
import { check, claimMember, describeValue, has, hasType, headerMember, isoTime, matchesContext, memberText, type CheckEnv } from './check.ts';
import { rfc } from './refs.ts';
import type { TokenView } from './token.ts';
import { typCheck } from './typing.ts';
import type { ProfileCheck } from './types.ts';

const WHAT = 'A DPoP proof';
const REF = rfc(9449, '4.3');
export const DEFAULT_DPOP_MAX_AGE = 300;

/** The header's jwk as a key, if it is a public key; otherwise why not. */
async function headerKey(header: JsonObject): Promise<{ key: JoseKey } | { problem: string }> {
  try {
    return { key: await headerPublicKey(header) };
  } catch (error) {
    if (!isJoseError(error)) throw error;
    return { problem: error.code === 'ERR_KEY_NOT_FOUND' ? `${WHAT} must carry the public key that signed it in the "jwk" header` : error.message };
  }
}

async function jwkCheck(view: TokenView, found: Awaited<ReturnType<typeof headerKey>>): Promise<ProfileCheck> {
  const member = { member: headerMember('jwk') };
  if ('problem' in found) return check('jwk', false, 'must', found.problem, REF, member);
  const alg = memberText(view.header.alg);
  try {
    await verify(view.text, found.key, { algorithms: [alg], provenance: headerJwkProvenance() });
    return check('jwk', true, 'must', `The signature verifies with the public key in "jwk" (${found.key.kty}${found.key.crv ? ` ${found.key.crv}` : ''}); this proves possession of that key, not who owns it`, REF, { ...member, values: { thumbprint: await thumbprint(found.key) } });
  } catch (error) {
    if (!isJoseError(error)) throw error;
    return check('jwk', false, 'must', `The signature does not verify with the key in "jwk": ${error.message}`, REF, member);
  }
}

/** RFC 9449 §4.3 item 9: compared "ignoring any query and fragment parts", after URI normalization (RFC 3986 §6.2.2-6.2.3, which the URL parser applies). */
function htuCheck(claims: JsonObject, expected: string | undefined): ProfileCheck {
  const member = { member: claimMember('htu') };
  if (!has(claims, 'htu')) return check('htu', false, 'must', `${WHAT} must have "htu", the URI of the request`, REF, member);
  const htu = claims.htu;
  if (typeof htu !== 'string') return check('htu', false, 'must', `"htu" must be a string, not ${describeValue(htu)}`, REF, member);
  const base = (text: string): string | undefined => {
    try {
      const u = new URL(text);
      return `${u.protocol}//${u.host}${u.pathname}`;
    } catch {
      return undefined;
    }
  };
  const got = base(htu);
  if (got === undefined) return check('htu', false, 'must', `"htu" ${echo(htu)} is not an absolute URI`, REF, member);
  const extra = /[?#]/.test(htu) ? ' (a proof\'s "htu" should carry no query or fragment)' : '';
  if (expected === undefined) return check('htu', 'n/a', 'must', `"htu" is ${echo(htu)}${extra}; give the request URL (dpop.htu) to compare`, REF, { ...member, needs: ['dpop.htu'] });
  const want = base(expected);
  if (want === undefined) return check('htu', false, 'must', `The request URL ${echo(expected)} given to compare with is not an absolute URI`, REF, member);
  return got === want
    ? check('htu', true, 'must', `"htu" matches the request URL ${echo(want)} (query and fragment ignored)${extra}`, REF, member)
    : check('htu', false, 'must', `"htu" is ${echo(got)}, but the request went to ${echo(want)} (query and fragment ignored)`, REF, member);
}

function iatWindowCheck(claims: JsonObject, env: CheckEnv): ProfileCheck {
  const member = { member: claimMember('iat') };
  if (!has(claims, 'iat')) return check('iat', false, 'must', `${WHAT} must have "iat"`, REF, member);
  if (!hasType(claims.iat, 'NumericDate')) return check('iat', false, 'must', `"iat" must be a NumericDate, not ${describeValue(claims.iat)}`, REF, member);
  const iat = claims.iat as number;
  const maxAge = env.ctx.dpop?.maxAgeSeconds ?? DEFAULT_DPOP_MAX_AGE;
  const age = env.now - iat;
  if (iat > env.now + env.tolerance) return check('iat', false, 'must', `"iat" ${isoTime(iat)} is ${Math.round(-age)} s in the future (clock ${isoTime(env.now)})`, REF, member);
  if (age > maxAge) return check('iat', false, 'must', `The proof is ${Math.round(age)} s old (iat ${isoTime(iat)}); accepted up to ${maxAge} s`, REF, member);
  return check('iat', true, 'must', `Made ${Math.round(age)} s ago, within the ${maxAge} s window`, REF, member);
}

async function athCheck(claims: JsonObject, accessToken: string | undefined): Promise<ProfileCheck> {
  const member = { member: claimMember('ath') };
  if (accessToken === undefined) {
    return has(claims, 'ath')
      ? check('ath', 'n/a', 'must', `"ath" is ${echo(claims.ath)}; give the access token (dpop.accessToken) to check it`, REF, { ...member, needs: ['dpop.accessToken'] })
      : check('ath', 'n/a', 'must', 'No "ath": the proof is not for a request carrying an access token (a token request, for instance)', REF, { needs: ['dpop.accessToken'] });
  }
  const expected = base64urlEncode(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8Encode(accessToken))));
  const values = { expected };
  if (!has(claims, 'ath')) return check('ath', false, 'must', `A proof sent with an access token must have "ath" = ${expected} (base64url SHA-256 of the token)`, REF, { ...member, values });
  return claims.ath === expected
    ? check('ath', true, 'must', '"ath" is the base64url SHA-256 of the access token', REF, { ...member, values })
    : check('ath', false, 'must', `"ath" is ${echo(claims.ath)}; the access token's base64url SHA-256 is ${expected}`, REF, { ...member, values });
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
  const from = dpop.jkt !== undefined ? 'the expected thumbprint' : 'the access token\'s "cnf.jkt"';
  if ('problem' in found) return check('jkt', false, 'must', `No thumbprint: ${found.problem}`, ref, { member: headerMember('jwk') });
  const jkt = await thumbprint(found.key);
  const values = { thumbprint: jkt };
  if (expected === undefined) {
    return check('jkt', 'n/a', 'must', `The key's RFC 7638 thumbprint is ${jkt}; give the bound thumbprint (dpop.jkt) or a JWT access token with "cnf.jkt" (dpop.accessToken) to compare`, ref, { needs: ['dpop.jkt', 'dpop.accessToken'], values });
  }
  return jkt === expected
    ? check('jkt', true, 'must', `The thumbprint of "jwk" (${jkt}) is ${from}: the proof uses the key the token is bound to`, ref, { values })
    : check('jkt', false, 'must', `The thumbprint of "jwk" is ${jkt}, but ${from} is ${expected}: the proof uses another key`, ref, { values });
}

export async function dpopChecks(view: TokenView, claims: JsonObject, env: CheckEnv): Promise<ProfileCheck[]> {
  const dpop = env.ctx.dpop ?? {};
  const found = await headerKey(view.header);
  const jti = has(claims, 'jti') && typeof claims.jti === 'string' && claims.jti !== ''
    ? check('jti', true, 'must', `"jti" is ${echo(claims.jti)} (a server keeps it to refuse a replayed proof)`, REF, { member: claimMember('jti') })
    : check('jti', false, 'must', `${WHAT} must have "jti", a unique string, so a replay can be detected`, rfc(9449, '4.2'), { member: claimMember('jti') });
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
