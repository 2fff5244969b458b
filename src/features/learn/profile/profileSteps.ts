/**
 * Learn steps for two profile computations (issue 16): the OpenID Connect at_hash (the left half of
 * the hash the alg names, base64url) and the RFC 7638 thumbprint a DPoP key is bound by (jkt). The
 * values come from the engine (halfHash, thumbprintInput, thumbprint); each step shows one of them.
 */
import { base64urlEncode, halfHash, isJoseError, rfcRef, thumbprint, thumbprintInput, type Jwk } from '../../../jose/index.ts';
import type { LearnStep } from '../steps.ts';
import { inspectedToken } from '../../../lib/token-session/session.ts';

const OIDC_AT_HASH = { label: 'OpenID Connect Core §3.1.3.6', url: 'https://openid.net/specs/openid-connect-core-1_0.html#CodeIDToken' };
const RFC7638 = rfcRef(7638, '3');
const RFC9449_JKT = rfcRef(9449, '6.1');

const step = (id: string, heading: string, explanation: string[], values: LearnStep['values'], ref?: LearnStep['ref']): LearnStep => ({ id, heading, explanation, values, status: 'ok', ...(ref ? { ref } : {}) });

export interface ProfileStepLists {
  atHash?: LearnStep[];
  /** Why there are no at_hash steps. */
  atHashNote?: string;
  jkt?: LearnStep[];
  jktNote?: string;
}

async function atHashSteps(alg: string, crv: string | undefined, accessToken: string, claimed: unknown): Promise<LearnStep[]> {
  const h = await halfHash(accessToken, alg, crv ? { crv } : {});
  const octets = new TextEncoder().encode(accessToken);
  const last = step('at_hash', 'base64url of the half: the at_hash', [
    `base64url without padding gives ${h.value}.`,
    typeof claimed === 'string' ? (claimed === h.value ? 'It equals the token\'s "at_hash": the ID token was issued with this access token.' : `The token's "at_hash" is ${claimed}: they differ, so this is not the access token issued with it.`) : 'The token has no "at_hash" to compare it with.',
  ], [{ name: 'at_hash', label: 'at_hash', format: 'text', text: h.value }], OIDC_AT_HASH);
  if (typeof claimed === 'string' && claimed !== h.value) Object.assign(last, { status: 'failed', error: `the token says ${claimed}, the access token gives ${h.value}` });
  return [
    step('octets', 'The access token\'s ASCII octets', [`The value hashed is the access token exactly as issued: ${octets.length} octets.`], [{ name: 'value', label: 'Access token (ASCII)', format: 'ascii', bytes: octets, text: accessToken }], OIDC_AT_HASH),
    step('hash', `Hash with ${h.hash}`, [`${h.reason}: the hash of the ID token's own "alg".`, `The digest is ${h.digest.length} octets.`], [{ name: 'digest', label: `${h.hash} digest`, format: 'bytes', bytes: h.digest }], OIDC_AT_HASH),
    step('half', 'Keep the left-most half', [`The first ${h.half.length} of the ${h.digest.length} octets.`], [{ name: 'half', label: 'Left half', format: 'bytes', bytes: h.half }], OIDC_AT_HASH),
    last,
  ];
}

async function jktSteps(jwk: Jwk): Promise<LearnStep[]> {
  const input = thumbprintInput(jwk);
  const octets = new TextEncoder().encode(input);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', octets));
  const jkt = base64urlEncode(digest);
  const engine = await thumbprint(jwk);
  const last = step('jkt', 'base64url: the jkt', [`base64url without padding gives ${jkt}.`, 'An access token bound to this key carries it as "cnf": { "jkt": … }, and the resource server compares it with the proof\'s key.'], [{ name: 'jkt', label: 'jkt', format: 'text', text: jkt }], RFC9449_JKT);
  if (engine !== jkt) Object.assign(last, { status: 'failed', error: `the engine's thumbprint is ${engine}` });
  return [
    step('members', 'Keep only the required members, sorted', [`For a "${String(jwk.kty)}" key the thumbprint covers only its required public members, in lexicographic order, with no spaces: other members (kid, alg, use) change nothing.`], [{ name: 'members', label: 'Thumbprint input (JSON)', format: 'json', text: input }], RFC7638),
    step('utf8', 'Its UTF-8 octets', [`${octets.length} octets.`], [{ name: 'octets', label: 'UTF-8 octets', format: 'ascii', bytes: octets, text: input }], RFC7638),
    step('sha256', 'Hash with SHA-256', ['DPoP thumbprints use SHA-256.'], [{ name: 'digest', label: 'SHA-256 digest', format: 'bytes', bytes: digest }], RFC9449_JKT),
    last,
  ];
}

/**
 * The at_hash steps (when the token is a JWS with an alg that names a hash and an access token is
 * given) and the jkt steps (when its header carries a "jwk", as a DPoP proof's does).
 *
 * @example
 * const { atHash, jkt } = await profileSteps(idToken, accessToken);
 */
export async function profileSteps(token: string, accessToken: string): Promise<ProfileStepLists> {
  const r = inspectedToken(token);
  const header = r.header ?? {};
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const out: ProfileStepLists = {};
  if (accessToken.trim() === '') out.atHashNote = 'Paste the access token issued with the ID token to see its at_hash computed.';
  else {
    const jwk = header.jwk as Jwk | undefined;
    const crv = typeof jwk?.crv === 'string' ? jwk.crv : undefined;
    try {
      out.atHash = await atHashSteps(alg, crv, accessToken.trim(), r.claims?.at_hash);
    } catch (error) {
      out.atHashNote = isJoseError(error) ? error.message : String(error);
    }
  }
  if (header.jwk && typeof header.jwk === 'object') {
    try {
      out.jkt = await jktSteps(header.jwk as Jwk);
    } catch (error) {
      out.jktNote = `The header's "jwk" has no thumbprint: ${isJoseError(error) ? error.message : String(error)}`;
    }
  } else out.jktNote = 'The token\'s header has no "jwk" (a DPoP proof has one): open a DPoP proof in Decode to see its jkt computed.';
  return out;
}
