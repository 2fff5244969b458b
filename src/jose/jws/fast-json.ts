import { base64urlDecode } from '../lib/base64url.ts';
import { utf8Decode } from '../lib/bytes.ts';
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../lib/json.ts';
import { decodeProtectedHeader } from '../serialize/segments.ts';

/**
 * Why this file exists: parseJson records the character range of every member, which the decoder
 * needs and verify does not; on a small header or claims set it costs several times the native
 * JSON.parse. For text that parseJson accepts, JSON.parse returns the same value (the same RFC 8259
 * grammar; "__proto__" becomes an own member in both), except that it silently keeps the last of
 * duplicate members and has no depth limit. So: JSON.parse, then a scan that proves there is no
 * duplicate member anywhere and the nesting stays well under parseJson's limit; if JSON.parse fails
 * or the proof does not hold, the strict parser runs and decides (with its own error). Every check
 * of parseJson still applies; only its work on text that passes is skipped.
 */

/** parseJson's default maxDepth is 64; anything near it goes to parseJson, which decides exactly. */
const DEPTH_MARGIN = 60;

/**
 * Counts, outside strings, the ":" (in valid JSON: one per object member) and the deepest nesting.
 * Runs only on text JSON.parse accepted, so strings are well formed.
 */
function scan(text: string): { members: number; depth: number } {
  let members = 0;
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 58) members++;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return { members, depth: max };
}

/** The number of members of every object in a parsed value (duplicates collapsed by JSON.parse count once). */
function ownMembers(value: JsonValue): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const v of value) n += ownMembers(v);
    return n;
  }
  const keys = Object.keys(value);
  n += keys.length;
  for (const k of keys) n += ownMembers(value[k]!);
  return n;
}

/** JSON.parse when the result provably equals parseJson's; undefined when parseJson must decide. */
export function quickParse(text: string): JsonValue | undefined {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
  const { members, depth } = scan(text);
  if (depth >= DEPTH_MARGIN || members !== ownMembers(value)) return undefined;
  return value;
}

/**
 * decodeProtectedHeader(encoded, 0) with the fast path above: the same base64url and UTF-8 checks,
 * and on anything unusual (bad JSON, duplicate members, not an object) the original runs and
 * throws its own error, segment and offset.
 */
export function decodeHeaderQuickly(encoded: string): JsonObject {
  let text: string | undefined;
  try {
    text = utf8Decode(base64urlDecode(encoded, { segment: 'header', offset: 0 }), 'protected header');
  } catch {
    text = undefined;
  }
  const value = text === undefined ? undefined : quickParse(text);
  return isJsonObject(value) ? value : decodeProtectedHeader(encoded, 0);
}

/**
 * The claims verify reports: the payload text as a JSON object (or undefined) and the names repeated
 * at its top level, exactly as parseJson(text, { rejectDuplicates: false }) would give them.
 */
export function claimsOf(text: string): { claims: JsonObject | undefined; duplicates: string[] } {
  const quick = quickParse(text);
  if (quick !== undefined) return { claims: isJsonObject(quick) ? quick : undefined, duplicates: [] };
  try {
    const parsed = parseJson(text, { rejectDuplicates: false, what: 'payload' });
    return {
      claims: isJsonObject(parsed.value) ? parsed.value : undefined,
      duplicates: parsed.duplicates.filter((d) => d.path.length === 0).map((d) => d.name),
    };
  } catch {
    // Not JSON: a JWS may carry anything; there are simply no claims.
    return { claims: undefined, duplicates: [] };
  }
}
