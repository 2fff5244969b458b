import { JoseError, echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { isJweAlg, isJweEnc, type JweAlg, type JweEnc } from '../lib/registry.ts';

/**
 * The JOSE Header of a JWE (RFC 7516 §4, §7.2.1): the protected, shared unprotected and per-recipient
 * headers are disjoint and merge into one; "alg", "enc", "zip" and "crit" are checked the same way
 * for encrypt and decrypt.
 */

/** Merges the three headers, refusing a member that appears in more than one (RFC 7516 §7.2.1). */
export function mergeHeaders(parts: (JsonObject | undefined)[]): JsonObject {
  const merged: JsonObject = Object.create(null) as JsonObject;
  for (const part of parts) {
    if (part === undefined) continue;
    if (!isJsonObject(part)) throw new JoseError('ERR_MALFORMED', 'A JWE header must be a JSON object', { segment: 'header' });
    for (const name of Object.keys(part)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) {
        throw new JoseError('ERR_MALFORMED', `The header parameter ${echo(name)} appears in more than one of the JWE headers; they must be disjoint (RFC 7516 §7.2.1)`, {
          segment: 'header',
          details: { member: name },
        });
      }
      merged[name] = part[name]!;
    }
  }
  return { ...merged };
}

export interface CheckedHeader {
  alg: JweAlg;
  enc: JweEnc;
  zip: 'DEF' | undefined;
}

/** Checks "alg", "enc", "zip" (protected only) and "crit" of a merged header. */
export function checkHeader(merged: JsonObject, protectedHeader: JsonObject | undefined): CheckedHeader {
  const alg = merged.alg;
  const enc = merged.enc;
  if (typeof alg !== 'string' || alg === '') {
    throw new JoseError('ERR_MALFORMED', 'JWE "alg" (Algorithm) Header Parameter missing or invalid', { segment: 'header', details: { member: 'alg' } });
  }
  if (typeof enc !== 'string' || enc === '') {
    throw new JoseError('ERR_MALFORMED', 'JWE "enc" (Encryption Algorithm) Header Parameter missing or invalid', { segment: 'header', details: { member: 'enc' } });
  }
  if (!isJweAlg(alg)) throw new JoseError('ERR_ALG_UNSUPPORTED', `Unsupported JWE "alg" (Algorithm) ${echo(alg)}`, { segment: 'header', details: { alg } });
  if (!isJweEnc(enc)) throw new JoseError('ERR_ENC_UNSUPPORTED', `Unsupported JWE "enc" (Encryption Algorithm) ${echo(enc)}`, { segment: 'header', details: { enc } });
  let zip: 'DEF' | undefined;
  if (merged.zip !== undefined) {
    if (!protectedHeader || !Object.prototype.hasOwnProperty.call(protectedHeader, 'zip')) {
      throw new JoseError('ERR_MALFORMED', 'The "zip" (Compression Algorithm) header parameter must be integrity protected, in the JWE Protected Header (RFC 7516 §4.1.3)', {
        segment: 'header',
        details: { member: 'zip' },
      });
    }
    if (merged.zip !== 'DEF') {
      throw new JoseError('ERR_ALG_UNSUPPORTED', `Unsupported "zip" (Compression Algorithm) ${echo(merged.zip)}; only "DEF" is defined`, {
        segment: 'header',
        details: { member: 'zip', zip: merged.zip },
      });
    }
    zip = 'DEF';
  }
  checkCrit(merged, protectedHeader);
  return { alg, enc, zip };
}

/** RFC 7515 §4.1.11 as RFC 7516 §4.1.13 reuses it: JOSE Lab understands no JWE extension parameter. */
function checkCrit(merged: JsonObject, protectedHeader: JsonObject | undefined): void {
  if (merged.crit === undefined) return;
  if (!protectedHeader || !Object.prototype.hasOwnProperty.call(protectedHeader, 'crit')) {
    throw new JoseError('ERR_MALFORMED', 'The "crit" header parameter must be in the JWE Protected Header', { segment: 'header', details: { member: 'crit' } });
  }
  const crit = merged.crit;
  if (!Array.isArray(crit) || crit.length === 0 || crit.some((name) => typeof name !== 'string' || name === '')) {
    throw new JoseError('ERR_MALFORMED', 'The "crit" header parameter must be a non-empty array of parameter names', { segment: 'header', details: { member: 'crit' } });
  }
  for (const name of crit as string[]) {
    if (!Object.prototype.hasOwnProperty.call(merged, name)) {
      throw new JoseError('ERR_MALFORMED', `"crit" lists ${echo(name)}, which is not in the header`, { segment: 'header', details: { member: 'crit', name } });
    }
  }
  throw new JoseError('ERR_CRIT_UNSUPPORTED', `The header marks ${(crit as string[]).map((n) => `"${n}"`).join(', ')} as critical, an extension JOSE Lab does not understand`, {
    segment: 'header',
    details: { member: 'crit', names: crit },
  });
}
