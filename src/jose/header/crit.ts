import { rfcRef, echo, type Finding, type JoseErrorCode } from '../lib/errors.ts';
import type { FindingCode } from '../lib/finding-codes.ts';
import type { JsonObject } from '../lib/json.ts';

/** The crit extensions this engine implements (RFC 7515 §4.1.11): only RFC 7797's "b64". */
export const UNDERSTOOD_CRIT: readonly string[] = ['b64'];

const NO_ISSUES: readonly HeaderIssue[] = Object.freeze([]);

/** A header problem: verify throws `error` with the message, inspect shows it as a finding. */
export interface HeaderIssue extends Finding {
  /** The JoseError code verify throws for it; undefined when it is only a warning. */
  error?: JoseErrorCode;
}

const own = (o: JsonObject | undefined, k: string) => o !== undefined && Object.prototype.hasOwnProperty.call(o, k);

function mentionsCritOrB64(protectedHeader: JsonObject | undefined, unprotected: readonly (JsonObject | undefined)[]): boolean {
  if (own(protectedHeader, 'crit') || own(protectedHeader, 'b64')) return true;
  for (const h of unprotected) if (own(h, 'crit') || own(h, 'b64')) return true;
  return false;
}

/**
 * RFC 7515 §4.1.11 "crit" and RFC 7797 "b64" rules, in one place for sign, verify and inspect.
 * crit must be protected, a non-empty array of distinct non-empty strings, each naming a parameter
 * present in the header and understood here; b64 must be a protected boolean listed in crit, or it
 * is ignored (payload treated as encoded) with a warning, as panva/jose does.
 * Duplicate names in crit are refused (producers MUST NOT emit them; a strict reader says so).
 */
export function headerIssues(protectedHeader: JsonObject | undefined, unprotected: readonly (JsonObject | undefined)[]): readonly HeaderIssue[] {
  // Most headers have neither member: nothing to check, and nothing to build.
  if (!mentionsCritOrB64(protectedHeader, unprotected)) return NO_ISSUES;
  const issues: HeaderIssue[] = [];
  const fail = (code: FindingCode, error: JoseErrorCode, message: string, rfc = 7515, section = '4.1.11', params?: HeaderIssue['params']) =>
    issues.push({ code, severity: 'danger', message, ref: rfcRef(rfc, section), segment: 'header', error, ...(params ? { params } : {}) });
  for (const h of unprotected) {
    if (own(h, 'crit')) fail('CRIT_UNPROTECTED', 'ERR_MALFORMED', '"crit" must be in the protected header (RFC 7515 §4.1.11), not an unprotected one');
    if (own(h, 'b64')) fail('B64_UNPROTECTED', 'ERR_MALFORMED', '"b64" must be in the protected header (RFC 7797 §3)', 7797, '3');
  }
  if (own(protectedHeader, 'crit')) {
    const crit = protectedHeader!.crit;
    if (!Array.isArray(crit) || crit.length === 0) {
      fail('CRIT_INVALID', 'ERR_MALFORMED', '"crit" must be a non-empty array of Header Parameter names');
    } else {
      const seen = new Set<string>();
      for (const name of crit) {
        if (typeof name !== 'string' || name === '') {
          fail('CRIT_INVALID', 'ERR_MALFORMED', `"crit" must list non-empty strings; it holds ${echo(name)}`, 7515, '4.1.11', { value: echo(name) });
          continue;
        }
        if (seen.has(name)) fail('CRIT_DUPLICATE', 'ERR_MALFORMED', `"crit" lists ${echo(name)} twice`, 7515, '4.1.11', { name: echo(name) });
        seen.add(name);
        if (!UNDERSTOOD_CRIT.includes(name)) {
          fail('CRIT_UNSUPPORTED', 'ERR_CRIT_UNSUPPORTED', `"crit" requires the extension ${echo(name)}, which this implementation does not understand`, 7515, '4.1.11', { name: echo(name) });
        } else if (!own(protectedHeader, name) && !unprotected.some((h) => own(h, name))) {
          fail('CRIT_ABSENT', 'ERR_MALFORMED', `"crit" lists ${echo(name)} but the header has no such member`, 7515, '4.1.11', { name: echo(name) });
        }
      }
    }
  }
  if (own(protectedHeader, 'b64')) {
    const b64 = protectedHeader!.b64;
    if (typeof b64 !== 'boolean') {
      fail('B64_INVALID', 'ERR_MALFORMED', `"b64" must be true or false, not ${echo(b64)}`, 7797, '3', { value: echo(b64) });
    } else if (!(Array.isArray(protectedHeader!.crit) && protectedHeader!.crit.includes('b64'))) {
      issues.push({
        code: 'B64_WITHOUT_CRIT',
        severity: 'warning',
        message: `"b64": ${b64} is not listed in "crit", so it is ignored and the payload is treated as base64url-encoded (RFC 7797 §6)`,
        params: { value: b64 },
        ref: rfcRef(7797, '6'),
        segment: 'header',
      });
    }
  }
  return issues;
}

/** Whether the payload is unencoded: b64 false, protected, and listed in crit (RFC 7797 §3, §6). */
export function payloadUnencoded(protectedHeader: JsonObject | undefined): boolean {
  return (
    own(protectedHeader, 'b64') &&
    protectedHeader!.b64 === false &&
    Array.isArray(protectedHeader!.crit) &&
    protectedHeader!.crit.includes('b64')
  );
}
