import type { FindingCode } from './finding-codes.ts';

/**
 * Every failure caused by bad data (a token, a key, a header) is a JoseError with a stable `code`;
 * the UI branches on `code`, never on message text. A caller's programming bug may still be a TypeError.
 */
export type JoseErrorCode =
  | 'ERR_MALFORMED'
  | 'ERR_BASE64URL'
  | 'ERR_JSON'
  | 'ERR_SIGNATURE_INVALID'
  | 'ERR_DECRYPTION_FAILED'
  | 'ERR_KEY_UNWRAP_FAILED'
  | 'ERR_TAG_MISMATCH'
  | 'ERR_KEY_INVALID'
  | 'ERR_KEY_MISMATCH'
  | 'ERR_KEY_REQUIRED'
  | 'ERR_KEY_NOT_FOUND'
  | 'ERR_ALG_UNSUPPORTED'
  | 'ERR_ALG_NOT_ALLOWED'
  | 'ERR_ENC_UNSUPPORTED'
  | 'ERR_CRIT_UNSUPPORTED'
  | 'ERR_LIMIT_EXCEEDED'
  | 'ERR_CLAIM_INVALID'
  | 'ERR_RUNTIME_UNSUPPORTED'
  /** An x5c chain that does not reach a pasted root (or is broken or expired), and the leaf was not opted into. */
  | 'ERR_X5C_UNTRUSTED'
  // SD-JWT (RFC 9901) and SD-JWT VC: which disclosure or which Key Binding JWT member failed
  | 'ERR_SDJWT_MALFORMED'
  | 'ERR_SDJWT_ORDER'
  | 'ERR_SDJWT_DISCLOSURE_MALFORMED'
  | 'ERR_SDJWT_DISCLOSURE_KIND'
  | 'ERR_SDJWT_DISCLOSURE_DUPLICATE'
  | 'ERR_SDJWT_DISCLOSURE_UNREFERENCED'
  | 'ERR_SDJWT_RESERVED_NAME'
  | 'ERR_SDJWT_CLAIM_EXISTS'
  | 'ERR_SDJWT_DIGEST_DUPLICATE'
  | 'ERR_SDJWT_DIGESTS_MALFORMED'
  | 'ERR_SDJWT_SD_ALG'
  | 'ERR_SDJWT_POINTER'
  | 'ERR_SDJWT_KB_REQUIRED'
  | 'ERR_SDJWT_KB_UNEXPECTED'
  | 'ERR_SDJWT_KB_MALFORMED'
  | 'ERR_SDJWT_KB_KEY'
  | 'ERR_SDJWT_KB_TYP'
  | 'ERR_SDJWT_KB_SIGNATURE'
  | 'ERR_SDJWT_KB_IAT'
  | 'ERR_SDJWT_KB_AUD'
  | 'ERR_SDJWT_KB_NONCE'
  | 'ERR_SDJWT_KB_SD_HASH'
  | 'ERR_SDJWT_VC_INVALID';

/** The part of a token an error or finding points at. */
export type SegmentName =
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted_key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'aad'
  | 'token'
  | 'key'
  | 'disclosure'
  | 'kb_jwt';

export interface JoseErrorOptions {
  segment?: SegmentName;
  /** Character offset in the text the caller gave (the whole token), where known. */
  offset?: number;
  /** Which step of an operation failed (for traces and the Learn screen). */
  step?: string;
  cause?: unknown;
  /** Anything else the UI may show (the kids present in a JWKS, a limit's value). */
  details?: Record<string, unknown>;
  /** The values the message interpolates, so a UI can say the same in another language (MessageParams). */
  params?: MessageParams;
}

/**
 * The values an English message interpolates, by name (a size, an alg, an offset, a claim name), so a
 * UI can word the same message in another language from its code and these. Untrusted values (a kid,
 * a URL, a header member) are given as echo() prints them: quoted and bounded.
 */
export type MessageParams = Readonly<Record<string, string | number | boolean>>;

/**
 * The one error the engine throws for bad data: a stable `code`, and where known the segment, character offset and step.
 *
 * @example
 * try {
 *   await verify(token, key);
 * } catch (error) {
 *   if (error instanceof JoseError) console.log(error.code, error.segment, error.offset); // 'ERR_SIGNATURE_INVALID' 'signature' undefined
 * }
 */
export class JoseError extends Error {
  override readonly name = 'JoseError';
  readonly code: JoseErrorCode;
  readonly segment: SegmentName | undefined;
  readonly offset: number | undefined;
  readonly step: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly params: MessageParams | undefined;

  constructor(code: JoseErrorCode, message: string, options: JoseErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.segment = options.segment;
    this.offset = options.offset;
    this.step = options.step;
    this.details = options.details;
    this.params = options.params;
  }
}

/**
 * Whether a thrown value is a JoseError (narrows its type).
 *
 * @example
 * isJoseError(new JoseError('ERR_MALFORMED', 'bad')); // true
 * isJoseError(new TypeError('x'));                 // false
 */
export function isJoseError(value: unknown): value is JoseError {
  return value instanceof JoseError;
}

/**
 * A non-fatal observation shown to the person: weak secret, alg none, expired, RSA1_5... The engine's
 * codes are FindingCode (finding-codes.ts); a caller that adds findings of its own widens `Code`.
 */
export interface Finding<Code extends string = FindingCode> {
  code: Code;
  severity: 'info' | 'warning' | 'danger';
  message: string;
  /** The values `message` interpolates (see MessageParams). */
  params?: MessageParams;
  /** An RFC section that explains it, e.g. { label: 'RFC 7518 §3.2', url: 'https://www.rfc-editor.org/rfc/rfc7518#section-3.2' } */
  ref?: { label: string; url: string };
  segment?: SegmentName;
  offset?: number;
}

/**
 * A link to an RFC section, as findings carry them.
 *
 * @example
 * rfcRef(7519, '4.1.4'); // { label: 'RFC 7519 §4.1.4', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4' }
 */
export function rfcRef(rfc: number, section: string): { label: string; url: string } {
  return { label: `RFC ${rfc} §${section}`, url: `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}` };
}

/**
 * The most characters of an untrusted value a message repeats; the rest is counted, not copied.
 *
 * @example
 * echo('k'.repeat(10_000)).length < MAX_ECHO_CHARS + 30; // true
 */
export const MAX_ECHO_CHARS = 200;

/**
 * An untrusted value (a header member, a kid, a JWK member) as a message may repeat it: JSON-like
 * text, cut at `max` characters with "… (N characters)", built without calling the value's own
 * methods (`{"toString": 1}` must not throw) and without walking more of it than is shown, so a
 * 10 MB kid costs no more than a short one.
 *
 * @example
 * echo('k'.repeat(1_000_000)) // '"kkk…kkk"… (1000000 characters)' (200 of them shown)
 * echo({ toString: 1 })       // '{"toString":1}'
 */
export function echo(value: unknown, max = MAX_ECHO_CHARS): string {
  if (typeof value === 'string') {
    if (value.length <= max) return JSON.stringify(value);
    // Never cut a surrogate pair in half: the message stays well-formed text.
    const cut = isHighSurrogate(value.charCodeAt(max - 1)) ? max - 1 : max;
    return `${JSON.stringify(value.slice(0, cut))}… (${value.length} characters)`;
  }
  const out = { text: '', full: false };
  writeEcho(value, out, max, 0);
  return out.full ? `${out.text.slice(0, max)}…` : out.text;
}

/**
 * Untrusted values in a list a message repeats (kids of a JWKS, event names): the first `max`
 * through echo(), then how many more, so 10,000 values of a megabyte cost no more than five short ones.
 *
 * @example
 * echoList(['a', 'b', 'c'], 2) // '"a", "b" and 1 more'
 */
export function echoList(values: readonly unknown[], max = 5): string {
  const shown = values.slice(0, max).map((v) => echo(v)).join(', ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Appends a JSON-like rendering of `value` to `out` until `max` characters; nested values past depth 3 show as … */
function writeEcho(value: unknown, out: { text: string; full: boolean }, max: number, depth: number): void {
  const put = (s: string) => {
    if (out.full) return;
    out.text += s;
    if (out.text.length > max) out.full = true;
  };
  switch (typeof value) {
    case 'string':
      put(value.length > max ? `${JSON.stringify(value.slice(0, max))}…` : JSON.stringify(value));
      return;
    case 'number':
    case 'boolean':
      put(String(value));
      return;
    case 'bigint':
      put(`${value.toString()}n`);
      return;
    case 'undefined':
      put('undefined');
      return;
    case 'function':
    case 'symbol':
      put(`a ${typeof value}`);
      return;
  }
  if (value === null) return put('null');
  if (depth >= 3) return put(Array.isArray(value) ? '[…]' : '{…}');
  try {
    if (Array.isArray(value)) {
      put('[');
      for (let i = 0; i < value.length && !out.full; i++) {
        if (i) put(',');
        writeEcho(Object.getOwnPropertyDescriptor(value, i)?.value, out, max, depth + 1);
      }
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const name of Object.keys(value as object)) {
      if (out.full) break;
      if (!first) put(',');
      first = false;
      put(`${echo(name, max)}:`);
      writeEcho(Object.getOwnPropertyDescriptor(value, name)?.value, out, max, depth + 1);
    }
    put('}');
  } catch {
    // A proxy or exotic object that refuses to be read: name its kind only.
    put(Array.isArray(value) ? 'an array' : 'an object');
  }
}
