/**
 * Explicit typing (RFC 8725 §3.11): the "typ" that names a kind of JWT. A typ naming the profile is
 * good; "JWT" (or none) is not a finding for kinds of JWT that predate explicit typing; a typ naming
 * another kind is cross-JWT confusion, whatever the profile.
 */
import { echo } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import { check, describeValue, headerMember, say } from './check.ts';
import { backchannel, rfc, rfc7523bis, sdJwtVc } from './refs.ts';
import type { ProfileCheck, ProfileName, SpecRef } from './types.ts';

/**
 * A "typ" as compared: RFC 7515 §4.1.9 media types are case-insensitive and "application/" may be left out.
 *
 * @example
 * normalizeTyp('application/DPoP+JWT') // 'dpop+jwt'
 */
export function normalizeTyp(typ: string): string {
  const t = typ.trim().toLowerCase();
  return t.startsWith('application/') ? t.slice('application/'.length) : t;
}

/** Explicit types that name one of the profiles (after normalizeTyp). */
// A null-prototype table: a hostile "typ" such as "__proto__" or "constructor" names no profile.
export const TYP_PROFILES: Readonly<Record<string, ProfileName>> = Object.assign(Object.create(null) as Record<string, ProfileName>, {
  'at+jwt': 'at+jwt',
  'dpop+jwt': 'dpop+jwt',
  'logout+jwt': 'logout+jwt',
  'secevent+jwt': 'secevent+jwt',
  'kb+jwt': 'kb+jwt',
  'dc+sd-jwt': 'dc+sd-jwt',
  // The former name of dc+sd-jwt (SD-JWT VC drafts before -06).
  'vc+sd-jwt': 'dc+sd-jwt',
  'client-authentication+jwt': 'client-assertion',
});

interface Typing {
  /** The typ values (normalized) that name the profile. */
  values: string[];
  /** "required": anything else fails; "recommended": no typ or "JWT" passes with a hint; "none": no type is registered. */
  rule: 'required' | 'recommended' | 'none';
  ref: SpecRef;
}

const TYPING: Readonly<Record<ProfileName, Typing>> = {
  'at+jwt': { values: ['at+jwt'], rule: 'required', ref: rfc(9068, '2.1') },
  'dpop+jwt': { values: ['dpop+jwt'], rule: 'required', ref: rfc(9449, '4.2') },
  'kb+jwt': { values: ['kb+jwt'], rule: 'required', ref: rfc(9901, '4.3') },
  'dc+sd-jwt': { values: ['dc+sd-jwt'], rule: 'required', ref: sdJwtVc('typ dc+sd-jwt') },
  'logout+jwt': { values: ['logout+jwt'], rule: 'recommended', ref: backchannel('2.4') },
  'secevent+jwt': { values: ['secevent+jwt'], rule: 'recommended', ref: rfc(8417, '2.3') },
  'client-assertion': { values: ['client-authentication+jwt'], rule: 'recommended', ref: rfc7523bis('typ client-authentication+jwt') },
  id_token: { values: [], rule: 'none', ref: rfc(8725, '3.11') },
  jwt: { values: [], rule: 'none', ref: rfc(8725, '3.11') },
};

const NAMES: Readonly<Record<ProfileName, string>> = {
  id_token: 'an ID token',
  'at+jwt': 'an access token (RFC 9068)',
  'dpop+jwt': 'a DPoP proof',
  'logout+jwt': 'a logout token',
  'secevent+jwt': 'a Security Event Token',
  'client-assertion': 'a client assertion',
  'kb+jwt': 'a Key Binding JWT',
  'dc+sd-jwt': 'an SD-JWT VC',
  jwt: 'a JWT',
};

export function profileNoun(profile: ProfileName): string {
  return NAMES[profile];
}

/** The typ a profile's spec requires (RFC 9068, RFC 9449, RFC 9901, SD-JWT VC), or undefined when typing is optional there. */
export function requiredTyp(profile: ProfileName): { typ: string; ref: SpecRef } | undefined {
  const t = TYPING[profile];
  return t.rule === 'required' ? { typ: t.values[0]!, ref: t.ref } : undefined;
}

/** The check with id "typ" for a profile. */
export function typCheck(profile: ProfileName, header: JsonObject): ProfileCheck {
  const t = TYPING[profile];
  const member = { member: headerMember('typ') };
  const noun = NAMES[profile];
  const wanted = t.values[0];
  const typ = header.typ;
  if (typ !== undefined && typeof typ !== 'string') {
    const actual = describeValue(typ);
    return check('typ', false, 'must', say('claim.type', `"typ" must be a string, not ${actual}`, { name: 'typ', type: 'string', actual }), rfc(7515, '4.1.9'), member);
  }
  const n = typ === undefined ? undefined : normalizeTyp(typ);
  const shown = typ === undefined ? '' : echo(typ);
  if (n !== undefined && t.values.includes(n)) {
    const prefixed = n !== typ!.trim();
    const note = prefixed ? ` (the "application/" prefix is allowed; RFC 8725 §3.11 recommends leaving it out)` : '';
    return check('typ', true, t.rule === 'required' ? 'must' : 'should', say('typ.explicit', `"typ" is ${shown}: explicitly typed as ${noun}${note}`, { typ: shown, profile, prefixed }), t.ref, member);
  }
  const other = n === undefined ? undefined : TYP_PROFILES[n];
  if (profile === 'dc+sd-jwt' && n === 'vc+sd-jwt') {
    return check('typ', false, 'should', say('typ.formerVc', '"typ" is "vc+sd-jwt", the former name; SD-JWT VC now requires "dc+sd-jwt"'), t.ref, member);
  }
  if (other !== undefined && other !== profile) {
    return check('typ', false, 'must', say('typ.otherKind', `"typ" is ${shown}, which makes this ${NAMES[other]}; accepting it as ${noun} is cross-JWT confusion`, { typ: shown, other, profile }), rfc(8725, '3.11'), member);
  }
  const generic = n === undefined || n === 'jwt';
  const said = n === undefined ? 'No "typ"' : `"typ" is ${shown}`;
  // `typ` is '' when there is none: the Spanish says "No hay "typ"" then.
  const base = { typ: shown, profile };
  if (t.rule === 'required') {
    return check('typ', false, 'must', say('typ.required', `${said}; ${noun} must have "typ": ${echo(wanted)}`, { ...base, wanted: echo(wanted) }), t.ref, member);
  }
  if (generic) {
    const hint = t.rule === 'recommended'
      ? `; explicit typing with ${echo(wanted)} is recommended`
      : profile === 'id_token' ? '; ID tokens have no registered type, so "JWT" or none is expected' : '';
    const params = { ...base, hint: t.rule === 'recommended' ? 'recommended' : profile === 'id_token' ? 'id_token' : '', wanted: wanted === undefined ? '' : echo(wanted) };
    return check('typ', true, 'should', say('typ.generic', `${said}: not a finding (RFC 8725 §3.11: "JWT" is not explicit typing, and kinds of JWT older than it do not use it)${hint}`, params), t.ref, member);
  }
  if (profile === 'jwt') return check('typ', true, 'should', say('typ.unknownKind', `${said}: explicitly typed as a kind of JWT JOSE Lab has no checks for`, base), t.ref, member);
  const expected = wanted ? `is typed ${echo(wanted)}` : 'has "JWT" or no "typ"';
  return check('typ', false, 'must', say('typ.wrongKind', `${said}, which names another kind of JWT; ${noun} ${expected}`, { ...base, wanted: wanted ? echo(wanted) : '' }), rfc(8725, '3.11'), member);
}
