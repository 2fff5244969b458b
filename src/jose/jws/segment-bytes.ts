import { base64urlEncode } from '../lib/base64url.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CODES = new Uint8Array(64);
for (let i = 0; i < 64; i++) CODES[i] = ALPHABET.charCodeAt(i);
/** ASCII is all it decodes here: windows-1252 ("latin1") maps 0-127 to the same characters. */
const ascii = new TextDecoder('latin1');

/** Runtimes with Uint8Array.prototype.toBase64 (Chromium): base64urlEncode is native there. */
const hasNativeEncoder = typeof (Uint8Array.prototype as { toBase64?: unknown }).toBase64 === 'function';

/**
 * base64urlEncode for the segments sign writes on every call (header, payload, signature): the
 * same text. Without a native encoder it is built as character codes and decoded once, instead of
 * a string grown four characters at a time (which also had to be flattened when the token was joined).
 */
export function encodeSegment(bytes: Uint8Array): string {
  if (hasNativeEncoder) return base64urlEncode(bytes);
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
