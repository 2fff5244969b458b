import type { JsonMember, JsonPath } from './json-types.ts';
import { skipJsonWhitespace } from './json-whitespace.ts';

/** A character that ends a scalar: a separator or a closing bracket. */
function isEnd(c: number): boolean {
  return c === 44 || c === 125 || c === 93 || c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * One walk over JSON text that parseJson has accepted, so it checks nothing and builds no value:
 * it only records where each member is.
 */
class RangeWalker {
  private pos = 0;
  readonly members: JsonMember[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  private skipWs(): void {
    this.pos = skipJsonWhitespace(this.text, this.pos);
  }

  /**
   * From an opening quote to after the closing one. indexOf jumps to the next quote at the runtime's
   * speed (a megabyte string is one call, not a million loop turns); an odd run of backslashes
   * before it means the quote is escaped, so the search goes on after it.
   */
  private skipString(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      pos = text.indexOf('"', pos + 1);
      if (pos === -1) {
        pos = text.length;
        break;
      }
      let slashes = 0;
      while (text.charCodeAt(pos - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
    }
    this.pos = pos + 1;
  }

  /** Past a value (a scalar, or a container at maxDepth) without recording anything inside it. */
  private skipValue(): void {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === 34) return this.skipString();
    if (c !== 123 && c !== 91) {
      while (this.pos < text.length && !isEnd(text.charCodeAt(this.pos))) this.pos++;
      return;
    }
    let depth = 0;
    do {
      const d = text.charCodeAt(this.pos);
      if (d === 34) {
        this.skipString();
        continue;
      }
      if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) depth--;
      this.pos++;
    } while (depth > 0);
  }

  private keyName(start: number, end: number): string {
    const raw = this.text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, end)) as string) : raw;
  }

  private object(path: JsonPath, depth: number): void {
    while (this.text.charCodeAt(this.pos) !== 125) {
      this.skipWs();
      const keyStart = this.pos;
      this.skipString();
      const keyEnd = this.pos;
      this.skipWs();
      this.pos++; // ":"
      this.skipWs();
      const valueStart = this.pos;
      const memberPath = [...path, this.keyName(keyStart, keyEnd)];
      this.value(memberPath, depth + 1);
      this.members.push({ path: memberPath, keyStart, keyEnd, valueStart, valueEnd: this.pos });
      this.skipWs();
      if (this.text.charCodeAt(this.pos) === 44) this.pos++;
    }
  }

  private array(path: JsonPath, depth: number): void {
    for (let i = 0; this.text.charCodeAt(this.pos) !== 93; i++) {
      this.skipWs();
      const valueStart = this.pos;
      const elementPath = [...path, i];
      this.value(elementPath, depth + 1);
      this.members.push({ path: elementPath, valueStart, valueEnd: this.pos });
      this.skipWs();
      if (this.text.charCodeAt(this.pos) === 44) this.pos++;
    }
  }

  value(path: JsonPath, depth: number): void {
    this.skipWs();
    const c = this.text.charCodeAt(this.pos);
    if ((c !== 123 && c !== 91) || depth >= this.maxDepth) return this.skipValue();
    this.pos++;
    this.skipWs();
    if (c === 123) this.object(path, depth);
    else this.array(path, depth);
    this.pos++;
  }
}

/**
 * Where every member (and array element) of a JSON text is: the second, lazy pass of parseJson.
 * Members come in the order the old one-pass parser gave them (a member after everything inside
 * it). `maxDepth` 1 lists only the top-level members, skipping over what is inside them.
 */
export function memberRanges(text: string, maxDepth = Infinity): JsonMember[] {
  const walker = new RangeWalker(text, maxDepth);
  walker.value([], 0);
  return walker.members;
}
