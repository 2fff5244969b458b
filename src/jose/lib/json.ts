import { JoseError, echo } from './errors.ts';

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object: a JWT Claims Set, a JOSE header, a JWK. */
export type JsonObject = { [key: string]: JsonValue };
/** Where a value sits in a JSON document: member names and array indexes from the top. */
export type JsonPath = (string | number)[];

/** Where a member (or array element) sits in the JSON text, in UTF-16 character offsets. */
export interface JsonMember {
  path: JsonPath;
  /** Range of the member name including its quotes; absent for array elements. */
  keyStart?: number;
  keyEnd?: number;
  valueStart: number;
  valueEnd: number;
}

/** What parseJson returns: the value, every member with its character range, and duplicate names. */
export interface ParsedJson {
  value: JsonValue;
  members: JsonMember[];
  /** Member names that appear twice in one object (only when duplicates are allowed). */
  duplicates: { path: JsonPath; name: string; offset: number }[];
}

export interface ParseJsonOptions {
  /** Reject objects that repeat a member name (headers), or only report them (claims). Default true. */
  rejectDuplicates?: boolean;
  /** Deeper nesting is an ERR_LIMIT_EXCEEDED, so hostile input cannot exhaust the stack. Default 64. */
  maxDepth?: number;
  /** Used in messages: "header", "payload"... */
  what?: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The 1-based line and column of a character offset, for error messages.
 *
 * @example
 * lineAndColumn('{\n "a"', 3); // { line: 2, column: 2 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A strict RFC 8259 parser that, unlike JSON.parse, reports duplicate member names and the
 * character range of every member, so the UI can point at the exact place and the Learn screen can
 * map a character of the token to the JSON member it encodes.
 *
 * @example
 * parseJson('{"a":1}').value;  // { a: 1 }
 * parseJson('{"a":1,"a":2}');  // throws JoseError ERR_MALFORMED: Duplicate member name "a" … at line 1, column 8
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): ParsedJson {
  const rejectDuplicates = options.rejectDuplicates ?? true;
  const maxDepth = options.maxDepth ?? 64;
  const what = options.what ?? 'JSON';
  const members: JsonMember[] = [];
  const duplicates: ParsedJson['duplicates'] = [];
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    const { line, column } = lineAndColumn(text, at);
    throw new JoseError('ERR_JSON', `Invalid JSON in the ${what}: ${message} at line ${line}, column ${column}`, {
      offset: at,
      details: { line, column, jsonOffset: at },
    });
  };
  const skipWs = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const tooDeep = (): never => {
    const { line, column } = lineAndColumn(text, pos);
    throw new JoseError('ERR_LIMIT_EXCEEDED', `The ${what} nests deeper than ${maxDepth} levels (at line ${line}, column ${column})`, { offset: pos, details: { line, column, limit: maxDepth } });
  };
  const describe = (at: number) => (at >= text.length ? 'end of text' : JSON.stringify(text[at]));

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        try {
          return JSON.parse(text.slice(start, pos)) as string;
        } catch {
          return fail('invalid escape sequence in a string', start);
        }
      }
      if (c === 92) pos += 2;
      else if (c < 32) fail('a control character must be escaped inside a string');
      else pos++;
    }
    return fail('unterminated string', start);
  };

  const parseValue = (path: JsonPath, depth: number): JsonValue => {
    skipWs();
    const c = text[pos];
    if (c === '{') {
      if (depth >= maxDepth) tooDeep();
      pos++;
      const obj: JsonObject = {};
      const seen = new Set<string>();
      skipWs();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (text[pos] !== '"') fail(`expected a member name in quotes but found ${describe(pos)}`);
        const keyStart = pos;
        const key = parseString();
        const keyEnd = pos;
        if (seen.has(key)) {
          if (rejectDuplicates) {
            const { line, column } = lineAndColumn(text, keyStart);
            throw new JoseError('ERR_MALFORMED', `Duplicate member name ${echo(key)} in the ${what} at line ${line}, column ${column}`, {
              offset: keyStart,
              details: { member: key },
            });
          }
          duplicates.push({ path, name: key, offset: keyStart });
        }
        seen.add(key);
        skipWs();
        if (text[pos] !== ':') fail(`expected ":" after the member name ${echo(key)} but found ${describe(pos)}`);
        pos++;
        skipWs();
        const valueStart = pos;
        const memberPath = [...path, key];
        const value = parseValue(memberPath, depth + 1);
        members.push({ path: memberPath, keyStart, keyEnd, valueStart, valueEnd: pos });
        // An own property even for "__proto__": assignment would change the prototype instead.
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        skipWs();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail(`expected "," or "}" but found ${describe(pos)}`);
      }
    }
    if (c === '[') {
      if (depth >= maxDepth) tooDeep();
      pos++;
      const arr: JsonValue[] = [];
      skipWs();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        skipWs();
        const valueStart = pos;
        const elementPath = [...path, arr.length];
        arr.push(parseValue(elementPath, depth + 1));
        members.push({ path: elementPath, valueStart, valueEnd: pos });
        skipWs();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail(`expected "," or "]" but found ${describe(pos)}`);
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m && m[0].length > 0 && m[0] !== '-') {
      pos += m[0].length;
      return Number(m[0]);
    }
    return fail(`unexpected ${describe(pos)}`);
  };

  const value = parseValue([], 0);
  skipWs();
  if (pos < text.length) fail(`unexpected ${describe(pos)} after the end of the JSON value`);
  return { value, members, duplicates };
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own-property lookup that never reaches Object.prototype ("constructor", "__proto__"). */
export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
