/**
 * The position after the JSON whitespace (RFC 8259 §2: space, tab, line feed, carriage return) that
 * starts at `pos`. Shared by the strict parser and the member-range scanner, which must agree on it.
 */
export function skipJsonWhitespace(text: string, pos: number): number {
  for (; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return pos;
}
