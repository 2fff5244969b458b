/**
 * Containers nested deeper than this are written on one line instead of indented further, so the
 * output stays within a constant factor of the input whatever the depth: indenting every level
 * costs the square of the depth (12,000 nested "[" once made 288 million characters and blanked
 * the page). A person reads 20 levels of indentation; past that a folded line is easier anyway.
 */
export const MAX_INDENTED_DEPTH = 20;

/**
 * Re-indents JSON text without parsing it into values, so what the person sees is what the token
 * holds: numbers keep their digits (9007199254740993 stays exact, 1e400 stays 1e400), strings keep
 * their escapes, and duplicate members both appear. Levels past MAX_INDENTED_DEPTH stay on one line.
 * Returns undefined when the text is not well-formed enough to indent (the caller then shows it
 * as is). Linear in the input, with no recursion, for any depth.
 *
 * @example
 * prettyJson('{"a":[1,2],"b":9007199254740993}');
 * // '{\n  "a": [\n    1,\n    2\n  ],\n  "b": 9007199254740993\n}' (the digits as written)
 */
export function prettyJson(text: string, indent = 2): string | undefined {
  const w = new Indenter(text, indent);
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 34 /* " */) i = w.string(i);
    else if (c === 123 || c === 91 /* { [ */) i = w.open(i);
    else if (c === 125 || c === 93 /* } ] */) i = w.close(i);
    else if (c === 44 /* , */) i = w.comma(i);
    else if (c === 58 /* : */) i = w.colon(i);
    else i = w.scalar(i);
    if (i < 0) return undefined;
  }
  return w.closers.length === 0 ? w.out.join('') : undefined;
}

/** prettyJson's state: the output so far and the open containers. Each step returns where the next token starts, or -1 when the text is not JSON. */
class Indenter {
  readonly out: string[] = [];
  /** The closing bracket of each open container, innermost last: its length is the depth. */
  readonly closers: string[] = [];
  #expectValue = true;
  readonly #pads: string[];
  readonly #text: string;

  constructor(text: string, indent: number) {
    this.#text = text;
    this.#pads = Array.from({ length: MAX_INDENTED_DEPTH + 1 }, (_, d) => '\n' + ' '.repeat(d * indent));
  }

  /** The break before an item of a container at `depth`: none inside a folded (too deep) container. */
  #pad(depth: number): string {
    return depth > MAX_INDENTED_DEPTH ? '' : this.#pads[depth]!;
  }

  /** A string, copied with its escapes as written. */
  string(i: number): number {
    const text = this.#text;
    let j = i + 1;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === 92) j += 2;
      else if (d === 34) break;
      else j++;
    }
    if (j >= text.length) return -1;
    this.out.push(text.slice(i, j + 1));
    this.#expectValue = false;
    return j + 1;
  }

  /** "{" or "[": an empty one stays on one line; otherwise one level deeper. */
  open(i: number): number {
    const text = this.#text;
    const close = text[i] === '{' ? '}' : ']';
    let j = i + 1;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    if (text[j] === close) {
      this.out.push(text[i] + close);
      this.#expectValue = false;
      return j + 1;
    }
    this.closers.push(close);
    this.out.push(text[i]!, this.#pad(this.closers.length));
    this.#expectValue = true;
    return i + 1;
  }

  /** "}" or "]", which must close the innermost open container. */
  close(i: number): number {
    const depth = this.closers.length;
    if (this.closers.pop() !== this.#text[i]) return -1;
    this.out.push(depth > MAX_INDENTED_DEPTH ? '' : this.#pad(depth - 1), this.#text[i]!);
    this.#expectValue = false;
    return i + 1;
  }

  comma(i: number): number {
    const depth = this.closers.length;
    if (depth === 0) return -1;
    this.out.push(',', depth > MAX_INDENTED_DEPTH ? ' ' : this.#pad(depth));
    this.#expectValue = true;
    return i + 1;
  }

  colon(i: number): number {
    this.out.push(': ');
    this.#expectValue = true;
    return i + 1;
  }

  /** A number or a literal, copied as written; only where a value may stand. */
  scalar(i: number): number {
    const text = this.#text;
    let j = i;
    while (j < text.length && /[-+.0-9a-zA-Z]/.test(text[j]!)) j++;
    if (j === i || !this.#expectValue) return -1;
    this.out.push(text.slice(i, j));
    this.#expectValue = false;
    return j;
  }
}

/**
 * Bytes as spaced hex rows of 16, at most `limit` bytes (the rest summarised).
 *
 * @example
 * hexDump(new Uint8Array([1, 2, 3])); // '000000  01 02 03'
 */
export function hexDump(bytes: Uint8Array, limit = 4096): string {
  const rows: string[] = [];
  const shown = Math.min(bytes.length, limit);
  for (let at = 0; at < shown; at += 16) {
    const row: string[] = [];
    for (let k = at; k < Math.min(at + 16, shown); k++) row.push(bytes[k]!.toString(16).padStart(2, '0'));
    rows.push(`${at.toString(16).padStart(6, '0')}  ${row.join(' ')}`);
  }
  if (bytes.length > shown) rows.push(`… ${bytes.length - shown} more bytes`);
  return rows.join('\n');
}
