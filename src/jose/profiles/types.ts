/**
 * The shapes checkProfile and bestPractices return. Both give a list of checks a screen can render
 * row by row: ✓ / ✗ / — from `ok`, a warning instead of an error when `level` is "should", the
 * message, a link from `ref`, and for a check that could not run, the context inputs (`needs`) that
 * would let it run.
 */
import type { MessageParams } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import type { ProfileMessageCode } from './message-codes.ts';

/** The JWT profiles JOSE Lab knows; "jwt" is a JWT of no particular profile. */
export type ProfileName =
  | 'id_token'
  | 'at+jwt'
  | 'dpop+jwt'
  | 'logout+jwt'
  | 'secevent+jwt'
  | 'client-assertion'
  | 'kb+jwt'
  | 'dc+sd-jwt'
  | 'jwt';

/**
 * Every profile name checkProfile knows, for a profile chooser.
 *
 * @example
 * PROFILE_NAMES.includes('dpop+jwt') // true
 */
export const PROFILE_NAMES: readonly ProfileName[] = ['id_token', 'at+jwt', 'dpop+jwt', 'logout+jwt', 'secevent+jwt', 'client-assertion', 'kb+jwt', 'dc+sd-jwt', 'jwt'];

/** A link to the text that makes the rule: { label: 'RFC 9449 §4.3', url: '…#section-4.3' }. */
export interface SpecRef {
  label: string;
  url: string;
}

/**
 * One rule checked against the token.
 * - `ok`: true (it holds), false (it does not), 'n/a' (it does not apply, or cannot run without
 *   context: then `needs` names the context members that would let it run).
 * - `level`: "must" when the spec's word is MUST / REQUIRED (a failure makes the token invalid for
 *   the profile), "should" when it is SHOULD / RECOMMENDED (a failure is a warning).
 */
export interface ProfileCheck {
  /** Stable id within the profile: "iss", "at_hash", "jwk", "required_claims", "typ"... */
  id: string;
  ok: boolean | 'n/a';
  level: 'must' | 'should';
  /** English; `code` + `params` say the same for a UI in another language. */
  message: string;
  /** Which message this is, stable across releases (the English wording may change). */
  code?: ProfileMessageCode;
  /** The values `message` interpolates (dates as ISO 8601, untrusted values quoted as echo() shows them). */
  params?: MessageParams;
  ref: SpecRef;
  /** Context members (dotted paths of ProfileContext, e.g. "dpop.htu") that would let this check run, or run fully. */
  needs?: string[];
  /** The header parameter or claim the check is about, so the UI can point at it in the token. */
  member?: { in: 'header' | 'payload'; name: string };
  /** Values computed for the check that are worth showing: the expected at_hash, the jwk thumbprint... */
  values?: Record<string, string>;
}

/** How the profile was chosen. */
export type DetectedBy = 'context' | 'typ' | 'claims' | 'default';

/** What checkProfile returns: the profile, why it was chosen, and its checks in the order the spec gives them. */
export interface ProfileResult {
  profile: ProfileName;
  detectedBy: DetectedBy;
  /** Why this profile, in words: 'The "typ" is "dpop+jwt"', 'The claims have "events" with the back-channel logout event'... */
  reason: string;
  /** `reason` as a code + params (as ProfileCheck's), for a UI in another language. */
  reasonCode?: ProfileMessageCode;
  reasonParams?: MessageParams;
  /** Every profile the claims alone would also fit (more than one is a confusion risk, RFC 8725 §3.12). */
  candidates: ProfileName[];
  /** Which JWT of the text was checked: the token itself, or for an SD-JWT its issuer-signed JWT or its KB-JWT. */
  part: 'token' | 'issuer-jwt' | 'kb-jwt';
  checks: ProfileCheck[];
  /** Counts for a badge: failed MUSTs, failed SHOULDs, passed, not run. */
  summary: { pass: number; fail: number; warn: number; na: number };
}

/** What a person knows about the request the token came with; every member is optional. */
export interface ProfileContext {
  /** Check as this profile instead of the detected one. */
  profile?: ProfileName;
  /** The clock (Date or seconds since the epoch); default now. */
  now?: Date | number;
  /** Seconds of leeway for exp / iat / nbf; default 0. */
  clockTolerance?: number;
  /** Expected "iss". */
  issuer?: string;
  /** Expected audience: the resource (access token), the token endpoint or AS issuer (client assertion), the verifier (KB-JWT), the receiver (SET, logout). */
  audience?: string;
  /** The client's client_id: what an ID token's aud and azp must name, and a client assertion's iss and sub. */
  clientId?: string;
  /** The nonce sent in the authentication request (ID token) or by the verifier (KB-JWT). */
  nonce?: string;
  /** The access token issued with an ID token (at_hash). */
  accessToken?: string;
  /** The authorization code issued with an ID token (c_hash). */
  code?: string;
  /** The state sent with the request (s_hash). */
  state?: string;
  /** KB-JWT: the sd_hash of the presentation, as the SD-JWT module computes it. */
  sdHash?: string;
  /** DPoP proof: the HTTP request it came with. */
  dpop?: {
    /** HTTP method, e.g. "POST". */
    htm?: string;
    /** Target URI of the request; query and fragment are ignored. */
    htu?: string;
    /** How old the proof may be, by its iat; default 300 seconds. */
    maxAgeSeconds?: number;
    /** The access token presented with the proof (ath, and cnf.jkt when it is a JWT). */
    accessToken?: string;
    /** The DPoP-Nonce the server gave. */
    nonce?: string;
    /** The JWK thumbprint the access token is bound to (its cnf.jkt, or dpop_jkt of the authorization request). */
    jkt?: string;
  };
  /** For a JWE: the decrypted claims (checkProfile cannot read them from the ciphertext). */
  claims?: JsonObject;
}
