import { JoseError, type SegmentName } from './errors.ts';
import type { Bytes } from './bytes.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// One entry per UTF-16 code unit, so the hot loop needs no range check: -1 marks "not base64url".
const VALUES = new Int8Array(65536).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
const BASE64URL_TEXT = /^[A-Za-z0-9_-]*$/;

type FromBase64 = (text: string, options: { alphabet: 'base64url'; lastChunkHandling: 'loose' }) => Uint8Array<ArrayBuffer>;
// Native decoding where the runtime has it (Chromium, recent Node); the input is validated before.
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;

type SetFromBase64 = (this: Uint8Array, text: string, options: { alphabet: 'base64url'; lastChunkHandling: 'loose' }) => { read: number; written: number };
const nativeSetFromBase64 = (Uint8Array.prototype as unknown as { setFromBase64?: SetFromBase64 }).setFromBase64;

type ToBase64 = (this: Uint8Array, options: { alphabet: 'base64url'; omitPadding: true }) => string;
const nativeToBase64 = (Uint8Array.prototype as unknown as { toBase64?: ToBase64 }).toBase64;

/**
 * Node's Buffer, where there is one: native base64url both ways (Node 20 has no fromBase64 /
 * toBase64). Much faster than a JS loop on megabytes, slower on a header's few dozen characters, so
 * only above LARGE. Browsers never see it: they have the native methods above, or the JS loop.
 */
type NodeBufferView = { write(text: string, offset: number, length: number, encoding: 'base64url'): number; toString(encoding: 'base64url'): string };
const nodeBuffer = (globalThis as { Buffer?: { from(buffer: ArrayBufferLike, byteOffset: number, length: number): NodeBufferView } }).Buffer;
const LARGE = 1024;

const CODES = new Uint8Array(64);
for (let i = 0; i < 64; i++) CODES[i] = ALPHABET.charCodeAt(i);
/** Only ASCII is decoded with it: windows-1252 ("latin1") maps 0-127 to the same characters. */
const ascii = new TextDecoder('latin1');

/**
 * Bytes as base64url without padding (RFC 7515 §2).
 *
 * @example
 * base64urlEncode(utf8Encode('hi')); // 'aGk'
 */
export function base64urlEncode(bytes: Uint8Array): string {
  if (nativeToBase64) return nativeToBase64.call(bytes, { alphabet: 'base64url', omitPadding: true });
  if (nodeBuffer && bytes.length >= LARGE) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64url');
  // Character codes written into bytes and decoded once: much faster than growing a string, and
  // the result is flat when the token is joined.
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

export interface DecodeContext {
  /** Which segment is being decoded, for the error message. */
  segment?: SegmentName;
  /** Offset of the segment's first character in the whole token. */
  offset?: number;
  /** An empty segment is an error unless allowed (the payload of a detached JWS, the key of dir). */
  allowEmpty?: boolean;
}

function describeChar(ch: string): string {
  if (ch === '=') return 'padding "=" (base64url in JOSE is unpadded)';
  if (ch === '+' || ch === '/') return `"${ch}" from the standard base64 alphabet (base64url uses "-" and "_")`;
  if (/\s/.test(ch)) return 'whitespace';
  if (ch === '.') return 'a "." (segment separator)';
  const code = ch.codePointAt(0) ?? 0;
  return code < 32 || code > 126 ? `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `the character "${ch}"`;
}

function where(ctx: DecodeContext): string {
  return ctx.segment ? ` in the ${ctx.segment.replace('_', ' ')}` : '';
}

/**
 * Strict RFC 7515 §2 base64url: only [A-Za-z0-9_-], no padding, no whitespace, length % 4 != 1 and
 * zero unused trailing bits, so every byte string has exactly one accepted encoding.
 *
 * @example
 * base64urlDecode('aGk');  // Uint8Array [104, 105]
 * base64urlDecode('aGk='); // throws JoseError ERR_BASE64URL (padding is not base64url)
 */
export function base64urlDecode(text: string, ctx: DecodeContext = {}): Bytes {
  assertBase64url(text, ctx);
  return base64urlDecodeChecked(text);
}

/**
 * Decodes text that assertBase64url has already accepted (a parser that checks first and decodes
 * later), into `target` when given: exactly decodedLength(text) bytes, so two segments can share one
 * buffer (a JWE's ciphertext and tag, which AES-GCM takes together).
 */
export function base64urlDecodeChecked(text: string, target?: Bytes): Bytes {
  if (!target && nativeFromBase64) return nativeFromBase64(text, { alphabet: 'base64url', lastChunkHandling: 'loose' });
  const out = target ?? new Uint8Array(decodedLength(text.length));
  if (nativeSetFromBase64) nativeSetFromBase64.call(out, text, { alphabet: 'base64url', lastChunkHandling: 'loose' });
  else if (nodeBuffer && text.length >= LARGE) nodeBuffer.from(out.buffer, out.byteOffset, out.length).write(text, 0, out.length, 'base64url');
  else decodeValid(text, out);
  return out;
}

/** How many bytes canonical base64url text of this length decodes to. */
export function decodedLength(length: number): number {
  return Math.floor((length * 3) / 4);
}

/**
 * Whether text is canonical base64url (what assertBase64url accepts), with nothing allocated: a
 * parser's fast path, which calls assertBase64url for the error only when this says no.
 */
export function isCanonicalBase64url(text: string, allowEmpty: boolean): boolean {
  const length = text.length;
  if (length === 0) return allowEmpty;
  const rest = length % 4;
  if (rest === 1 || !BASE64URL_TEXT.test(text)) return false;
  if (rest === 0) return true;
  const last = VALUES[text.charCodeAt(length - 1)]!;
  return (rest === 2 ? last & 0x0f : last & 0x03) === 0;
}

/** The checks of base64urlDecode without decoding: for parsers that only need to know the text is sound. */
export function assertBase64url(text: string, ctx: DecodeContext = {}): void {
  const base = ctx.offset ?? 0;
  if (text.length === 0 && !ctx.allowEmpty) {
    throw new JoseError('ERR_BASE64URL', `The ${ctx.segment?.replace('_', ' ') ?? 'value'} is empty`, {
      params: { empty: true },
      segment: ctx.segment,
      offset: base,
    });
  }
  // A native regex test is far faster than a JS loop on megabyte tokens; the loop runs only to name the culprit.
  if (!BASE64URL_TEXT.test(text)) {
    for (let i = 0; i < text.length; i++) {
      if (VALUES[text.charCodeAt(i)] === -1) {
        const ch = String.fromCodePoint(text.codePointAt(i) ?? text.charCodeAt(i));
        throw new JoseError('ERR_BASE64URL', `Invalid base64url${where(ctx)} at character ${base + i}: ${describeChar(ch)}`, {
          params: { at: base + i, char: JSON.stringify(ch) },
          segment: ctx.segment,
          offset: base + i,
        });
      }
    }
  }
  if (text.length % 4 === 1) {
    throw new JoseError(
      'ERR_BASE64URL',
      `Invalid base64url${where(ctx)}: a length of ${text.length} characters (4n+1) cannot encode whole bytes`,
      { segment: ctx.segment, offset: base + text.length - 1, params: { length: text.length } },
    );
  }
  const rest = text.length % 4;
  if (rest > 0) {
    const last = VALUES[text.charCodeAt(text.length - 1)]!;
    const unusedBits = rest === 2 ? last & 0x0f : last & 0x03;
    if (unusedBits !== 0) {
      throw new JoseError(
        'ERR_BASE64URL',
        `Non-canonical base64url${where(ctx)} at character ${base + text.length - 1}: its unused trailing bits are not zero`,
        { segment: ctx.segment, offset: base + text.length - 1, params: { at: base + text.length - 1, trailingBits: true } },
      );
    }
  }
}

function decodeValid(text: string, out: Bytes): void {
  const rest = text.length % 4;
  let o = 0;
  let i = 0;
  const whole = text.length - rest;
  for (; i < whole; i += 4) {
    const n =
      (VALUES[text.charCodeAt(i)]! << 18) |
      (VALUES[text.charCodeAt(i + 1)]! << 12) |
      (VALUES[text.charCodeAt(i + 2)]! << 6) |
      VALUES[text.charCodeAt(i + 3)]!;
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  if (rest > 0) {
    const a = VALUES[text.charCodeAt(i)]!;
    const b = VALUES[text.charCodeAt(i + 1)]!;
    const c = rest === 3 ? VALUES[text.charCodeAt(i + 2)]! : 0;
    const n = (a << 18) | (b << 12) | (c << 6);
    out[o] = n >>> 16;
    if (rest === 3) out[o + 1] = (n >>> 8) & 255;
  }
}

/**
 * True when the text is canonical base64url (the same rules as base64urlDecode, without throwing).
 *
 * @example
 * isBase64url('aGk');  // true
 * isBase64url('aGk='); // false
 */
export function isBase64url(text: string): boolean {
  try {
    base64urlDecode(text, { allowEmpty: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Standard base64 (with padding), for PEM bodies and secrets; whitespace is ignored.
 *
 * @example
 * base64Decode('aGk='); // Uint8Array [104, 105]
 */
export function base64Decode(text: string): Bytes {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.replace(/=+$/, '').length % 4 === 1) {
    throw new JoseError('ERR_MALFORMED', 'The text is not valid base64');
  }
  const unpadded = clean.replace(/=+$/, '');
  return base64urlDecodeLoose(unpadded.replace(/\+/g, '-').replace(/\//g, '_'));
}

/** base64url that tolerates non-zero trailing bits (for keys typed by people, not for tokens). */
function base64urlDecodeLoose(text: string): Bytes {
  const rest = text.length % 4;
  if (rest === 0 || rest === 1) return base64urlDecode(text, { allowEmpty: true });
  // Clear the unused bits of the last character before the strict decoder sees it.
  const last = VALUES[text.charCodeAt(text.length - 1)]!;
  const mask = rest === 2 ? 0x30 : 0x3c;
  return base64urlDecode(text.slice(0, -1) + ALPHABET[last & mask]!, { allowEmpty: true });
}

/**
 * Bytes as standard base64 with padding (PEM bodies, secrets).
 *
 * @example
 * base64Encode(new Uint8Array([255])); // '/w=='
 */
export function base64Encode(bytes: Uint8Array): string {
  const url = base64urlEncode(bytes).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
}
