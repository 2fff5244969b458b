/** Building blocks of the profile checks: one ProfileCheck per rule, and the claim tests they share. */
import { echo, type MessageParams } from '../lib/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';
import type { ProfileMessageCode } from './message-codes.ts';
import type { ProfileCheck, ProfileContext, SpecRef } from './types.ts';

/** The clock and context every check of one call reads. */
export interface CheckEnv {
  /** Seconds since the epoch. */
  now: number;
  tolerance: number;
  ctx: ProfileContext;
}

export function envOf(ctx: ProfileContext): CheckEnv {
  const raw = ctx.now instanceof Date ? ctx.now.getTime() / 1000 : (ctx.now ?? Date.now() / 1000);
  const now = Number.isFinite(raw) ? raw : Date.now() / 1000;
  const tolerance = Number.isFinite(ctx.clockTolerance) ? Math.max(0, ctx.clockTolerance!) : 0;
  return { now, tolerance, ctx };
}

type Extra = Pick<ProfileCheck, 'needs' | 'member' | 'values'>;

/** A check's English message with its stable code and the values it interpolates, so a UI can word it in another language. */
export interface Said {
  code: ProfileMessageCode;
  text: string;
  params?: MessageParams;
}

export function say(code: ProfileMessageCode, text: string, params?: MessageParams): Said {
  return params ? { code, text, params } : { code, text };
}

export function check(id: string, ok: ProfileCheck['ok'], level: ProfileCheck['level'], message: string | Said, ref: SpecRef, extra: Extra = {}): ProfileCheck {
  if (typeof message === 'string') return { id, ok, level, message, ref, ...extra };
  return { id, ok, level, message: message.text, code: message.code, ...(message.params ? { params: message.params } : {}), ref, ...extra };
}

const claim = (name: string): ProfileCheck['member'] => ({ in: 'payload', name });
export const headerMember = (name: string): ProfileCheck['member'] => ({ in: 'header', name });

export function has(obj: JsonObject, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, name);
}

/** "a number", "null", "an array"... for messages about a wrong type. */
export function describeValue(value: JsonValue | undefined): string {
  if (value === undefined) return 'absent';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' ? 'an object' : `a ${t}`;
}

/**
 * An untrusted header or claim member as text to compare: a string as it is, anything else as
 * echo() shows it. String() would call the value's own toString, and {"toString":1} would throw.
 */
export function memberText(value: unknown): string {
  return typeof value === 'string' ? value : echo(value);
}

export function isoTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString().replace('.000Z', 'Z');
}

export type ClaimType = 'string' | 'NumericDate' | 'audience' | 'object';

const TYPE_WORDS: Record<ClaimType, string> = {
  string: 'a string',
  NumericDate: 'a NumericDate (a number of seconds)',
  audience: 'a string or an array of strings',
  object: 'a JSON object',
};

export function hasType(value: JsonValue | undefined, type: ClaimType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'NumericDate':
      return typeof value === 'number' && Number.isFinite(value);
    case 'audience':
      return typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'));
    case 'object':
      return isJsonObject(value);
  }
}

/** The claims a profile requires, in one check: which are missing and which have the wrong type. */
export function requiredClaims(claims: JsonObject, required: readonly (readonly [string, ClaimType])[], ref: SpecRef, what: string): ProfileCheck {
  const missing = required.filter(([n]) => !has(claims, n)).map(([n]) => n);
  const wrong = required.filter(([n, t]) => has(claims, n) && !hasType(claims[n], t)).map(([n, t]) => `"${n}" must be ${TYPE_WORDS[t]}, not ${describeValue(claims[n])}`);
  const names = required.map(([n]) => n).join(', ');
  if (missing.length === 0 && wrong.length === 0) return check('required_claims', true, 'must', say('claims.all', `${what} has every required claim (${names})`, { what, names }), ref);
  const parts = [...(missing.length ? [`missing ${missing.map((n) => `"${n}"`).join(', ')}`] : []), ...wrong];
  // The Spanish says the same from the lists: missing names, and "name:type:actual" per wrong type.
  const wrongList = required.filter(([n, t]) => has(claims, n) && !hasType(claims[n], t)).map(([n, t]) => `${n}:${t}:${describeValue(claims[n])}`).join(';');
  const params = { what, names, missing: missing.join(', '), wrong: wrongList };
  return check('required_claims', false, 'must', say('claims.needs', `${what} needs ${names}: ${parts.join('; ')}`, params), ref, missing[0] ? { member: claim(missing[0]) } : {});
}

/** "An ID token must have "iss"". */
function mustHave(what: string, name: string): Said {
  return say('claim.required', `${what} must have "${name}"`, { what, name });
}

/** ""exp" must be a NumericDate (a number of seconds), not a string". */
function wrongType(name: string, type: ClaimType, value: JsonValue | undefined): Said {
  const actual = describeValue(value);
  return say('claim.type', `"${name}" must be ${TYPE_WORDS[type]}, not ${actual}`, { name, type, actual });
}

/** One claim that must be present with a type (the ID token's iss, sub, aud, exp, iat). */
export function typedClaim(claims: JsonObject, name: string, type: ClaimType, ref: SpecRef, what: string): ProfileCheck | undefined {
  if (!has(claims, name)) return check(name, false, 'must', mustHave(what, name), ref, { member: claim(name) });
  if (!hasType(claims[name], type)) return check(name, false, 'must', wrongType(name, type, claims[name]), ref, { member: claim(name) });
  return undefined;
}

/** "exp" in the future (with the tolerance); `required` says whether its absence fails. */
export function expCheck(claims: JsonObject, env: CheckEnv, ref: SpecRef, what: string, required: boolean): ProfileCheck {
  if (!has(claims, 'exp')) {
    return required ? check('exp', false, 'must', mustHave(what, 'exp'), ref, { member: claim('exp') }) : check('exp', 'n/a', 'must', say('exp.none', 'No "exp": the token does not expire by itself'), ref);
  }
  const exp = claims.exp;
  if (!hasType(exp, 'NumericDate')) return check('exp', false, 'must', wrongType('exp', 'NumericDate', exp), ref, { member: claim('exp') });
  const e = exp as number;
  const times = { time: isoTime(e), now: isoTime(env.now) };
  if (e <= env.now - env.tolerance) return check('exp', false, 'must', say('exp.expired', `Expired at ${times.time} (the clock reads ${times.now})`, times), ref, { member: claim('exp') });
  return check('exp', true, 'must', say('exp.ok', `Expires at ${times.time}`, { time: times.time }), ref, { member: claim('exp') });
}

/** "iat" a NumericDate not in the future (with the tolerance). */
export function iatCheck(claims: JsonObject, env: CheckEnv, ref: SpecRef, what: string, required: boolean): ProfileCheck {
  if (!has(claims, 'iat')) {
    return required ? check('iat', false, 'must', mustHave(what, 'iat'), ref, { member: claim('iat') }) : check('iat', 'n/a', 'must', say('claim.absent', 'No "iat"', { name: 'iat' }), ref);
  }
  const iat = claims.iat;
  if (!hasType(iat, 'NumericDate')) return check('iat', false, 'must', wrongType('iat', 'NumericDate', iat), ref, { member: claim('iat') });
  const times = { time: isoTime(iat as number), now: isoTime(env.now) };
  if ((iat as number) > env.now + env.tolerance) return check('iat', false, 'must', say('iat.future', `Issued in the future: ${times.time} (the clock reads ${times.now})`, times), ref, { member: claim('iat') });
  return check('iat', true, 'must', say('iat.ok', `Issued at ${times.time}`, { time: times.time }), ref, { member: claim('iat') });
}

/**
 * A claim that must equal a value the person knows (nonce, iss, htm...). Without that value the
 * check says what the token holds and which context member would let it compare.
 */
export function matchesContext(id: string, claims: JsonObject, name: string, expected: string | undefined, contextPath: string, ref: SpecRef, opts: { required: boolean; level?: ProfileCheck['level']; what: string }): ProfileCheck {
  const level = opts.level ?? 'must';
  const value = claims[name];
  const present = has(claims, name);
  if (present && typeof value !== 'string') return check(id, false, level, wrongType(name, 'string', value), ref, { member: claim(name) });
  if (expected === undefined) {
    if (!present) return opts.required ? check(id, false, level, mustHave(opts.what, name), ref, { member: claim(name) }) : check(id, 'n/a', level, say('claim.notInToken', `No "${name}" in the token`, { name }), ref, { needs: [contextPath] });
    return check(id, 'n/a', level, say('claim.giveExpected', `"${name}" is ${echo(value)}; give the expected value (${contextPath}) to compare`, { name, value: echo(value), context: contextPath }), ref, { needs: [contextPath], member: claim(name) });
  }
  if (!present) return check(id, false, level, say('claim.missingExpected', `"${name}" is missing; expected ${echo(expected)}`, { name, expected: echo(expected) }), ref, { member: claim(name) });
  return value === expected
    ? check(id, true, level, say('claim.asExpected', `"${name}" is ${echo(expected)}, as expected`, { name, value: echo(expected) }), ref, { member: claim(name) })
    : check(id, false, level, say('claim.notExpected', `"${name}" is ${echo(value)}; expected ${echo(expected)}`, { name, value: echo(value), expected: echo(expected) }), ref, { member: claim(name) });
}

/** "aud" present (a string or an array of strings) and, when the expected audience is known, containing it. */
export function audienceCheck(claims: JsonObject, expected: string | undefined, contextPath: string, ref: SpecRef, opts: { required: boolean; what: string; level?: ProfileCheck['level'] }): ProfileCheck {
  const level = opts.level ?? 'must';
  if (!has(claims, 'aud')) {
    return opts.required ? check('aud', false, level, mustHave(opts.what, 'aud'), ref, { member: claim('aud') }) : check('aud', 'n/a', level, say('claim.absent', 'No "aud"', { name: 'aud' }), ref);
  }
  const aud = claims.aud;
  if (!hasType(aud, 'audience')) return check('aud', false, level, wrongType('aud', 'audience', aud), ref, { member: claim('aud') });
  const list = typeof aud === 'string' ? [aud] : (aud as string[]);
  const m = { member: claim('aud') };
  if (expected === undefined) return check('aud', true, level, say('aud.giveExpected', `"aud" is ${echo(aud)}; give ${contextPath} to check that it names you`, { value: echo(aud), context: contextPath }), ref, { needs: [contextPath], ...m });
  return list.includes(expected)
    ? check('aud', true, level, say('aud.includes', `"aud" includes ${echo(expected)}`, { expected: echo(expected) }), ref, m)
    : check('aud', false, level, say('aud.excludes', `"aud" is ${echo(aud)}, which does not include ${echo(expected)}`, { value: echo(aud), expected: echo(expected) }), ref, m);
}

/** A claim the profile forbids (a logout token's nonce). */
export function forbiddenClaim(id: string, claims: JsonObject, name: string, ref: SpecRef, why: string, level: ProfileCheck['level'] = 'must'): ProfileCheck {
  return has(claims, name)
    ? check(id, false, level, say('claim.forbidden', `"${name}" must not be present: ${why}`, { name, why }), ref, { member: claim(name) })
    : check(id, true, level, say('claim.forbiddenAbsent', `No "${name}", as required: ${why}`, { name, why }), ref);
}

export { claim as claimMember };
