import { rfcRef, echo, type Finding } from '../lib/errors.ts';
import type { FindingCode } from '../lib/finding-codes.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

/** Options of validateClaims. */
export interface ValidateClaimsOptions {
  /** The clock, as a Date or a NumericDate (seconds since the epoch). Default: the current time. */
  now?: Date | number;
  /** Seconds of leeway for exp / nbf / iat. Default 0 (a verdict with no skew, as RFC 8725 suggests). */
  clockTolerance?: number;
  /** Expected "iss": one value or any of several. */
  issuer?: string | readonly string[];
  /** Expected audience: the token's "aud" must contain one of these. */
  audience?: string | readonly string[];
  /** A lifetime (exp - iat, or exp - nbf) above this many seconds is flagged. Default one year. */
  maxLifetime?: number;
}

/** A finding about one claim; `claim` names the member so the UI can point at it. */
export interface ClaimFinding extends Finding {
  claim?: string;
}

/** Seconds; 10^11 s is the year 5138, whereas 10^11 ms is 1973: a value this big is milliseconds. */
const MILLISECONDS_THRESHOLD = 1e11;
const YEAR = 365 * 24 * 3600;
const SKEW_NOTE = 300;

function describeDuration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} days`;
}

function isoOf(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString().replace('.000Z', 'Z');
}

type Add = (claim: string, code: FindingCode, severity: Finding['severity'], message: string, section: string, params?: Finding['params']) => void;
const hasOwn = (obj: object, name: string) => Object.prototype.hasOwnProperty.call(obj, name);

const DATE_CLAIMS = [['exp', '4.1.4'], ['nbf', '4.1.5'], ['iat', '4.1.6']] as const;
const STRING_CLAIMS = [['iss', '4.1.1'], ['sub', '4.1.2'], ['jti', '4.1.7']] as const;

/** exp, nbf and iat that are NumericDates (RFC 7519 §2), each other kind of value a finding. */
function readDates(claims: JsonObject, add: Add): Partial<Record<'exp' | 'nbf' | 'iat', number>> {
  const dates: Partial<Record<'exp' | 'nbf' | 'iat', number>> = {};
  for (const [name, section] of DATE_CLAIMS) {
    if (!hasOwn(claims, name)) continue;
    const value = claims[name];
    if (typeof value !== 'number') {
      add(name, 'CLAIM_NOT_NUMERIC', 'danger', `"${name}" must be a NumericDate (a JSON number of seconds), not ${value === null ? 'null' : `a ${Array.isArray(value) ? 'array' : typeof value}`}`, section, { name, type: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value });
      continue;
    }
    if (!Number.isFinite(value)) {
      add(name, 'CLAIM_NOT_FINITE', 'danger', `"${name}" is not a finite number (a literal such as 1e400 overflows to Infinity)`, section, { name });
      continue;
    }
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      add(name, 'CLAIM_PRECISION', 'warning', `"${name}" is larger than 2^53; JavaScript cannot hold it exactly`, section, { name });
    }
    if (value > MILLISECONDS_THRESHOLD) {
      add(name, 'CLAIM_MILLISECONDS', 'warning', `"${name}" looks like milliseconds (${isoOf(value / 1000)} if so); a NumericDate counts seconds`, section, { name, asSeconds: isoOf(value / 1000) });
    }
    dates[name] = value;
  }
  return dates;
}

/** The verdicts of the clock (RFC 7519 §4.1.4-4.1.6), a missing exp, and a lifetime that is empty or very long. */
function checkTimes(claims: JsonObject, dates: ReturnType<typeof readDates>, options: ValidateClaimsOptions, add: Add): void {
  const rawNow = options.now instanceof Date ? options.now.getTime() / 1000 : (options.now ?? Date.now() / 1000);
  const now = Number.isFinite(rawNow) ? rawNow : Date.now() / 1000;
  const tol = Number.isFinite(options.clockTolerance) ? Math.max(0, options.clockTolerance!) : 0;
  // Only a message that needs it formats the clock (a Date to ISO text costs more than the checks).
  const clock = () => ` (clock: ${isoOf(now)}${tol ? `, tolerance ${tol} s` : ''})`;
  const clockParams = () => ({ now: isoOf(now), ...(tol ? { tolerance: tol } : {}) });
  if (dates.exp !== undefined && dates.exp <= now - tol) {
    const ago = now - dates.exp;
    const near = ago < SKEW_NOTE ? '; within the 5-minute clock skew some servers allow' : '';
    add('exp', 'CLAIM_EXPIRED', 'danger', `Expired ${describeDuration(ago)} ago, at ${isoOf(dates.exp)}${near}${clock()}`, '4.1.4', { ago, at: isoOf(dates.exp), nearSkew: near !== '', ...clockParams() });
  }
  if (dates.nbf !== undefined && dates.nbf > now + tol) {
    add('nbf', 'CLAIM_NOT_YET_VALID', 'danger', `Not valid before ${isoOf(dates.nbf)}, ${describeDuration(dates.nbf - now)} from now${clock()}`, '4.1.5', { at: isoOf(dates.nbf), in: dates.nbf - now, ...clockParams() });
  }
  if (dates.iat !== undefined && dates.iat > now + tol) {
    add('iat', 'CLAIM_IAT_FUTURE', 'warning', `Issued in the future: ${isoOf(dates.iat)} is ${describeDuration(dates.iat - now)} from now${clock()}`, '4.1.6', { at: isoOf(dates.iat), in: dates.iat - now, ...clockParams() });
  }
  if (!hasOwn(claims, 'exp')) add('exp', 'CLAIM_EXP_MISSING', 'warning', 'There is no "exp": the token never expires', '4.1.4');
  const start = dates.iat ?? dates.nbf;
  if (dates.exp !== undefined && start !== undefined) {
    const life = dates.exp - start;
    if (life <= 0) add('exp', 'CLAIM_EXP_BEFORE_START', 'warning', `"exp" is not after "${dates.iat !== undefined ? 'iat' : 'nbf'}": the token was never valid`, '4.1.4', { start: dates.iat !== undefined ? 'iat' : 'nbf' });
    else if (life > (options.maxLifetime ?? YEAR)) add('exp', 'CLAIM_LIFETIME_LONG', 'warning', `The token is valid for ${describeDuration(life)}; long-lived tokens are hard to revoke`, '4.1.4', { lifetime: life });
  }
}

/** iss, sub, jti are StringOrURI; aud a string or an array of them (RFC 7519 §4.1.1-4.1.7). */
function checkTypes(claims: JsonObject, add: Add): void {
  for (const [name, section] of STRING_CLAIMS) {
    if (hasOwn(claims, name) && typeof claims[name] !== 'string') {
      const v = claims[name];
      add(name, 'CLAIM_TYPE', 'danger', `"${name}" must be a string (StringOrURI), not ${v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`}`, section, { name, type: v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v });
    }
  }
  if (hasOwn(claims, 'aud')) {
    const aud = claims.aud;
    const ok = typeof aud === 'string' || (Array.isArray(aud) && aud.every((a) => typeof a === 'string'));
    if (!ok) add('aud', 'CLAIM_TYPE', 'danger', '"aud" must be a string or an array of strings', '4.1.3');
  }
}

/** The issuer and audience the caller expects. */
function checkExpected(claims: JsonObject, options: ValidateClaimsOptions, add: Add): void {
  if (options.issuer !== undefined) {
    const expected = typeof options.issuer === 'string' ? [options.issuer] : options.issuer;
    if (typeof claims.iss !== 'string' || !expected.includes(claims.iss)) {
      add('iss', 'CLAIM_ISSUER_MISMATCH', 'danger', `"iss" is ${echo(claims.iss ?? null)}; expected ${expected.map((e) => echo(e)).join(' or ')}`, '4.1.1', { iss: echo(claims.iss ?? null), expected: expected.map((e) => echo(e)).join(' or ') });
    }
  }
  if (options.audience !== undefined) {
    const expected = typeof options.audience === 'string' ? [options.audience] : options.audience;
    const aud = claims.aud;
    const got = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
    if (!got.some((a) => expected.includes(a))) {
      add('aud', 'CLAIM_AUDIENCE_MISMATCH', 'danger', `"aud" does not contain ${expected.map((e) => echo(e)).join(' or ')}`, '4.1.3', { expected: expected.map((e) => echo(e)).join(' or ') });
    }
  }
}

/**
 * Checks a JWT Claims Set (RFC 7519 §4.1) against a clock and expectations, returning findings rather
 * than throwing: a debugger shows an expired token's signature as valid and says it is expired.
 * Never throws, whatever `claims` is (the seed's `"sub": 42` is a finding, not a crash).
 *
 * @example
 * validateClaims({ exp: 1000 }, { now: new Date() }) // [{ code: 'CLAIM_EXPIRED', severity: 'danger', ... }]
 */
export function validateClaims(claims: unknown, options: ValidateClaimsOptions = {}): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  if (!isJsonObject(claims)) {
    findings.push({ code: 'CLAIMS_NOT_OBJECT', severity: 'warning', message: 'The payload is not a JSON object, so it is not a JWT Claims Set', ref: rfcRef(7519, '7.2'), segment: 'payload' });
    return findings;
  }
  const add: Add = (claim, code, severity, message, section, params) => findings.push({ code, severity, message, ref: rfcRef(7519, section), segment: 'payload', claim, ...(params ? { params } : {}) });
  const dates = readDates(claims, add);
  checkTimes(claims, dates, options, add);
  checkTypes(claims, add);
  checkExpected(claims, options, add);
  for (const name in claims) {
    const value = claims[name];
    if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER && !hasOwn(dates, name)) {
      add(name, 'CLAIM_PRECISION', 'warning', `"${name}" is larger than 2^53; JavaScript cannot hold it exactly (read its digits from the payload text)`, '4', { name, readText: true });
    }
  }
  return findings;
}
