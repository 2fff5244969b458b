import { utf8Encode } from '../lib/bytes.ts';
import type { InspectedMember, InspectedSegment, ParsedToken, Range } from '../serialize/types.ts';
import { indexInSegment } from './gaps.ts';

/**
 * The bytes one character of the input encodes, within a segment.
 *
 * @example
 * const r = inspect('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln');
 * charToBytes(r.segments[1], 21); // { start: 0, end: 1 }: the payload's first character encodes its first byte
 */
export function charToBytes(seg: InspectedSegment, offset: number): Range | undefined {
  if (offset < seg.start || offset >= seg.end || !seg.bytes) return undefined;
  const i = indexInSegment(seg, offset);
  if (i === undefined) return undefined;
  if (seg.encoding === 'base64url') {
    const start = Math.floor((i * 6) / 8);
    const end = Math.min(seg.bytes.length, Math.floor((i * 6 + 5) / 8) + 1);
    return start < end ? { start, end } : undefined;
  }
  // text and json encodings: the characters are the text, whose UTF-8 bytes are the segment's bytes.
  const b = utf8Encode(seg.raw.slice(0, i)).length;
  return { start: b, end: b + utf8Encode(seg.raw.slice(i, i + 1)).length };
}

/**
 * The innermost JSON member whose encoding covers this character of the input.
 *
 * @example
 * const r = inspect('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln');
 * memberAt(r.segments[1], 25)?.name; // 'sub'
 */
export function memberAt(seg: InspectedSegment, offset: number): InspectedMember | undefined {
  if (!seg.json) return undefined;
  let best: InspectedMember | undefined;
  for (const m of seg.json.members) {
    if (offset >= m.input.start && offset < m.input.end && (!best || m.input.end - m.input.start <= best.input.end - best.input.start)) best = m;
  }
  return best;
}

/** Everything under one character of the input: its segment, the bytes it encodes, the JSON member. */
export interface Location {
  segment: InspectedSegment;
  bytes?: Range;
  member?: InspectedMember;
}

/**
 * What the character at `offset` of the original input is part of: the Anatomy view's lookup.
 *
 * @example
 * locate(inspect(token), 3) // { segment: {label: 'JWS Protected Header', ...}, bytes: {start: 2, end: 3}, member: {path: ['alg'], ...} }
 */
export function locate(result: ParsedToken, offset: number): Location | undefined {
  const segment = result.segments.find((s) => offset >= s.start && offset < s.end);
  if (!segment) return undefined;
  const bytes = charToBytes(segment, offset);
  const member = memberAt(segment, offset);
  return { segment, ...(bytes ? { bytes } : {}), ...(member ? { member } : {}) };
}
