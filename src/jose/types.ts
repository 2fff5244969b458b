import type { JsonObject } from './lib/json.ts';

/**
 * A JWS in the shape of its general JSON serialization (RFC 7515 §7.2.1): every serialization
 * (compact, flattened, general) converts to and from this one structure.
 */
export interface JwsSignature {
  /** BASE64URL(UTF8(JWS Protected Header)), exactly as it appears in the token. */
  protected?: string;
  /** The JWS Unprotected Header (JSON serializations only). */
  header?: JsonObject;
  /** BASE64URL(JWS Signature); empty for an unsecured JWS. */
  signature: string;
}

/** A JWS in any serialization: the payload and one or more signatures (RFC 7515 §7). */
export interface Jws {
  kind: 'JWS';
  /** BASE64URL(payload), or the payload text itself when b64 is false (RFC 7797). Empty when detached. */
  payload: string;
  signatures: JwsSignature[];
}

/** A JWE in the shape of its general JSON serialization (RFC 7516 §7.2.1). */
export interface JweRecipient {
  /** Per-recipient unprotected header. */
  header?: JsonObject;
  /** BASE64URL(JWE Encrypted Key); empty or absent for dir and ECDH-ES. */
  encrypted_key?: string;
}

/** A JWE in any serialization: shared parts and one or more recipients (RFC 7516 §7). */
export interface Jwe {
  kind: 'JWE';
  /** BASE64URL(UTF8(JWE Protected Header)), exactly as it appears in the token. */
  protected?: string;
  /** Shared unprotected header (JSON serializations only). */
  unprotected?: JsonObject;
  recipients: JweRecipient[];
  /** BASE64URL(JWE AAD) (JSON serializations only). */
  aad?: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

/** A JWS or a JWE. */
export type JoseObject = Jws | Jwe;
