import type { Bytes } from '../lib/bytes.ts';
import type { JoseError, MessageParams, SegmentName } from '../lib/errors.ts';
import type { JsonObject, JsonPath, JsonValue } from '../lib/json.ts';
import type { Jwe, Jws } from '../types.ts';

/**
 * A token read once (parseToken): every segment with its place in the text, its bytes and its JSON,
 * the headers, and what is wrong. inspect, verify, decrypt and their traces all take this value, so
 * nothing is split, decoded or parsed twice.
 *
 * Offsets. Every `start`/`end`/`offset` "in the input" is a UTF-16 character offset into the string
 * the caller gave (for inspect, before trimming), end exclusive, so an editor can decorate the pasted
 * text directly. Offsets inside decoded text (`valueText`...) are UTF-16 offsets into the segment's
 * `text`; byte ranges index the segment's `bytes`.
 */
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

/** A segment's JSON: the value, and where its members are (both member lists are computed on first read). */
export interface SegmentJson {
  value: JsonValue;
  /** Member names repeated in one object, with where the repeat is in the input (a header's are problems too). */
  duplicates: { path: JsonPath; name: string; offset: number }[];
  /** Every member and array element, innermost first. */
  readonly members: InspectedMember[];
  /** The top-level members only: cheap even for a payload of a million members. */
  readonly topMembers: InspectedMember[];
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
  /** The bytes as text, when they are valid UTF-8 (headers and payloads). */
  text?: string;
  /** The text as JSON, when it parses (duplicates allowed here: they are reported as problems). */
  json?: SegmentJson;
  /** Whether decoding failed; the problem with the offset is in `problems`. */
  ok: boolean;
  /**
   * Whitespace inspect removed from inside the segment (a token broken across lines), as input
   * ranges: then `raw` is the segment without it and [start, end) spans it (inspect/gaps.ts).
   */
  gaps?: Range[];
}

/** Codes of the problems reading a token reports (each with a message and a character offset). */
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
  /** The values `message` interpolates (see MessageParams in lib/errors.ts). */
  params?: MessageParams;
  segment?: SegmentName;
  /** Index into `segments` when the problem lies in one. */
  segmentId?: number;
  offset: number;
  length: number;
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

/**
 * A token read once: what parseToken returns and what inspect's result extends. Give it to verify
 * or decrypt instead of the text: they use its bytes and headers as they are.
 */
export interface ParsedToken {
  /** The text read (inspect: the token after trimming); `start`/`end` is its range in the input. */
  text: string;
  start: number;
  end: number;
  serialization?: Serialization;
  /** JWS or JWE by structure (RFC 7516 §9: 3 or 5 segments, "payload" or "ciphertext"); absent when neither. */
  structure?: 'JWS' | 'JWE';
  /** In input order. */
  segments: InspectedSegment[];
  /** Everything wrong with the text, each with its offset (some, such as JSON_ESCAPES, only notes). */
  problems: InspectProblem[];
  /** The JOSE Header of the first signature / recipient (protected and unprotected merged). */
  header?: JsonObject;
  /** The protected header alone (the first signature's for a JWS). */
  protectedHeader?: JsonObject;
  signatures?: InspectedSignature[];
  recipients?: InspectedRecipient[];
  /** The serialization as a Jws or Jwe object, when the text is well formed. */
  jws?: Jws;
  jwe?: Jwe;
  /**
   * Why verify / decrypt refuse the text, when they do: the first fault in RFC processing order, as
   * the JoseError deserializeCompact / deserializeJson throw (segment and character offset included).
   */
  error?: JoseError;
}
