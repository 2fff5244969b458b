import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { tryUtf8Decode, utf8Encode } from '../lib/bytes.ts';
import { JoseError, echo } from '../lib/errors.ts';
import { parseJson, type JsonValue } from '../lib/json.ts';
import { RESERVED_NAMES } from './syntax.ts';

/** A Disclosure's content (RFC 9901 §4.2.1, §4.2.2). */
export interface DisclosureContent {
  decoded: JsonValue[];
  kind: 'property' | 'element';
  salt: string;
  name?: string;
  value: JsonValue;
}


function malformed(index: number, message: string, offset: number | undefined): never {
  throw new JoseError('ERR_SDJWT_DISCLOSURE_MALFORMED', `Disclosure ${index + 1}: ${message}`, { segment: 'disclosure', ...(offset !== undefined ? { offset } : {}), step: `disclosure-${index}`, details: { index } });
}

/**
 * Decodes one Disclosure strictly: canonical base64url, UTF-8, JSON without duplicate names, an
 * array of [salt, name, value] or [salt, value] whose salt and name are strings and whose name is
 * not "_sd" or "...". Errors say which Disclosure (0-based `details.index`) and where (`offset`).
 */
export function decodeDisclosure(encoded: string, index: number, offset?: number): DisclosureContent {
  if (encoded === '') malformed(index, 'it is empty ("~~" in the token?)', offset);
  let bytes;
  try {
    bytes = base64urlDecode(encoded, { segment: 'disclosure', ...(offset !== undefined ? { offset } : {}) });
  } catch (error) {
    const e = error as JoseError;
    malformed(index, e.message, e.offset ?? offset);
  }
  const text = tryUtf8Decode(bytes);
  if (text === undefined) malformed(index, 'it is not UTF-8 text', offset);
  let decoded: JsonValue;
  try {
    decoded = parseJson(text, { what: `Disclosure ${index + 1}` }).value;
  } catch (error) {
    const e = error as JoseError;
    if (e.code === 'ERR_LIMIT_EXCEEDED') throw new JoseError('ERR_LIMIT_EXCEEDED', e.message, { segment: 'disclosure', ...(offset !== undefined ? { offset } : {}), details: { index } });
    malformed(index, e.message, offset);
  }
  if (!Array.isArray(decoded)) malformed(index, `it must be a JSON array, not ${typeof decoded === 'object' && decoded !== null ? 'an object' : echo(decoded)} (RFC 9901 §4.2)`, offset);
  if (decoded.length !== 2 && decoded.length !== 3) malformed(index, `it must be [salt, name, value] or [salt, value]; this array has ${decoded.length} elements (RFC 9901 §4.2)`, offset);
  const salt = decoded[0];
  if (typeof salt !== 'string') malformed(index, `the salt must be a string, not ${echo(salt)} (RFC 9901 §4.2.1)`, offset);
  if (decoded.length === 2) return { decoded, kind: 'element', salt, value: decoded[1]! };
  const name = decoded[1];
  if (typeof name !== 'string') malformed(index, `the claim name must be a string, not ${echo(name)} (RFC 9901 §4.2.1)`, offset);
  if (RESERVED_NAMES.includes(name)) {
    throw new JoseError('ERR_SDJWT_RESERVED_NAME', `Disclosure ${index + 1} names the claim ${echo(name)}, which is reserved for digests (RFC 9901 §7.1 step 3.3.2.2)`, { segment: 'disclosure', ...(offset !== undefined ? { offset } : {}), step: `disclosure-${index}`, details: { index, name } });
  }
  return { decoded, kind: 'property', salt, name, value: decoded[2]! };
}

/** base64url(UTF-8(JSON array)): the Disclosure text for [salt, name, value] or, without a name, [salt, value]. */
export function encodeDisclosure(salt: string, name: string | undefined, value: JsonValue): string {
  const array: JsonValue[] = name === undefined ? [salt, value] : [salt, name, value];
  return base64urlEncode(utf8Encode(JSON.stringify(array)));
}
