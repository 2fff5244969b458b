import { memberRanges } from './json-ranges.ts';
import { parseStrict, type JsonDuplicate } from './json-strict.ts';
import type { JsonMember, JsonObject, JsonValue } from './json-types.ts';

// The JSON types live in json-types.ts, so the parsers json.ts delegates to need not import this file.
export type { JsonValue, JsonObject, JsonPath, JsonMember } from './json-types.ts';

/** What parseJson returns: the value, duplicate names, and (when first read) every member with its character range. */
export interface ParsedJson {
  value: JsonValue;
  /**
   * Where every member is (innermost first, then the member holding them), computed on first read:
   * a caller that never asks where a member is does not pay for it.
   */
  readonly members: JsonMember[];
  /** Only the top-level members' ranges (as cheap as one walk over the text; nothing nested is recorded). */
  readonly topMembers: JsonMember[];
  /** Member names that appear twice in one object (only when duplicates are allowed). */
  duplicates: JsonDuplicate[];
}

/** Options of parseJson. */
export interface ParseJsonOptions {
  /** Reject objects that repeat a member name (headers), or only report them (claims). Default true. */
  rejectDuplicates?: boolean;
  /** Deeper nesting is an ERR_LIMIT_EXCEEDED, so hostile input cannot exhaust the stack. Default 64. */
  maxDepth?: number;
  /** Used in messages: "header", "payload"... */
  what?: string;
}

/**
 * Counts, outside strings, the ":" (in valid JSON: one per object member) and the deepest nesting.
 * Runs only on text JSON.parse accepted, so its strings are well formed.
 */
function shapeOf(text: string): { members: number; depth: number } {
  let members = 0;
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Jump to the next quote; a run of backslashes before it decides whether it closes the string.
      for (;;) {
        i = text.indexOf('"', i + 1);
        let slashes = 0;
        while (text.charCodeAt(i - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 58) members++;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return { members, depth: max };
}

/** The members of every object in a parsed value (a name JSON.parse saw twice counts once). */
function ownMembers(value: JsonValue): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) n += ownMembers(value[i]!);
    return n;
  }
  for (const k in value) {
    n++;
    n += ownMembers(value[k]!);
  }
  return n;
}

/** parseJson's answer; the member lists are a second pass over the text, run when first read (one allocation until then). */
class Parsed implements ParsedJson {
  #all: JsonMember[] | undefined;
  #top: JsonMember[] | undefined;
  readonly #text: string;

  constructor(
    text: string,
    readonly value: JsonValue,
    readonly duplicates: JsonDuplicate[],
  ) {
    this.#text = text;
  }

  get members(): JsonMember[] {
    return (this.#all ??= memberRanges(this.#text));
  }

  get topMembers(): JsonMember[] {
    return (this.#top ??= this.#all ? this.#all.filter((m) => m.path.length === 1) : memberRanges(this.#text, 1));
  }
}

/**
 * A strict RFC 8259 parser that, unlike JSON.parse, refuses (headers) or reports (claims) duplicate
 * member names, caps the nesting depth, and can say where every member is (lazily), so the UI can
 * point at the exact place and the Learn screen can map a character of the token to its member.
 *
 * Why JSON.parse first: it reads the same grammar (RFC 8259 and ECMA-404 agree, and "__proto__"
 * becomes an own member in both) at native speed, but keeps the last of repeated names silently
 * and has no depth limit. So a text JSON.parse accepts, whose ":" count equals the members of the
 * value it built and whose nesting is within the limit, has no duplicate and needs nothing more;
 * anything else (bad JSON, duplicates, too deep) goes to the hand-written reader (json-strict.ts),
 * which decides and says what and where.
 *
 * @example
 * parseJson('{"alg":"HS256"}').value;  // { alg: 'HS256' }
 * parseJson('{"a":1,"a":2}');          // throws JoseError ERR_MALFORMED: Duplicate member name "a" … at line 1, column 8
 * parseJson('{"a":1,"a":2}', { rejectDuplicates: false }).duplicates; // [{ path: [], name: 'a', offset: 7 }]
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): ParsedJson {
  const strict = { rejectDuplicates: options.rejectDuplicates ?? true, maxDepth: options.maxDepth ?? 64, what: options.what ?? 'JSON' };
  let value: JsonValue | undefined;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    value = undefined;
  }
  if (value !== undefined) {
    const shape = shapeOf(text);
    if (shape.depth <= strict.maxDepth && shape.members === ownMembers(value)) return new Parsed(text, value, []);
  }
  const read = parseStrict(text, strict);
  return new Parsed(text, read.value, read.duplicates);
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
