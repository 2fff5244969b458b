/** Building blocks of the profile checks: one ProfileCheck per rule, and the claim tests they share. */
import { echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';
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

export function check(id: string, ok: ProfileCheck['ok'], level: ProfileCheck['level'], message: string, ref: SpecRef, extra: Extra = {}): ProfileCheck {
  return { id, ok, level, message, ref, ...extra };
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
  if (missing.length === 0 && wrong.length === 0) return check('required_claims', true, 'must', `${what} has every required claim (${names})`, ref);
  const parts = [...(missing.length ? [`missing ${missing.map((n) => `"${n}"`).join(', ')}`] : []), ...wrong];
  return check('required_claims', false, 'must', `${what} needs ${names}: ${parts.join('; ')}`, ref, missing[0] ? { member: claim(missing[0]) } : {});
}

/** One claim that must be present with a type (the ID token's iss, sub, aud, exp, iat). */
export function typedClaim(claims: JsonObject, name: string, type: ClaimType, ref: SpecRef, what: string): ProfileCheck | undefined {
  if (!has(claims, name)) return check(name, false, 'must', `${what} must have "${name}"`, ref, { member: claim(name) });
  if (!hasType(claims[name], type)) return check(name, false, 'must', `"${name}" must be ${TYPE_WORDS[type]}, not ${describeValue(claims[name])}`, ref, { member: claim(name) });
  return undefined;
}

/** "exp" in the future (with the tolerance); `required` says whether its absence fails. */
export function expCheck(claims: JsonObject, env: CheckEnv, ref: SpecRef, what: string, required: boolean): ProfileCheck {
  if (!has(claims, 'exp')) {
    return required ? check('exp', false, 'must', `${what} must have "exp"`, ref, { member: claim('exp') }) : check('exp', 'n/a', 'must', 'No "exp": the token does not expire by itself', ref);
  }
  const exp = claims.exp;
  if (!hasType(exp, 'NumericDate')) return check('exp', false, 'must', `"exp" must be ${TYPE_WORDS.NumericDate}, not ${describeValue(exp)}`, ref, { member: claim('exp') });
  const e = exp as number;
  if (e <= env.now - env.tolerance) return check('exp', false, 'must', `Expired at ${isoTime(e)} (the clock reads ${isoTime(env.now)})`, ref, { member: claim('exp') });
  return check('exp', true, 'must', `Expires at ${isoTime(e)}`, ref, { member: claim('exp') });
}

/** "iat" a NumericDate not in the future (with the tolerance). */
export function iatCheck(claims: JsonObject, env: CheckEnv, ref: SpecRef, what: string, required: boolean): ProfileCheck {
  if (!has(claims, 'iat')) {
    return required ? check('iat', false, 'must', `${what} must have "iat"`, ref, { member: claim('iat') }) : check('iat', 'n/a', 'must', 'No "iat"', ref);
  }
  const iat = claims.iat;
  if (!hasType(iat, 'NumericDate')) return check('iat', false, 'must', `"iat" must be ${TYPE_WORDS.NumericDate}, not ${describeValue(iat)}`, ref, { member: claim('iat') });
  if ((iat as number) > env.now + env.tolerance) return check('iat', false, 'must', `Issued in the future: ${isoTime(iat as number)} (the clock reads ${isoTime(env.now)})`, ref, { member: claim('iat') });
  return check('iat', true, 'must', `Issued at ${isoTime(iat as number)}`, ref, { member: claim('iat') });
}

/**
 * A claim that must equal a value the person knows (nonce, iss, htm...). Without that value the
 * check says what the token holds and which context member would let it compare.
 */
export function matchesContext(id: string, claims: JsonObject, name: string, expected: string | undefined, contextPath: string, ref: SpecRef, opts: { required: boolean; level?: ProfileCheck['level']; what: string }): ProfileCheck {
  const level = opts.level ?? 'must';
  const value = claims[name];
  const present = has(claims, name);
  if (present && typeof value !== 'string') return check(id, false, level, `"${name}" must be a string, not ${describeValue(value)}`, ref, { member: claim(name) });
  if (expected === undefined) {
    if (!present) return opts.required ? check(id, false, level, `${opts.what} must have "${name}"`, ref, { member: claim(name) }) : check(id, 'n/a', level, `No "${name}" in the token`, ref, { needs: [contextPath] });
    return check(id, 'n/a', level, `"${name}" is ${echo(value)}; give the expected value (${contextPath}) to compare`, ref, { needs: [contextPath], member: claim(name) });
  }
  if (!present) return check(id, false, level, `"${name}" is missing; expected ${echo(expected)}`, ref, { member: claim(name) });
  return value === expected
    ? check(id, true, level, `"${name}" is ${echo(expected)}, as expected`, ref, { member: claim(name) })
    : check(id, false, level, `"${name}" is ${echo(value)}; expected ${echo(expected)}`, ref, { member: claim(name) });
}

/** "aud" present (a string or an array of strings) and, when the expected audience is known, containing it. */
export function audienceCheck(claims: JsonObject, expected: string | undefined, contextPath: string, ref: SpecRef, opts: { required: boolean; what: string; level?: ProfileCheck['level'] }): ProfileCheck {
  const level = opts.level ?? 'must';
  if (!has(claims, 'aud')) {
    return opts.required ? check('aud', false, level, `${opts.what} must have "aud"`, ref, { member: claim('aud') }) : check('aud', 'n/a', level, 'No "aud"', ref);
  }
  const aud = claims.aud;
  if (!hasType(aud, 'audience')) return check('aud', false, level, `"aud" must be ${TYPE_WORDS.audience}, not ${describeValue(aud)}`, ref, { member: claim('aud') });
  const list = typeof aud === 'string' ? [aud] : (aud as string[]);
  if (expected === undefined) return check('aud', true, level, `"aud" is ${echo(aud)}; give ${contextPath} to check that it names you`, ref, { needs: [contextPath], member: claim('aud') });
  return list.includes(expected)
    ? check('aud', true, level, `"aud" includes ${echo(expected)}`, ref, { member: claim('aud') })
    : check('aud', false, level, `"aud" is ${echo(aud)}, which does not include ${echo(expected)}`, ref, { member: claim('aud') });
}

/** A claim the profile forbids (a logout token's nonce). */
export function forbiddenClaim(id: string, claims: JsonObject, name: string, ref: SpecRef, why: string, level: ProfileCheck['level'] = 'must'): ProfileCheck {
  return has(claims, name)
    ? check(id, false, level, `"${name}" must not be present: ${why}`, ref, { member: claim(name) })
    : check(id, true, level, `No "${name}", as required: ${why}`, ref);
}

export { claim as claimMember };
