/** Reads what the profile checks look at — header, claims, signature size — from a token or an inspect result. */
import { JoseError } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import { inspect } from '../inspect/inspect.ts';
import type { InspectResult } from '../inspect/types.ts';

export interface TokenView {
  kind: 'JWS' | 'JWE' | 'unsecured';
  /** The JWT that was read (for an SD-JWT, the part chosen). */
  text: string;
  header: JsonObject;
  /** Undefined for a JWE (encrypted) and when the payload is not a JSON object. */
  claims: JsonObject | undefined;
  /** Length of the (first) signature in bytes; 0 for an unsecured JWS, undefined for a JWE. */
  signatureBytes: number | undefined;
  serialization: 'compact' | 'json-general' | 'json-flattened';
  part: 'token' | 'issuer-jwt' | 'kb-jwt';
  inspected: InspectResult;
}

/**
 * An SD-JWT (RFC 9901 §4) is `<issuer-signed JWT>~<disclosure>~…~[<KB-JWT>]`. Only the split is done
 * here, to know which JWT to check; disclosures are the SD-JWT module's business.
 */
export function sdJwtParts(text: string): { issuerJwt: string; kbJwt: string | undefined } | undefined {
  const t = text.trim();
  if (!t.includes('~')) return undefined;
  const parts = t.split('~');
  const last = parts[parts.length - 1]!;
  return { issuerJwt: parts[0]!, kbJwt: last === '' ? undefined : last };
}

/** `base`: where the inspected text starts in the caller's text (an SD-JWT part is inspected alone). */
function malformed(r: InspectResult, fallback: string, base: number): never {
  const p = r.problems[0];
  throw new JoseError('ERR_MALFORMED', p ? p.message : fallback, {
    segment: p?.segment ?? 'token',
    ...(p ? { offset: base + p.offset } : {}),
  });
}

/**
 * The token as the profile checks see it. `prefer` chooses the part of an SD-JWT presentation.
 * Throws ERR_MALFORMED when the text is not a JWS or JWE whose header can be read, or (unless
 * `requireClaims` is false) a JWS whose payload is not a JSON object.
 */
export function readToken(token: string | InspectResult, prefer: 'issuer-jwt' | 'kb-jwt' = 'issuer-jwt', requireClaims = true): TokenView {
  if (typeof token !== 'string' && (typeof token !== 'object' || token === null || typeof token.text !== 'string')) {
    throw new TypeError('checkProfile and bestPractices need the token text or an inspect() result');
  }
  const text = typeof token === 'string' ? token : token.text;
  const sd = sdJwtParts(text);
  let part: TokenView['part'] = 'token';
  let r: InspectResult;
  let base = 0;
  if (sd) {
    part = prefer === 'kb-jwt' && sd.kbJwt ? 'kb-jwt' : 'issuer-jwt';
    const partText = part === 'kb-jwt' ? sd.kbJwt! : sd.issuerJwt;
    base = part === 'kb-jwt' ? text.lastIndexOf(partText) : text.indexOf(partText);
    r = inspect(partText);
  } else {
    r = typeof token === 'string' ? inspect(token) : token;
    // An SD-JWT in the JWS JSON serialization (RFC 9901 §8) has no "~": its JWS is the Issuer-signed JWT.
    if (r.kind === 'SD-JWT' && r.jws) part = 'issuer-jwt';
  }
  const kind = part === 'issuer-jwt' && r.kind === 'SD-JWT' ? 'JWS' : r.kind;
  if (kind !== 'JWS' && kind !== 'JWE' && kind !== 'unsecured') malformed(r, `Not a JWS or JWE: ${r.reason}`, base);
  if (!r.header) malformed(r, 'The JOSE header could not be read', base);
  const signatureBytes = r.kind === 'JWE' ? undefined : (r.signatures?.[0]?.size ?? 0);
  if (requireClaims && r.kind !== 'JWE' && !r.claims) {
    const payloadProblem = r.problems.find((p) => p.segment === 'payload');
    throw new JoseError('ERR_MALFORMED', payloadProblem?.message ?? 'The payload is not a JSON object, so it is not a JWT Claims Set (RFC 7519 §7.2)', {
      segment: 'payload',
      ...(payloadProblem ? { offset: base + payloadProblem.offset } : {}),
    });
  }
  return {
    kind,
    text: r.text,
    header: r.header,
    claims: r.claims,
    signatureBytes,
    serialization: r.serialization ?? 'compact',
    part,
    inspected: r,
  };
}
