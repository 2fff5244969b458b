import type { Bytes } from '../lib/bytes.ts';
import type { JsonMember, JsonValue, ParsedJson } from '../lib/json.ts';
import type { InspectedMember, InspectedSegment, Range, SegmentJson } from './types.ts';

/**
 * A segment's JSON as the parsed token holds it: the value at once, and where each member is in the
 * segment's text, bytes and the input computed only when someone asks (the decoder's colours, a
 * finding's offset), so verify and decrypt never pay for them.
 */

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

/** JSON member ranges (in `text`, shifted by `shift` for a skipped BOM) as ranges of the segment and of the input. */
function mapMembers(seg: Pick<InspectedSegment, 'encoding' | 'start'>, members: JsonMember[], shift: number, toByte: (i: number) => number): InspectedMember[] {
  // For text/json encodings the characters are the text: input ranges come straight from text offsets.
  const direct = seg.encoding !== 'base64url';
  const out: InspectedMember[] = new Array(members.length);
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const from = (m.keyStart ?? m.valueStart) + shift;
    const to = m.valueEnd + shift;
    const bs = toByte(from);
    const be = toByte(to);
    const last = m.path[m.path.length - 1];
    const member: InspectedMember = {
      path: m.path,
      valueText: { start: m.valueStart + shift, end: to },
      bytes: { start: bs, end: be },
      input: direct ? { start: seg.start + from, end: seg.start + to } : bytesToInput(seg, bs, be),
    };
    if (typeof last === 'string') member.name = last;
    if (m.keyStart !== undefined) member.keyText = { start: m.keyStart + shift, end: m.keyEnd! + shift };
    out[i] = member;
  }
  return out;
}

/**
 * A segment's JSON: the value now, its member lists mapped to the segment and the input when first
 * read. A class rather than an object of closures: one allocation per segment on the hot path.
 */
export class LazySegmentJson implements SegmentJson {
  #all: InspectedMember[] | undefined;
  #top: InspectedMember[] | undefined;
  #toByte: ((i: number) => number) | undefined;
  #toInput: ((start: number, end: number) => Range) | undefined;
  // Private fields: not enumerable, so the value copies, clones and stringifies as { value, duplicates }.
  /** Where the segment was when read: member ranges are computed from there (inspect may move the segment after, see remap). */
  readonly #seg: Pick<InspectedSegment, 'encoding' | 'start' | 'bytes'>;
  readonly #parsed: ParsedJson;
  readonly #shift: number;
  readonly #text: string;

  readonly value: JsonValue;
  readonly duplicates: SegmentJson['duplicates'];

  constructor(value: JsonValue, duplicates: SegmentJson['duplicates'], seg: InspectedSegment, parsed: ParsedJson, shift: number, text: string) {
    this.value = value;
    this.duplicates = duplicates;
    this.#seg = { encoding: seg.encoding, start: seg.start, bytes: seg.bytes };
    this.#parsed = parsed;
    this.#shift = shift;
    this.#text = text;
  }

  #offsets(): (i: number) => number {
    return (this.#toByte ??= byteOffsets(this.#text, this.#seg.bytes!));
  }

  #map(members: JsonMember[]): InspectedMember[] {
    const out = mapMembers(this.#seg, members, this.#shift, this.#offsets());
    const toInput = this.#toInput;
    if (toInput) for (const m of out) m.input = toInput(m.input.start, m.input.end);
    return out;
  }

  get members(): InspectedMember[] {
    return (this.#all ??= this.#map(this.#parsed.members));
  }

  get topMembers(): InspectedMember[] {
    return (this.#top ??= this.#all ? this.#all.filter((m) => m.path.length === 1) : this.#map(this.#parsed.topMembers));
  }

  /** Input ranges of members and repeated names moved through `toInput`, now and when members are first read. */
  remap(toInput: (start: number, end: number) => Range): void {
    this.#toInput = toInput;
    for (const d of this.duplicates) d.offset = toInput(d.offset, d.offset + 1).start;
    const seen = new Set<InspectedMember>();
    for (const m of [...(this.#all ?? []), ...(this.#top ?? [])]) {
      if (seen.has(m)) continue;
      seen.add(m);
      m.input = toInput(m.input.start, m.input.end);
    }
  }
}

/**
 * Moves a segment's JSON to other input coordinates (inspect reads a token broken across lines
 * without the breaks, then maps every offset back to the text as pasted).
 */
export function remapJsonInput(json: SegmentJson, toInput: (start: number, end: number) => Range): void {
  if (json instanceof LazySegmentJson) json.remap(toInput);
}

export const NO_DUPLICATES: SegmentJson['duplicates'] = [];

/** From a UTF-16 offset in a segment's text to the input character that encodes it. */
export function inputAt(seg: InspectedSegment, text: string, bytes: Bytes): (at: number) => number {
  if (seg.encoding !== 'base64url') return (at) => seg.start + at;
  let toByte: ((i: number) => number) | undefined;
  return (at) => {
    toByte ??= byteOffsets(text, bytes);
    return bytesToInput(seg, toByte(at), toByte(at) + 1).start;
  };
}
