/**
 * A small, strict DER (X.690) reader and writer: just what key files need. Strict means one encoding
 * per value — definite, minimal lengths; minimal INTEGERs; no bytes after the outer value — so a
 * malformed file gets a message naming the byte where it went wrong instead of a guess.
 */
import { JoseError } from '../lib/errors.ts';
import { concatBytes, type Bytes } from '../lib/bytes.ts';

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Context-specific tag [n]; constructed unless told otherwise. */
export const ctxTag = (n: number, constructed = true): number => (constructed ? 0xa0 : 0x80) | n;

/** One DER value: its tag, where it sits in the whole input, and its content bytes. */
export interface DerNode {
  tag: number;
  /** Offset of the tag byte in the whole input. */
  start: number;
  /** Offset just past the value. */
  end: number;
  content: Bytes;
  /** Offset of the first content byte in the whole input. */
  contentStart: number;
}

function fail(message: string, offset: number, what: string): never {
  throw new JoseError('ERR_KEY_INVALID', `The ${what} is not valid DER: ${message} at byte ${offset}`, { segment: 'key', details: { offset } });
}

/** Reads one TLV at `offset` of `bytes` (whose first byte is at `base` in the whole input). */
function readTlv(bytes: Bytes, offset: number, base: number, what: string): DerNode {
  const at = (i: number) => base + i;
  if (offset >= bytes.length) fail('the data ends where a value should start (it is truncated)', at(offset), what);
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) fail('a multi-byte tag, which no key format uses', at(offset), what);
  if (offset + 1 >= bytes.length) fail('the data ends inside a length (it is truncated)', at(offset + 1), what);
  let length = bytes[offset + 1]!;
  let header = 2;
  if (length === 0x80) fail('an indefinite length (BER, not DER)', at(offset + 1), what);
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 4) fail(`a ${count}-byte length, larger than any key`, at(offset + 1), what);
    if (offset + 2 + count > bytes.length) fail('the data ends inside a length (it is truncated)', at(offset + 1), what);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[offset + 2 + i]!;
    if (bytes[offset + 2] === 0 || length < 0x80) fail('a length not in its shortest form', at(offset + 1), what);
    header += count;
  }
  const contentStart = offset + header;
  if (contentStart + length > bytes.length) {
    fail(`a value of ${length} bytes but only ${bytes.length - contentStart} remain (the data is truncated)`, at(offset), what);
  }
  return { tag, start: at(offset), end: at(contentStart + length), content: bytes.subarray(contentStart, contentStart + length), contentStart: at(contentStart) };
}

/** Parses a whole DER value; bytes after it are an error. `what` names the structure in messages. */
export function parseDer(bytes: Bytes, what = 'key'): DerNode {
  const node = readTlv(bytes, 0, 0, what);
  if (node.end !== bytes.length) fail(`${bytes.length - node.end} unexpected bytes after the end of the value`, node.end, what);
  return node;
}

/** The values inside a SEQUENCE, SET or constructed [n]. */
export function children(node: DerNode, what = 'key'): DerNode[] {
  if ((node.tag & 0x20) === 0) fail(`tag 0x${node.tag.toString(16)} is not a constructed value`, node.start, what);
  const out: DerNode[] = [];
  let offset = 0;
  while (offset < node.content.length) {
    const child = readTlv(node.content, offset, node.contentStart, what);
    out.push(child);
    offset = child.end - node.contentStart;
  }
  return out;
}

const TAG_NAMES: Record<number, string> = {
  0x02: 'INTEGER', 0x03: 'BIT STRING', 0x04: 'OCTET STRING', 0x05: 'NULL', 0x06: 'OBJECT IDENTIFIER', 0x30: 'SEQUENCE', 0x31: 'SET',
};
export function tagName(tag: number): string {
  if ((tag & 0xc0) === 0x80) return `[${tag & 0x1f}]`;
  return TAG_NAMES[tag] ?? `tag 0x${tag.toString(16).padStart(2, '0')}`;
}

/** Asserts a node's tag; `field` names the field for the message ("the RSA modulus"). */
export function expect(node: DerNode | undefined, tag: number, field: string, what = 'key'): DerNode {
  if (!node) throw new JoseError('ERR_KEY_INVALID', `The ${what} is not valid: ${field} is missing`, { segment: 'key' });
  if (node.tag !== tag) fail(`${field} should be ${tagName(tag)} but is ${tagName(node.tag)}`, node.start, what);
  return node;
}

/** A SEQUENCE's children, checking the tag and the number of fields. */
export function sequence(node: DerNode | undefined, field: string, what: string, min: number, max = min): DerNode[] {
  const items = children(expect(node, TAG.SEQUENCE, field, what), what);
  if (items.length < min || items.length > max) {
    fail(`${field} has ${items.length} fields; expected ${min === max ? min : `${min} to ${max}`}`, node!.start, what);
  }
  return items;
}

/** A non-negative INTEGER as big-endian bytes without sign padding (as JWK members want them). */
export function readUnsigned(node: DerNode | undefined, field: string, what = 'key'): Bytes {
  const n = expect(node, TAG.INTEGER, field, what);
  const c = n.content;
  if (c.length === 0) fail(`${field} is an empty INTEGER`, n.start, what);
  if (c.length > 1 && ((c[0] === 0 && c[1]! < 0x80) || (c[0] === 0xff && c[1]! >= 0x80))) fail(`${field} is an INTEGER not in its shortest form`, n.start, what);
  if (c[0]! >= 0x80) fail(`${field} is negative`, n.start, what);
  return c[0] === 0 && c.length > 1 ? c.slice(1) : c.slice();
}

/** A small INTEGER (a version number). */
export function readSmallInt(node: DerNode | undefined, field: string, what = 'key'): number {
  const bytes = readUnsigned(node, field, what);
  if (bytes.length > 4) fail(`${field} is too large`, node!.start, what);
  let v = 0;
  for (const b of bytes) v = v * 256 + b;
  return v;
}

export function readOid(node: DerNode | undefined, field: string, what = 'key'): string {
  const n = expect(node, TAG.OID, field, what);
  const c = n.content;
  if (c.length === 0 || (c[c.length - 1]! & 0x80) !== 0) fail(`${field} is a malformed OBJECT IDENTIFIER`, n.start, what);
  const arcs: number[] = [];
  let value = 0;
  let first = true;
  for (let i = 0; i < c.length; i++) {
    if (value === 0 && c[i] === 0x80) fail(`${field} is an OBJECT IDENTIFIER not in its shortest form`, n.contentStart + i, what);
    value = value * 128 + (c[i]! & 0x7f);
    if ((c[i]! & 0x80) === 0) {
      if (first) {
        const top = value < 40 ? 0 : value < 80 ? 1 : 2;
        arcs.push(top, value - top * 40);
        first = false;
      } else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}

/** A BIT STRING that holds whole bytes (every key's is). */
export function readBitString(node: DerNode | undefined, field: string, what = 'key'): Bytes {
  const n = expect(node, TAG.BIT_STRING, field, what);
  if (n.content.length === 0 || n.content[0] !== 0) fail(`${field} is a BIT STRING that does not hold whole bytes`, n.start, what);
  return n.content.slice(1);
}

export function readOctetString(node: DerNode | undefined, field: string, what = 'key'): Bytes {
  return expect(node, TAG.OCTET_STRING, field, what).content.slice();
}

// ---- writing ----

function lengthBytes(length: number): Bytes {
  if (length < 0x80) return new Uint8Array([length]);
  const out: number[] = [];
  for (let v = length; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return new Uint8Array([0x80 | out.length, ...out]);
}

export function tlv(tag: number, ...content: Uint8Array[]): Bytes {
  const body = concatBytes(...content);
  return concatBytes(new Uint8Array([tag]), lengthBytes(body.length), body);
}

export const derSequence = (...items: Uint8Array[]): Bytes => tlv(TAG.SEQUENCE, ...items);
export const derNull = (): Bytes => new Uint8Array([TAG.NULL, 0]);
export const derOctetString = (bytes: Uint8Array): Bytes => tlv(TAG.OCTET_STRING, bytes);
export const derBitString = (bytes: Uint8Array): Bytes => tlv(TAG.BIT_STRING, new Uint8Array([0]), bytes);

/** An unsigned big-endian integer, minimal, with a 0x00 in front when its top bit is set. */
export function derUnsigned(bytes: Uint8Array): Bytes {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const trimmed = bytes.length === 0 ? new Uint8Array([0]) : bytes.subarray(i);
  return trimmed[0]! >= 0x80 ? tlv(TAG.INTEGER, new Uint8Array([0]), trimmed) : tlv(TAG.INTEGER, trimmed);
}

export const derSmallInt = (value: number): Bytes => derUnsigned(new Uint8Array([value]));

export function derOid(dotted: string): Bytes {
  const arcs = dotted.split('.').map(Number);
  const values = [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)];
  const out: number[] = [];
  for (const v of values) {
    const chunk = [v & 0x7f];
    for (let rest = Math.floor(v / 128); rest > 0; rest = Math.floor(rest / 128)) chunk.unshift((rest & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(TAG.OID, new Uint8Array(out));
}
