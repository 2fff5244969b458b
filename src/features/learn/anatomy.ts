import { locate, toHex, type Bytes, type InspectedMember, type InspectedSegment, type InspectResult, type JsonPath, type Range, type SegmentPart } from '../../jose/index.ts';
import type { Translate } from '../../lib/i18n/index.ts';

/**
 * Character -> segment -> 4-character base64url group -> bytes -> JSON member: what the Anatomy view
 * shows and announces for the character under the pointer or the keyboard focus. Pure, on top of
 * inspect()'s offsets (see src/jose/inspect/types.ts).
 */
export interface CharInfo {
  /** Offset in the inspected input. */
  offset: number;
  char: string;
  segment: InspectedSegment;
  /** 1-based position of the character in its segment. */
  position: number;
  /** The 4 characters that decode together (base64url segments only); range in the input. */
  group?: Range & { text: string; index: number; bytes: Range; values: Bytes };
  /** The bytes this one character contributes bits to (one or two), within the segment's bytes. */
  bytes?: Range;
  member?: { path: JsonPath; label: string; part: 'name' | 'value' | 'punctuation'; member: InspectedMember };
  /** One sentence for the live region. */
  description: string;
}

/** ["epk", "x"] -> epk.x, ["aud", 0] -> aud[0]. */
export function pathLabel(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Printable ASCII for a few bytes, dots elsewhere, as hex dumps do. */
function ascii(bytes: Bytes): string {
  return Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '·')).join('');
}

/** Byte offset in a segment's UTF-8 bytes -> UTF-16 offset in its decoded text. */
function byteToText(text: string, byte: number): number {
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    if (b >= byte) return i;
    const c = text.codePointAt(i)!;
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (c >= 0x10000) i++;
  }
  return text.length;
}

/** Whether the character's bytes fall in the member's name, its value, or the ":" and spaces between. */
function partOf(seg: InspectedSegment, member: InspectedMember, bytes: Range | undefined, offset: number): 'name' | 'value' | 'punctuation' {
  if (seg.text === undefined) return 'value';
  let from: number;
  let to: number;
  if (seg.encoding === 'base64url') {
    if (!bytes) return 'value';
    from = byteToText(seg.text, bytes.start);
    to = byteToText(seg.text, bytes.end);
  } else {
    from = offset - seg.start;
    to = from + 1;
  }
  const overlaps = (r: Range | undefined) => r !== undefined && from < r.end && to > r.start;
  // One character carries at most two bytes, so it never reaches from a name to its value.
  if (overlaps(member.valueText)) return 'value';
  if (overlaps(member.keyText)) return 'name';
  return 'punctuation';
}

/**
 * Everything under one character of the inspected input, or undefined between segments (a dot).
 *
 * @example
 * charInfo(inspect('eyJhbGciOiJIUzI1NiJ9.e30.c2ln'), 4)?.member?.label // "alg"
 */
export function charInfo(result: InspectResult, offset: number): CharInfo | undefined {
  const loc = locate(result, offset);
  if (!loc) return undefined;
  const seg = loc.segment;
  const i = offset - seg.start;
  const info: CharInfo = { offset, char: result.input[offset] ?? '', segment: seg, position: i + 1, description: '' };
  if (seg.encoding === 'base64url' && seg.bytes) {
    const index = Math.floor(i / 4);
    const start = seg.start + index * 4;
    const end = Math.min(start + 4, seg.end);
    const bStart = Math.min(index * 3, seg.bytes.length);
    const bEnd = Math.min(bStart + 3, seg.bytes.length);
    info.group = { start, end, text: result.input.slice(start, end), index: index + 1, bytes: { start: bStart, end: bEnd }, values: seg.bytes.slice(bStart, bEnd) };
  }
  if (loc.bytes) info.bytes = loc.bytes;
  if (loc.member) {
    info.member = { path: loc.member.path, label: pathLabel(loc.member.path), part: partOf(seg, loc.member, loc.bytes, offset), member: loc.member };
  }
  info.description = describe(info);
  return info;
}

function describe(info: CharInfo): string {
  const parts = [`${info.segment.label}, character ${info.position} of ${info.segment.end - info.segment.start}: "${info.char}".`];
  if (info.group) {
    const { group } = info;
    parts.push(
      group.values.length
        ? `Group ${group.index} "${group.text}" decodes to byte${group.values.length > 1 ? 's' : ''} ${toHex(group.values).replace(/(..)(?!$)/g, '$1 ')} ("${ascii(group.values)}").`
        : `Group ${group.index} "${group.text}" holds only padding bits.`,
    );
  }
  if (info.member) {
    const what = info.member.part === 'name' ? 'the name of member' : info.member.part === 'value' ? 'the value of member' : 'the punctuation of member';
    parts.push(`In ${what} "${info.member.label}".`);
  } else if (info.segment.json) {
    parts.push('In the JSON punctuation.');
  }
  return parts.join(' ');
}

/** Members of a segment in document order, with their depth, for the "decoded JSON" list. */
export function membersOf(seg: InspectedSegment): { member: InspectedMember; depth: number; label: string }[] {
  if (!seg.json) return [];
  return [...seg.json.members]
    .sort((a, b) => a.bytes.start - b.bytes.start || b.bytes.end - a.bytes.end)
    .map((m) => ({ member: m, depth: m.path.length - 1, label: pathLabel(m.path) }));
}

/** One run of the pretty-printed JSON: plain punctuation, or a member's name or value (selectable). */
export interface JsonPiece {
  text: string;
  /** Index in the segment's `json.members`. */
  member?: number;
  part?: 'name' | 'value';
  /** The value as written, when `text` shows it shortened. */
  full?: string;
}

/**
 * A decoded JSON segment laid out as pretty JSON (two-space indent), built from inspect()'s member
 * ranges so names and values are the exact text of the token (escapes, number forms, duplicates kept)
 * and each one knows its member. Joining the pieces' `text` gives the pretty JSON.
 *
 * @example
 * jsonLayout(seg).map((p) => p.text).join('') // '{\n  "alg": "HS256"\n}'
 */
export function jsonLayout(seg: InspectedSegment, maxValue = 120): JsonPiece[] {
  const text = seg.text;
  const members = seg.json?.members;
  if (text === undefined || !members || members.length === 0) return [];
  // Nesting from the ranges: a member's parent is the nearest earlier member whose value encloses it.
  const order = members.map((_, i) => i).sort((a, b) => members[a]!.valueText.start - members[b]!.valueText.start || members[b]!.valueText.end - members[a]!.valueText.end);
  const children = new Map<number, number[]>([[-1, []]]);
  const stack: number[] = [];
  for (const i of order) {
    const m = members[i]!;
    while (stack.length && members[stack.at(-1)!]!.valueText.end <= m.valueText.start) stack.pop();
    const parent = stack.at(-1) ?? -1;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(i);
    stack.push(i);
  }
  const pieces: JsonPiece[] = [];
  const put = (piece: JsonPiece) => {
    const last = pieces.at(-1);
    if (piece.member === undefined && last && last.member === undefined) last.text += piece.text;
    else pieces.push(piece);
  };
  const container = (open: string, kids: number[], indent: number, self?: number) => {
    const close = open === '{' ? '}' : ']';
    if (self !== undefined) put({ text: open, member: self, part: 'value' });
    else put({ text: open });
    put({ text: '\n' });
    kids.forEach((k, n) => {
      const m = members[k]!;
      put({ text: ' '.repeat(indent + 2) });
      if (m.keyText) {
        put({ text: text.slice(m.keyText.start, m.keyText.end), member: k, part: 'name' });
        put({ text: ': ' });
      }
      value(k, indent + 2);
      put({ text: n < kids.length - 1 ? ',\n' : '\n' });
    });
    put({ text: ' '.repeat(indent) + close });
  };
  const value = (k: number, indent: number) => {
    const m = members[k]!;
    const raw = text.slice(m.valueText.start, m.valueText.end);
    const kids = children.get(k);
    if ((raw[0] === '{' || raw[0] === '[') && kids && kids.length > 0) {
      container(raw[0], kids, indent, m.keyText ? undefined : k);
    } else if (raw.length > maxValue) {
      put({ text: `${raw.slice(0, maxValue - 1)}…`, member: k, part: 'value', full: raw });
    } else {
      put({ text: raw, member: k, part: 'value' });
    }
  };
  const root = text.trimStart()[0] === '[' ? '[' : '{';
  container(root, children.get(-1) ?? [], 0);
  return pieces;
}

/**
 * The parts of the token a step is about, for presenter mode: the segment(s) it decodes or checks,
 * 'separators' for splitting at the dots, or none (the step works on values not in the token).
 */
export function stepSegments(stepId: string): readonly SegmentPart[] | 'separators' {
  switch (stepId) {
    case 'split':
      return 'separators';
    case 'header':
      return ['protected'];
    case 'payload':
      return ['payload'];
    case 'signing-input':
      return ['protected', 'payload'];
    case 'signature':
      return ['signature'];
    case 'key-wrap':
    case 'cek':
      return ['encrypted_key'];
    case 'iv':
      return ['iv'];
    case 'aad':
      return ['protected', 'aad'];
    case 'content-decryption':
    case 'content-encryption':
      return ['ciphertext'];
    case 'tag-check':
      return ['tag'];
    default:
      return [];
  }
}

/**
 * The live region's sentence for a character, in the person's language (`description` is the
 * English one; anatomy.test.ts checks this says the same in English).
 */
export function charText(info: CharInfo, t: Translate, segment: string): string {
  const parts = [t('learn.char.where', { segment, n: info.position, total: info.segment.end - info.segment.start, char: info.char })];
  if (info.group) {
    const { group } = info;
    parts.push(
      group.values.length
        ? t('learn.char.group', { index: group.index, text: group.text, count: group.values.length, hex: toHex(group.values).replace(/(..)(?!$)/g, '$1 '), ascii: ascii(group.values) })
        : t('learn.char.padding', { index: group.index, text: group.text }),
    );
  }
  if (info.member) parts.push(t('learn.char.member', { part: info.member.part, member: info.member.label }));
  else if (info.segment.json) parts.push(t('learn.char.punctuation'));
  return parts.join(' ');
}
