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
  const out: string[] = [];
  const pads = Array.from({ length: MAX_INDENTED_DEPTH + 1 }, (_, d) => '\n' + ' '.repeat(d * indent));
  // The break before an item of a container at `depth`: none inside a folded (too deep) container.
  const pad = (depth: number) => (depth > MAX_INDENTED_DEPTH ? '' : pads[depth]!);
  let depth = 0;
  let i = 0;
  const n = text.length;
  // Stack of open brackets, to check nesting and keep [] / {} compact.
  const stack: string[] = [];
  let expectValue = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 34 /* " */) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 34) break;
        else j++;
      }
      if (j >= n) return undefined;
      out.push(text.slice(i, j + 1));
      i = j + 1;
      expectValue = false;
      continue;
    }
    if (c === 123 || c === 91 /* { [ */) {
      const close = c === 123 ? '}' : ']';
      // Empty object or array stays on one line.
      let j = i + 1;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (text[j] === close) {
        out.push(c === 123 ? '{}' : '[]');
        i = j + 1;
        expectValue = false;
        continue;
      }
      stack.push(close);
      depth++;
      out.push(text[i]!, pad(depth));
      i++;
      expectValue = true;
      continue;
    }
    if (c === 125 || c === 93 /* } ] */) {
      if (stack.pop() !== text[i]) return undefined;
      const folded = depth > MAX_INDENTED_DEPTH;
      depth--;
      out.push(folded ? '' : pad(depth), text[i]!);
      i++;
      expectValue = false;
      continue;
    }
    if (c === 44 /* , */) {
      if (stack.length === 0) return undefined;
      out.push(',', depth > MAX_INDENTED_DEPTH ? ' ' : pad(depth));
      i++;
      expectValue = true;
      continue;
    }
    if (c === 58 /* : */) {
      out.push(': ');
      i++;
      expectValue = true;
      continue;
    }
    // A number or a literal: copied as written.
    let j = i;
    while (j < n && /[-+.0-9a-zA-Z]/.test(text[j]!)) j++;
    if (j === i || !expectValue) return undefined;
    out.push(text.slice(i, j));
    i = j;
    expectValue = false;
  }
  if (stack.length !== 0) return undefined;
  return out.join('');
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
