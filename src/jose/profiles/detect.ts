/**
 * Which profile a token is: the one context.profile names, else the one its "typ" names, else the
 * one its claims fit (RFC 8725 §3.12: kinds of JWT should be told apart by typ, else by claims).
 */
import { echo, type MessageParams } from '../lib/errors.ts';
import type { ProfileMessageCode } from './message-codes.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { has } from './check.ts';
import { BACKCHANNEL_LOGOUT_EVENT } from './logout.ts';
import { normalizeTyp, TYP_PROFILES } from './typing.ts';
import { PROFILE_NAMES, type DetectedBy, type ProfileName } from './types.ts';

export interface Detection {
  profile: ProfileName;
  detectedBy: DetectedBy;
  reason: string;
  /** `reason`'s code and params (ProfileResult.reasonCode), for a UI in another language. */
  reasonCode: ProfileMessageCode;
  reasonParams: MessageParams;
  candidates: ProfileName[];
}

const quote = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/** Every profile the claims fit, best first, with why. */
export function claimCandidates(header: JsonObject, claims: JsonObject): { profile: ProfileName; why: string }[] {
  const out: { profile: ProfileName; why: string }[] = [];
  const present = (names: string[]) => names.filter((n) => has(claims, n));
  if (has(claims, 'htm') && has(claims, 'htu')) out.push({ profile: 'dpop+jwt', why: `the claims have "htm" and "htu"${isJsonObject(header.jwk) ? ' and the header a "jwk"' : ''}` });
  const events = claims.events;
  if (isJsonObject(events) && has(events, BACKCHANNEL_LOGOUT_EVENT)) out.push({ profile: 'logout+jwt', why: '"events" holds the back-channel logout event' });
  else if (isJsonObject(events)) out.push({ profile: 'secevent+jwt', why: 'the claims have "events"' });
  if (has(claims, 'sd_hash')) out.push({ profile: 'kb+jwt', why: 'the claims have "sd_hash"' });
  if (has(claims, 'vct')) out.push({ profile: 'dc+sd-jwt', why: 'the claims have "vct"' });
  const oidc = present(['nonce', 'at_hash', 'c_hash', 's_hash', 'auth_time', 'azp']);
  if (has(claims, 'client_id') && oidc.length === 0) out.push({ profile: 'at+jwt', why: 'the claims have "client_id" (which RFC 9068 access tokens carry)' });
  if (has(claims, 'aud') && oidc.length && !has(claims, 'events') && !has(claims, 'htm')) out.push({ profile: 'id_token', why: `the claims have ${quote(oidc)} with "aud"` });
  if (typeof claims.iss === 'string' && claims.iss === claims.sub && has(claims, 'aud') && has(claims, 'exp') && !has(claims, 'client_id') && oidc.length === 0) {
    out.push({ profile: 'client-assertion', why: '"iss" and "sub" are the same (a client naming itself) with "aud" and "exp"' });
  }
  return out;
}

export function detectProfile(header: JsonObject, claims: JsonObject, forced: ProfileName | undefined): Detection {
  const found = claimCandidates(header, claims);
  const candidates = found.map((c) => c.profile);
  if (forced !== undefined) {
    if (!PROFILE_NAMES.includes(forced)) throw new TypeError(`Unknown profile ${echo(forced)}; one of ${PROFILE_NAMES.join(', ')}`);
    return { profile: forced, detectedBy: 'context', reason: `Checked as ${forced}, as asked`, reasonCode: 'detect.forced', reasonParams: { profile: forced }, candidates };
  }
  const typ = typeof header.typ === 'string' ? normalizeTyp(header.typ) : undefined;
  const byTyp = typ === undefined ? undefined : TYP_PROFILES[typ];
  if (byTyp) return { profile: byTyp, detectedBy: 'typ', reason: `The "typ" is ${echo(header.typ)}`, reasonCode: 'detect.typ', reasonParams: { typ: echo(header.typ) }, candidates };
  const best = found[0];
  if (best) {
    // The Spanish words `why` from the profile, and for a DPoP proof the jwk, for an ID token the claims named.
    const params = { profile: best.profile, jwk: isJsonObject(header.jwk), names: quote(['nonce', 'at_hash', 'c_hash', 's_hash', 'auth_time', 'azp'].filter((n) => has(claims, n))) };
    return { profile: best.profile, detectedBy: 'claims', reason: `No profile "typ", but ${best.why}`, reasonCode: 'detect.claims', reasonParams: params, candidates };
  }
  if (typ && typ !== 'jwt') {
    return { profile: 'jwt', detectedBy: 'default', reason: `The "typ" ${echo(header.typ)} names no profile JOSE Lab checks, and the claims fit none`, reasonCode: 'detect.typUnknown', reasonParams: { typ: echo(header.typ) }, candidates };
  }
  return { profile: 'jwt', detectedBy: 'default', reason: 'Neither the "typ" nor the claims name a profile', reasonCode: 'detect.none', reasonParams: {}, candidates };
}
