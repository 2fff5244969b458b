import { base64urlDecode } from '../lib/base64url.ts';
import { utf8Decode } from '../lib/bytes.ts';
import { JoseError, echo, type SegmentName } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonObject } from '../lib/json.ts';

/**
 * Decodes BASE64URL(UTF8(JOSE Header)) into a JSON object, strictly: canonical base64url, UTF-8,
 * JSON, an object, no duplicate member names. Errors carry the segment and the character offset in
 * the whole text (`offset` is where the encoded header starts). For a Jws or Jwe given as an object;
 * text goes through parseToken, which decodes each header once.
 */
export function decodeProtectedHeader(encoded: string, offset = 0, segment: SegmentName = 'header'): JsonObject {
  const bytes = base64urlDecode(encoded, { segment, offset });
  const text = utf8Decode(bytes, 'protected header');
  let value;
  try {
    value = parseJson(text, { what: 'protected header' }).value;
  } catch (error) {
    if (error instanceof JoseError) {
      throw new JoseError(error.code, error.message, { segment, offset, cause: error, details: error.details });
    }
    throw error;
  }
  if (!isJsonObject(value)) {
    throw new JoseError('ERR_MALFORMED', 'The JOSE Header must be a JSON object', { segment, offset });
  }
  return value;
}

/** Splits on '.', recording where each part starts in the text. */
export function splitDots(text: string): { parts: string[]; starts: number[] } {
  const parts: string[] = [];
  const starts: number[] = [];
  let start = 0;
  for (;;) {
    const dot = text.indexOf('.', start);
    starts.push(start);
    if (dot === -1) {
      parts.push(text.slice(start));
      return { parts, starts };
    }
    parts.push(text.slice(start, dot));
    start = dot + 1;
  }
}

/** RFC 7515 §4 / RFC 7516 §4: the protected and unprotected headers may not share a member name. */
export function assertDisjoint(headers: (JsonObject | undefined)[], what: string): void {
  const seen = new Set<string>();
  for (const h of headers) {
    if (!h) continue;
    for (const name of Object.keys(h)) {
      if (seen.has(name)) {
        throw new JoseError('ERR_MALFORMED', `The Header Parameter ${echo(name)} appears in more than one header of the ${what}; the names MUST be disjoint`, {
          segment: 'header',
          details: { member: name },
        });
      }
      seen.add(name);
    }
  }
}
