import { JoseError } from './errors.ts';

/** Byte arrays backed by a plain ArrayBuffer, which is what Web Crypto's types accept. */
export type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Text as its UTF-8 bytes.
 *
 * @example
 * utf8Encode('hi'); // Uint8Array [104, 105]
 */
export function utf8Encode(text: string): Bytes {
  return encoder.encode(text) as Bytes;
}

/**
 * Node's Buffer, where there is one: Buffer.from(ascii, 'latin1') takes its bytes from a shared pool,
 * several times cheaper than a new Uint8Array's own backing store.
 */
const nodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'latin1'): Bytes } }).Buffer;

/**
 * The UTF-8 bytes of text that is ASCII but for rare cases (a JWS signing input, a JWE's additional
 * authenticated data): short ASCII is copied code by code (TextEncoder's call costs more than the
 * copy), long or non-ASCII text encoded. With `transient`, bytes that go straight to Web Crypto and
 * are not kept may come from Node's Buffer pool.
 *
 * @example
 * asciiBytes('eyJhbGciOiJIUzI1NiJ9.e30'); // the 24 bytes of the text
 */
export function asciiBytes(text: string, transient = false): Bytes {
  // A long text: TextEncoder's native loop beats a JavaScript one, ASCII or not.
  if (text.length > 2048) return utf8Encode(text);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return utf8Encode(text);
  if (nodeBuffer && transient) return nodeBuffer.from(text, 'latin1');
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/**
 * Strict UTF-8: invalid sequences are an error, and a BOM is kept so it can be reported.
 *
 * @example
 * utf8Decode(new Uint8Array([104, 105])); // 'hi'
 * utf8Decode(new Uint8Array([0xff]));     // throws JoseError: not UTF-8
 */
export function utf8Decode(bytes: Uint8Array, what = 'value'): string {
  try {
    return strictDecoder.decode(bytes);
  } catch (cause) {
    throw new JoseError('ERR_MALFORMED', `The ${what} is not valid UTF-8`, { cause });
  }
}

export function tryUtf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The byte arrays one after the other, in a new array.
 *
 * @example
 * concatBytes(new Uint8Array([1]), new Uint8Array([2])); // Uint8Array [1, 2]
 */
export function concatBytes(...parts: Uint8Array[]): Bytes {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Copies into a fresh ArrayBuffer-backed array (views of SharedArrayBuffers or offsets are normalised). */
export function toBytes(view: Uint8Array | ArrayBuffer): Bytes {
  return view instanceof ArrayBuffer ? new Uint8Array(view.slice(0)) : new Uint8Array(view);
}

/**
 * Whether two byte arrays hold the same bytes.
 *
 * @example
 * bytesEqual(utf8Encode('a'), new Uint8Array([97])); // true
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Compares without an early exit, so timing does not reveal where two MACs first differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export function randomBytes(length: number): Bytes {
  const out = new Uint8Array(length);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let i = 0; i < length; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(length, i + 65536)));
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Bytes as lowercase hex.
 *
 * @example
 * toHex(new Uint8Array([1, 255])); // '01ff'
 */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}

/**
 * Hex text (either case, an even number of digits) as bytes; a JoseError otherwise.
 *
 * @example
 * fromHex('01ff'); // Uint8Array [1, 255]
 */
export function fromHex(hex: string): Bytes {
  const clean = hex.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) {
    throw new JoseError('ERR_MALFORMED', 'Hex text must have an even number of digits 0-9 and a-f');
  }
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Big-endian unsigned 32-bit integer, as Concat KDF and AES-CBC-HMAC's AL need. */
export function uint32be(value: number): Bytes {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0);
  return out;
}

/** Big-endian unsigned 64-bit integer of a bit count (AES-CBC-HMAC's AL). */
export function uint64be(value: number): Bytes {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, Math.floor(value / 2 ** 32));
  view.setUint32(4, value >>> 0);
  return out;
}
