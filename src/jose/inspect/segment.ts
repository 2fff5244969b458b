import { base64urlDecode } from '../lib/base64url.ts';
import { tryUtf8Decode, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, echo, type SegmentName } from '../lib/errors.ts';
import { parseJson, type JsonMember } from '../lib/json.ts';
import { indexInSegment } from './gaps.ts';
import type { InspectedMember, InspectedSegment, InspectProblem, Range, SegmentEncoding, SegmentPart } from './types.ts';

/** Collects segments and problems while inspecting. */
export interface Collector {
  segments: InspectedSegment[];
  problems: InspectProblem[];
  /** Duplicate member names found in a payload: findings, not problems (RFC 7515 §4 is about headers). */
  payloadDuplicates: { name: string; offset: number }[];
}

export interface SegmentSpec {
  name: SegmentName;
  part: SegmentPart;
  label: string;
  index?: number;
  encoding: SegmentEncoding;
  start: number;
  raw: string;
  /** For JSON serializations, where the value's text differs from the input (escapes); decode this. */
  value?: string;
  allowEmpty?: boolean;
  /** 'header': must be a JSON object, duplicates are problems. 'payload': JSON if it parses. */
  json?: 'header' | 'payload';
}

export function problem(c: Collector, p: Omit<InspectProblem, 'length'> & { length?: number }): void {
  c.problems.push({ length: 1, ...p });
}

/** UTF-16 offset in `text` -> byte offset in its UTF-8 encoding. Identity for ASCII. */
function byteOffsets(text: string, bytes: Bytes): (i: number) => number {
  if (bytes.length === text.length) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is 4 bytes; its low half starts mid-character.
      table[++i] = b + 2;
      b += 4;
    } else b += 3;
  }
  table[text.length] = b;
  return (i) => table[i]!;
}

/** The input characters that encode the bytes [bs, be) of a segment. */
export function bytesToInput(seg: Pick<InspectedSegment, 'encoding' | 'start'>, bs: number, be: number, toText?: (b: number) => number): Range {
  if (seg.encoding === 'base64url') {
    return { start: seg.start + Math.floor((bs * 8) / 6), end: seg.start + (be > bs ? Math.floor((be * 8 - 1) / 6) + 1 : Math.floor((bs * 8) / 6)) };
  }
  return { start: seg.start + (toText ? toText(bs) : bs), end: seg.start + (toText ? toText(be) : be) };
}

function mapMembers(seg: InspectedSegment, members: JsonMember[], text: string, bytes: Bytes): InspectedMember[] {
  const toByte = byteOffsets(text, bytes);
  // For text/json encodings the characters are the text: input ranges come straight from text offsets.
  const direct = seg.encoding !== 'base64url';
  const out: InspectedMember[] = new Array(members.length);
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const from = m.keyStart ?? m.valueStart;
    const bs = toByte(from);
    const be = toByte(m.valueEnd);
    const last = m.path[m.path.length - 1];
    const member: InspectedMember = {
      path: m.path,
      valueText: { start: m.valueStart, end: m.valueEnd },
      bytes: { start: bs, end: be },
      input: direct ? { start: seg.start + from, end: seg.start + m.valueEnd } : bytesToInput(seg, bs, be),
    };
    if (typeof last === 'string') member.name = last;
    if (m.keyStart !== undefined) member.keyText = { start: m.keyStart, end: m.keyEnd! };
    out[i] = member;
  }
  return out;
}

/** Decodes one segment, recording every problem with its offset in the input; never throws. */
export function decodeSegment(c: Collector, spec: SegmentSpec): InspectedSegment {
  const seg: InspectedSegment = {
    id: c.segments.length,
    name: spec.name,
    part: spec.part,
    label: spec.label,
    ...(spec.index !== undefined ? { index: spec.index } : {}),
    encoding: spec.encoding,
    start: spec.start,
    end: spec.start + spec.raw.length,
    raw: spec.raw,
    ok: true,
  };
  c.segments.push(seg);
  const source = spec.value ?? spec.raw;
  const fail = (code: InspectProblem['code'], message: string, offset: number, length = 1) => {
    seg.ok = false;
    problem(c, { code, message, segment: spec.name, segmentId: seg.id, offset, length });
  };
  if (spec.encoding === 'base64url') {
    try {
      seg.bytes = base64urlDecode(source, { segment: spec.name, offset: spec.start, allowEmpty: spec.allowEmpty });
    } catch (error) {
      const e = error as JoseError;
      fail(source.length === 0 ? 'EMPTY_SEGMENT' : 'BASE64URL', `${spec.label}: ${e.message}`, e.offset ?? spec.start, source.length === 0 ? 0 : 1);
      return seg;
    }
  } else {
    seg.bytes = utf8Encode(source);
  }
  if (!spec.json) return seg;
  const text = tryUtf8Decode(seg.bytes);
  if (text === undefined) {
    if (spec.json === 'header') fail('NOT_UTF8', `${spec.label} is not valid UTF-8`, seg.start, seg.raw.length);
    return seg;
  }
  seg.text = text;
  if (spec.json === 'payload' && !/^[\s\ufeff]*[[{]/.test(text.slice(0, 64))) return seg; // not JSON-looking: leave as text
  try {
    const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { rejectDuplicates: false, what: spec.label });
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const members = shift ? parsed.members.map((m) => ({ ...m, keyStart: m.keyStart === undefined ? undefined : m.keyStart + 1, keyEnd: m.keyEnd === undefined ? undefined : m.keyEnd + 1, valueStart: m.valueStart + 1, valueEnd: m.valueEnd + 1 })) : parsed.members;
    seg.json = { value: parsed.value, members: mapMembers(seg, members, text, seg.bytes) };
    const toByte = byteOffsets(text, seg.bytes);
    for (const d of parsed.duplicates) {
      const at = d.offset + shift;
      const input = spec.encoding === 'base64url' ? bytesToInput(seg, toByte(at), toByte(at) + 1).start : seg.start + at;
      if (spec.json === 'header') fail('DUPLICATE_MEMBER', `${spec.label}: duplicate member name ${echo(d.name)} (RFC 7515 §4: a JOSE Header must not repeat a name)`, input, d.name.length + 2);
      else c.payloadDuplicates.push({ name: d.name, offset: input });
    }
  } catch (error) {
    if (spec.json === 'header' || error instanceof JoseError) {
      const e = error as JoseError;
      const toByte = byteOffsets(text, seg.bytes);
      const at = Math.min(text.length, e.offset ?? 0);
      const input = spec.encoding === 'base64url' ? bytesToInput(seg, toByte(at), toByte(at) + 1).start : seg.start + at;
      if (spec.json === 'header') fail(e.code === 'ERR_LIMIT_EXCEEDED' ? 'JSON_LIMIT' : 'JSON', e.message, Math.min(input, seg.end), 1);
      else if (e.code === 'ERR_LIMIT_EXCEEDED') problem(c, { code: 'JSON_LIMIT', message: e.message, segment: spec.name, segmentId: seg.id, offset: Math.min(input, seg.end) });
    }
  }
  return seg;
}

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
