/**
 * Editing a JSON object's text the way a person would: one member's value is replaced, added or
 * removed, and every other character stays where it was. This is what keeps the "Algorithm" select
 * and the header's "alg" one source of truth without rewriting what the person typed.
 */
import { isJoseError, parseJson, type JsonMember, type JsonObject, type JsonValue } from '../../jose/index.ts';
import { errorLike, words, type WordValue } from '../../lib/i18n/words.ts';

export type ParsedObject =
  | { ok: true; value: JsonObject; members: JsonMember[] }
  | { ok: false; message: string; /** The message as parameters, for the person's language. */ words: WordValue; line?: number; column?: number };

const whatKey = (what: string) => (what === 'protected header' ? 'header' : 'claims');

/** Parses a JSON object strictly (duplicates rejected), with the engine's line:column error. */
export function parseObject(text: string, what: string): ParsedObject {
  try {
    const parsed = parseJson(text, { what, rejectDuplicates: true });
    const value = parsed.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
      return {
        ok: false,
        message: `The ${what} must be a JSON object ({ ... }), not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}`,
        words: { words: words('encode.problem.notObject', { what: whatKey(what), kind }) },
      };
    }
    return { ok: true, value, members: parsed.members };
  } catch (error) {
    if (isJoseError(error)) {
      const details = error.details as { line?: number; column?: number } | undefined;
      return { ok: false, message: error.message, words: { error: errorLike(error) }, ...(details?.line ? { line: details.line, column: details.column } : {}) };
    }
    return { ok: false, message: `The ${what} could not be read`, words: { words: words('encode.problem.unreadable', { what: whatKey(what) }) } };
  }
}

/** The same JSON with no insignificant whitespace (member order and values kept). */
export function minifyJson(value: JsonValue): string {
  return JSON.stringify(value);
}

function topMembers(members: JsonMember[]): JsonMember[] {
  return members.filter((m) => m.path.length === 1).sort((a, b) => a.valueStart - b.valueStart);
}

/** How the text writes ": " and the separator between members, so an added member looks like its neighbours. */
function styleOf(text: string, members: JsonMember[]): { colon: string; separator: string } {
  const first = members[0];
  const colon = first && first.keyEnd !== undefined ? text.slice(first.keyEnd, first.valueStart) : ':';
  const second = members[1];
  if (first && second && second.keyStart !== undefined) return { colon, separator: text.slice(first.valueEnd, second.keyStart) };
  if (first && first.keyStart !== undefined) {
    const before = text.slice(0, first.keyStart);
    const newline = before.lastIndexOf('\n');
    if (newline >= 0) return { colon, separator: `,\n${before.slice(newline + 1)}` };
  }
  return { colon, separator: colon.includes(' ') ? ', ' : ',' };
}

/**
 * The text with one top-level member set to `value` (JSON), or removed when `value` is undefined.
 * Returns null when the text is not a JSON object. An existing member keeps its place; a new one
 * goes last, written in the text's own style.
 *
 * @example
 * setMember('{"alg": "HS256"}', 'alg', 'RS256'); // '{"alg": "RS256"}'
 * setMember('{"alg":"HS256"}', 'kid', 'a');      // '{"alg":"HS256","kid":"a"}'
 */
export function setMember(text: string, name: string, value: JsonValue | undefined): string | null {
  const parsed = parseObject(text, 'JSON');
  if (!parsed.ok) return null;
  const members = topMembers(parsed.members);
  const index = members.findIndex((m) => m.path[0] === name);
  const member = members[index];
  if (member) {
    if (value !== undefined) return text.slice(0, member.valueStart) + JSON.stringify(value) + text.slice(member.valueEnd);
    // Remove the member with the separator that joins it to a neighbour.
    const next = members[index + 1];
    const prev = members[index - 1];
    if (next && next.keyStart !== undefined) return text.slice(0, member.keyStart) + text.slice(next.keyStart);
    if (prev) return text.slice(0, prev.valueEnd) + text.slice(member.valueEnd);
    const close = text.lastIndexOf('}');
    const open = text.indexOf('{');
    return text.slice(0, open + 1) + text.slice(close);
  }
  if (value === undefined) return text;
  const { colon, separator } = styleOf(text, members);
  const added = `${JSON.stringify(name)}${colon}${JSON.stringify(value)}`;
  const last = members[members.length - 1];
  if (last) return text.slice(0, last.valueEnd) + separator + added + text.slice(last.valueEnd);
  const open = text.indexOf('{');
  const close = text.lastIndexOf('}');
  return text.slice(0, open + 1) + added + text.slice(close);
}

/** setMember for several members in turn (skipping the ones already equal), or null when the text is not an object. */
export function setMembers(text: string, patch: Record<string, JsonValue | undefined>): string | null {
  let out = text;
  for (const [name, value] of Object.entries(patch)) {
    const parsed = parseObject(out, 'JSON');
    if (!parsed.ok) return null;
    const has = Object.prototype.hasOwnProperty.call(parsed.value, name);
    if (value === undefined ? !has : has && JSON.stringify(parsed.value[name]) === JSON.stringify(value)) continue;
    const next = setMember(out, name, value);
    if (next === null) return null;
    out = next;
  }
  return out;
}
