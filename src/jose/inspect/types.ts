import type { Bytes } from '../lib/bytes.ts';
import type { Finding } from '../lib/errors.ts';
import type { JsonObject, JsonValue } from '../lib/json.ts';
import type { ParsedToken } from '../serialize/types.ts';
import type { InspectedSdJwt } from '../sd-jwt/types.ts';

/**
 * The result of inspect(text): everything the decoder and the Learn screen show, with no crypto: the
 * parsed token (serialize/types.ts, offsets explained there) and what it means.
 *
 * From a character of the token to its JSON member: find the segment whose [start, end) holds the
 * offset, `charToBytes(segment, offset)` gives the bytes that character encodes (base64url packs 3
 * bytes into 4 characters, so one character touches one or two bytes), and `memberAt(segment, offset)`
 * the innermost JSON member whose bytes those are. `locate(result, offset)` does all of it.
 */
export type TokenKind = 'JWS' | 'JWE' | 'unsecured' | 'unknown' | 'not-a-token' | 'SD-JWT';
/** What inspect removed around the token before reading it; `start`/`end` is the removed range in the input. */
export interface InspectNotice {
  code: 'TRIMMED_WHITESPACE' | 'TRIMMED_QUOTES' | 'TRIMMED_BEARER' | 'TRIMMED_AUTHORIZATION' | 'TRIMMED_INNER_WHITESPACE';
  message: string;
  start: number;
  end: number;
}

/**
 * What inspect(text) returns: the parsed token and what it means (kind, reason, findings). Its
 * `start`/`end` is the token's range in `input` after trimming; `text` is input.slice(start, end)
 * without the whitespace removed from inside a compact token (TRIMMED_INNER_WHITESPACE notices):
 * the token read, and what verify and decrypt are given.
 */
export interface InspectResult extends ParsedToken {
  input: string;
  kind: TokenKind;
  /** Why this kind, in words (RFC 7516 §9): segment count, "alg" value, presence of "enc". */
  reason: string;
  notices: InspectNotice[];
  /** JWS payload bytes (for a JWE the payload is encrypted: see `encrypted`). */
  payload?: { bytes: Bytes; text?: string; json?: JsonValue; detached: boolean; encoded: boolean };
  /** The payload when it is a JSON object: the JWT Claims Set. */
  claims?: JsonObject;
  /** JWE only: sizes in bytes of the parts, the plaintext being unknown before decryption. */
  encrypted?: { encryptedKey: number; iv: number; ciphertext: number; tag: number; aad?: number };
  /** Security and usage observations (alg none, jku/x5u/jwk, crit, b64, claims...). */
  findings: Finding[];
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
