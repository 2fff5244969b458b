import { base64urlDecode, type DecodeContext } from '../lib/base64url.ts';
import type { Bytes } from '../lib/bytes.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Six-bit value of each base64url character; 255 for everything else (so a bad char sets bit 7). */
const SEXTETS = new Uint8Array(256).fill(255);
for (let i = 0; i < ALPHABET.length; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i;

/**
 * base64urlDecode in one pass for the segments verify reads on every call (payload, signature).
 * It decodes only what base64urlDecode accepts, to the same bytes; on anything it would refuse (a
 * character outside the alphabet, a 4n+1 length, non-zero trailing bits, an empty segment) it hands
 * the text to base64urlDecode, whose error (segment, offset, wording) is the one thrown.
 */
export function decodeSegment(text: string, ctx: DecodeContext): Bytes {
  const length = text.length;
  const rest = length & 3;
  if (rest === 1 || (length === 0 && !ctx.allowEmpty)) return base64urlDecode(text, ctx);
  const out = new Uint8Array(((length - rest) / 4) * 3 + (rest === 0 ? 0 : rest - 1));
  let bad = 0;
  let o = 0;
  let i = 0;
  for (const whole = length - rest; i < whole; i += 4) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3);
    // Char codes above 255 are refused too (their high byte lands in the "bad" mask).
    const va = SEXTETS[a & 255]!;
    const vb = SEXTETS[b & 255]!;
    const vc = SEXTETS[c & 255]!;
    const vd = SEXTETS[d & 255]!;
    bad |= va | vb | vc | vd | ((a | b | c | d) & 0xff00);
    const n = (va << 18) | (vb << 12) | (vc << 6) | vd;
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  if (rest > 0) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = rest === 3 ? text.charCodeAt(i + 2) : 65; // 'A' (0) stands in for the missing third
    const va = SEXTETS[a & 255]!;
    const vb = SEXTETS[b & 255]!;
    const vc = SEXTETS[c & 255]!;
    bad |= va | vb | vc | ((a | b | c) & 0xff00);
    // Non-canonical: the unused low bits of the last character must be zero.
    bad |= rest === 2 ? (vb & 0x0f ? 128 : 0) : vc & 0x03 ? 128 : 0;
    const n = (va << 18) | (vb << 12) | (vc << 6);
    out[o++] = n >>> 16;
    if (rest === 3) out[o] = (n >>> 8) & 255;
  }
  return bad & 0xff80 ? base64urlDecode(text, ctx) : out;
}

const CODES = new Uint8Array(64);
for (let i = 0; i < 64; i++) CODES[i] = ALPHABET.charCodeAt(i);
/** ASCII is all it decodes here: windows-1252 ("latin1") maps 0-127 to the same characters. */
const ascii = new TextDecoder('latin1');

/**
 * base64urlEncode for the segments sign writes on every call (header, payload, signature): the
 * same text, built as character codes and decoded once, instead of a string grown four characters
 * at a time (which also had to be flattened when the token was joined).
 */
export function encodeSegment(bytes: Uint8Array): string {
  const length = bytes.length;
  const out = new Uint8Array(Math.ceil((length * 4) / 3));
  let o = 0;
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODES[n >>> 18]!;
    out[o++] = CODES[(n >>> 12) & 63]!;
    out[o++] = CODES[(n >>> 6) & 63]!;
    out[o++] = CODES[n & 63]!;
  }
  const rest = length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out[o] = CODES[n >>> 18]!;
    out[o + 1] = CODES[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out[o] = CODES[n >>> 18]!;
    out[o + 1] = CODES[(n >>> 12) & 63]!;
    out[o + 2] = CODES[(n >>> 6) & 63]!;
  }
  return ascii.decode(out);
}
