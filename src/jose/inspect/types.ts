import type { Bytes } from '../lib/bytes.ts';
import type { Finding, SegmentName } from '../lib/errors.ts';
import type { JsonObject, JsonPath, JsonValue } from '../lib/json.ts';
import type { Jwe, Jws } from '../types.ts';
import type { InspectedSdJwt } from '../sd-jwt/types.ts';

/**
 * The result of inspect(text): everything the decoder and the Learn screen show, with no crypto.
 *
 * Offsets. Every `start`/`end`/`offset` named "in the input" is a UTF-16 character offset into the
 * ORIGINAL string given to inspect (before trimming), end exclusive, so the editor can decorate the
 * pasted text directly. Offsets inside decoded text (`textStart`...) are UTF-16 offsets into the
 * segment's `text`; byte ranges (`byteStart`...) index the segment's `bytes`.
 *
 * From a character of the token to its JSON member: find the segment whose [start, end) holds the
 * offset, `charToBytes(segment, offset)` gives the bytes that character encodes (base64url packs 3
 * bytes into 4 characters, so one character touches one or two bytes), and `memberAt(segment, offset)`
 * the innermost JSON member whose bytes those are. `locate(result, offset)` does all of it.
 */
export type TokenKind = 'JWS' | 'JWE' | 'unsecured' | 'unknown' | 'not-a-token' | 'SD-JWT';
/** Which JOSE serialization the text is in. */
export type Serialization = 'compact' | 'json-general' | 'json-flattened';

/** Which member of the serialization a segment is; matches the JSON member names. */
export type SegmentPart =
  | 'protected'
  | 'header' // JWS per-signature or JWE per-recipient unprotected header
  | 'unprotected' // JWE shared unprotected header
  | 'payload'
  | 'signature'
  | 'encrypted_key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'aad'
  // SD-JWT (RFC 9901): each Disclosure, and the three parts of the Key Binding JWT
  | 'disclosure'
  | 'kb_protected'
  | 'kb_payload'
  | 'kb_signature';

/** How a segment's characters relate to its bytes. */
export type SegmentEncoding =
  | 'base64url' // 4 characters per 3 bytes
  | 'text' // RFC 7797 unencoded payload: the characters are the payload itself
  | 'json'; // a JSON value written directly in a JSON serialization (unprotected headers)

/** A range of characters or bytes, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** One JSON member (or array element) of a decoded segment. */
export interface InspectedMember {
  path: JsonPath;
  /** Member name, or undefined for an array element. */
  name?: string;
  /** Range of `"name"` (with quotes) and of the value, in the segment's decoded text (UTF-16). */
  keyText?: Range;
  valueText: Range;
  /** The whole member (name through value) in the segment's bytes (UTF-8). */
  bytes: Range;
  /** The characters of the input that encode those bytes (for base64url, whole characters covering them). */
  input: Range;
}

/** One segment of the token: its name, character range in the input, raw text, bytes, text and JSON. */
export interface InspectedSegment {
  /** Index in `segments`. */
  id: number;
  name: SegmentName;
  part: SegmentPart;
  /** "JWS Protected Header", "Payload", "Signature (2)", "JWE Initialization Vector"... */
  label: string;
  /** For JSON serializations: which signature / recipient (0-based); undefined for shared parts. */
  index?: number;
  encoding: SegmentEncoding;
  /** Range in the input; for JSON serializations the characters inside the string's quotes. */
  start: number;
  end: number;
  raw: string;
  /** Decoded bytes, when the segment decodes. */
  bytes?: Bytes;
  /** The bytes as text, when they are valid UTF-8. */
  text?: string;
  /** The text as JSON, when it parses (duplicates allowed here: they are reported as problems). */
  json?: { value: JsonValue; members: InspectedMember[] };
  /** Whether decoding failed; the problem with the offset is in `problems`. */
  ok: boolean;
  /**
   * Whitespace removed from inside the segment (a token broken across lines), as input ranges: then
   * `raw` is the segment without it and [start, end) spans it. See ./gaps.ts.
   */
  gaps?: Range[];
}

/** Codes of the problems inspect reports (each with a message and a character offset). */
export type ProblemCode =
  | 'EMPTY'
  | 'NOT_A_TOKEN'
  | 'SEGMENT_COUNT'
  | 'BASE64URL'
  | 'EMPTY_SEGMENT'
  | 'NOT_UTF8'
  | 'JSON'
  | 'JSON_LIMIT'
  | 'DUPLICATE_MEMBER'
  | 'HEADER_NOT_OBJECT'
  | 'ALG_MISSING'
  | 'STRUCTURE'
  | 'UNENCODED_PAYLOAD'
  | 'JSON_ESCAPES'
  | 'SD_JWT'
  | 'INTERNAL';

/** Something wrong with the text itself; `offset`/`length` are in the input. */
export interface InspectProblem {
  code: ProblemCode;
  message: string;
  segment?: SegmentName;
  /** Index into `segments` when the problem lies in one. */
  segmentId?: number;
  offset: number;
  length: number;
}

/** What inspect removed around the token before reading it; `start`/`end` is the removed range in the input. */
export interface InspectNotice {
  code: 'TRIMMED_WHITESPACE' | 'TRIMMED_QUOTES' | 'TRIMMED_BEARER' | 'TRIMMED_AUTHORIZATION' | 'TRIMMED_INNER_WHITESPACE';
  message: string;
  start: number;
  end: number;
}

/** One signature of a JWS (one for compact and flattened). */
export interface InspectedSignature {
  index: number;
  protectedHeader?: JsonObject;
  unprotectedHeader?: JsonObject;
  /** The union of both headers (the JOSE Header, RFC 7515 §4). */
  header: JsonObject;
  alg?: string;
  kid?: string;
  /** Signature length in bytes (0 for an unsecured JWS). */
  size: number;
  /** Indices into `segments`. */
  segmentIds: number[];
}

/** One recipient of a JWE (one for compact and flattened). */
export interface InspectedRecipient {
  index: number;
  /** Per-recipient unprotected header. */
  unprotectedHeader?: JsonObject;
  /** Protected + shared unprotected + per-recipient header: the JOSE Header for this recipient. */
  header: JsonObject;
  alg?: string;
  kid?: string;
  /** Encrypted key length in bytes (0 for dir / ECDH-ES). */
  encryptedKeySize: number;
  segmentIds: number[];
}

/** What inspect(text) returns; see the notes on offsets at the top of this file. */
export interface InspectResult {
  input: string;
  /**
   * The token's range in the input after trimming; `text` is input.slice(start, end) without the
   * whitespace removed from inside a compact token (TRIMMED_INNER_WHITESPACE notices): what verify
   * and decrypt are given.
   */
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  serialization?: Serialization;
  /** Why this kind, in words (RFC 7516 §9): segment count, "alg" value, presence of "enc". */
  reason: string;
  notices: InspectNotice[];
  segments: InspectedSegment[];
  /** The JOSE Header of the first signature / recipient (protected and unprotected merged). */
  header?: JsonObject;
  /** The protected header alone (the first signature's for a JWS). */
  protectedHeader?: JsonObject;
  /** JWS payload bytes (for a JWE the payload is encrypted: see `encrypted`). */
  payload?: { bytes: Bytes; text?: string; json?: JsonValue; detached: boolean; encoded: boolean };
  /** The payload when it is a JSON object: the JWT Claims Set. */
  claims?: JsonObject;
  /** JWE only: sizes in bytes of the parts, the plaintext being unknown before decryption. */
  encrypted?: { encryptedKey: number; iv: number; ciphertext: number; tag: number; aad?: number };
  signatures?: InspectedSignature[];
  recipients?: InspectedRecipient[];
  problems: InspectProblem[];
  /** Security and usage observations (alg none, jku/x5u/jwk, crit, b64, claims...). */
  findings: Finding[];
  /** The parsed object when the text is a well-formed serialization: pass it to verify or decrypt. */
  jws?: Jws;
  jwe?: Jwe;
  /** kind "SD-JWT" (RFC 9901): the Disclosures decoded and the Key Binding JWT; the fields above describe the Issuer-signed JWT. */
  sdJwt?: InspectedSdJwt;
}

/** Options of inspect. */
export interface InspectOptions {
  /** Clock for the claim findings (Date or seconds since the epoch); default now. */
  now?: Date | number;
  /** Skip claim validation (the findings then hold only header and structure observations). */
  claims?: boolean;
}
