import { JoseError, echo } from './errors.ts';
import type { JsonObject, JsonPath, JsonValue } from './json-types.ts';
import { skipJsonWhitespace } from './json-whitespace.ts';

/** A member name that appears twice in one object: where, which, and at which character. */
export interface JsonDuplicate {
  path: JsonPath;
  name: string;
  offset: number;
}

export interface StrictOptions {
  rejectDuplicates: boolean;
  maxDepth: number;
  what: string;
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

const describe = (text: string, at: number) => (at >= text.length ? 'end of text' : JSON.stringify(text[at]));

/**
 * The RFC 8259 grammar, read by hand so that a refusal can say what and where (line, column,
 * offset), and so that a repeated member name is seen (JSON.parse keeps the last one silently) and
 * deep nesting stops at a limit instead of the stack. Linear in the text: the path to the current
 * member is one stack, copied only when a duplicate is recorded. It builds the value and nothing
 * else; where members are is a separate, lazy pass (json-ranges.ts).
 * parseJson runs it only when JSON.parse cannot decide alone (see json.ts).
 */
class StrictReader {
  private pos = 0;
  private readonly path: JsonPath = [];
  readonly duplicates: JsonDuplicate[] = [];

  constructor(
    private readonly text: string,
    private readonly options: StrictOptions,
  ) {}

  read(): JsonValue {
    const value = this.value(0);
    this.skipWs();
    if (this.pos < this.text.length) this.fail(`unexpected ${describe(this.text, this.pos)} after the end of the JSON value`);
    return value;
  }

  private fail(message: string, at = this.pos): never {
    const { line, column } = lineAndColumn(this.text, at);
    throw new JoseError('ERR_JSON', `Invalid JSON in the ${this.options.what}: ${message} at line ${line}, column ${column}`, {
      offset: at,
      details: { line, column, jsonOffset: at },
    });
  }

  private skipWs(): void {
    this.pos = skipJsonWhitespace(this.text, this.pos);
  }

  private string(): string {
    const text = this.text;
    const start = this.pos;
    let escaped = false;
    for (let pos = start + 1; pos < text.length; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        this.pos = pos + 1;
        if (!escaped) return text.slice(start + 1, pos);
        try {
          // JSON.parse checks the escapes (\u with four hex digits, no other letters) and decodes them.
          return JSON.parse(text.slice(start, pos + 1)) as string;
        } catch {
          return this.fail('invalid escape sequence in a string', start);
        }
      }
      if (c === 92) {
        escaped = true;
        pos++;
      } else if (c < 32) {
        this.pos = pos;
        this.fail('a control character must be escaped inside a string');
      }
    }
    return this.fail('unterminated string', start);
  }

  private enter(depth: number): void {
    if (depth >= this.options.maxDepth) {
      const { line, column } = lineAndColumn(this.text, this.pos);
      throw new JoseError('ERR_LIMIT_EXCEEDED', `The ${this.options.what} nests deeper than ${this.options.maxDepth} levels (at line ${line}, column ${column})`, { offset: this.pos, details: { line, column, limit: this.options.maxDepth } });
    }
    this.pos++;
    this.skipWs();
  }

  private object(depth: number): JsonObject {
    this.enter(depth);
    const obj: JsonObject = {};
    const seen = new Set<string>();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return obj;
    }
    for (;;) {
      this.skipWs();
      if (this.text.charCodeAt(this.pos) !== 34) this.fail(`expected a member name in quotes but found ${describe(this.text, this.pos)}`);
      const keyStart = this.pos;
      const key = this.string();
      if (seen.has(key)) this.duplicate(key, keyStart);
      seen.add(key);
      this.skipWs();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail(`expected ":" after the member name ${echo(key)} but found ${describe(this.text, this.pos)}`);
      this.pos++;
      this.path.push(key);
      const value = this.value(depth + 1);
      this.path.pop();
      // An own property even for "__proto__", as JSON.parse makes it: assignment would set the prototype.
      if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      else obj[key] = value;
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 44) continue;
      if (c === 125) return obj;
      this.pos--;
      this.fail(`expected "," or "}" but found ${describe(this.text, this.pos)}`);
    }
  }

  private duplicate(key: string, keyStart: number): void {
    if (this.options.rejectDuplicates) {
      const { line, column } = lineAndColumn(this.text, keyStart);
      throw new JoseError('ERR_MALFORMED', `Duplicate member name ${echo(key)} in the ${this.options.what} at line ${line}, column ${column}`, {
        offset: keyStart,
        details: { member: key },
      });
    }
    this.duplicates.push({ path: [...this.path], name: key, offset: keyStart });
  }

  private array(depth: number): JsonValue[] {
    this.enter(depth);
    const arr: JsonValue[] = [];
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return arr;
    }
    for (;;) {
      this.path.push(arr.length);
      arr.push(this.value(depth + 1));
      this.path.pop();
      this.skipWs();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 44) continue;
      if (c === 93) return arr;
      this.pos--;
      this.fail(`expected "," or "]" but found ${describe(this.text, this.pos)}`);
    }
  }

  private value(depth: number): JsonValue {
    this.skipWs();
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === 123) return this.object(depth);
    if (c === 91) return this.array(depth);
    if (c === 34) return this.string();
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(text);
    if (m && m[0].length > 0 && m[0] !== '-') {
      this.pos += m[0].length;
      return Number(m[0]);
    }
    return this.fail(`unexpected ${describe(text, this.pos)}`);
  }
}

const LITERALS: readonly (readonly [string, JsonValue])[] = [['true', true], ['false', false], ['null', null]];

/** Reads `text` strictly; throws ERR_JSON, ERR_LIMIT_EXCEEDED or (rejectDuplicates) ERR_MALFORMED. */
export function parseStrict(text: string, options: StrictOptions): { value: JsonValue; duplicates: JsonDuplicate[] } {
  const reader = new StrictReader(text, options);
  const value = reader.read();
  return { value, duplicates: reader.duplicates };
}
