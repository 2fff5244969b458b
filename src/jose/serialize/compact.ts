import { assertBase64url } from '../lib/base64url.ts';
import { JoseError } from '../lib/errors.ts';
import type { Jwe, Jws } from '../types.ts';
import { decodeProtectedHeader, isUnencodedPayload, JWE_COMPACT_SEGMENTS, JWS_COMPACT_SEGMENTS, splitDots } from './segments.ts';

/**
 * The compact serialization of a JWS (RFC 7515 §7.1) or JWE (RFC 7516 §7.1). Only possible with one
 * signature or recipient and no unprotected header, AAD or per-recipient header: those have no place
 * in the compact form, so they are an error rather than silently dropped.
 *
 * @example
 * serializeCompact(jws) // "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln..."
 */
export function serializeCompact(x: Jws | Jwe): string {
  if (x.kind === 'JWS') {
    if (x.signatures.length !== 1) {
      throw new JoseError('ERR_MALFORMED', `The compact serialization holds exactly one signature; this JWS has ${x.signatures.length}`);
    }
    const sig = x.signatures[0]!;
    if (sig.header && Object.keys(sig.header).length > 0) {
      throw new JoseError('ERR_MALFORMED', 'The compact serialization cannot carry a JWS Unprotected Header', { segment: 'header' });
    }
    if (!sig.protected) throw new JoseError('ERR_MALFORMED', 'The compact serialization needs a JWS Protected Header', { segment: 'header' });
    if (x.payload.includes('.')) {
      throw new JoseError('ERR_MALFORMED', 'An unencoded payload containing "." cannot use the compact serialization (RFC 7797 §5.2)', { segment: 'payload' });
    }
    return `${sig.protected}.${x.payload}.${sig.signature}`;
  }
  if (x.recipients.length !== 1) {
    throw new JoseError('ERR_MALFORMED', `The compact serialization holds exactly one recipient; this JWE has ${x.recipients.length}`);
  }
  const r = x.recipients[0]!;
  if ((x.unprotected && Object.keys(x.unprotected).length) || (r.header && Object.keys(r.header).length)) {
    throw new JoseError('ERR_MALFORMED', 'The compact serialization cannot carry a JWE Shared Unprotected or Per-Recipient Unprotected Header', { segment: 'header' });
  }
  if (x.aad !== undefined) throw new JoseError('ERR_MALFORMED', 'The compact serialization cannot carry JWE AAD', { segment: 'aad' });
  if (!x.protected) throw new JoseError('ERR_MALFORMED', 'The compact serialization needs a JWE Protected Header', { segment: 'header' });
  return [x.protected, r.encrypted_key ?? '', x.iv, x.ciphertext, x.tag].join('.');
}

/**
 * Parses a compact JWS (3 segments) or JWE (5 segments), strictly: every segment canonical
 * base64url, the protected header a JSON object without duplicate members. Errors name the segment
 * and the character offset in `text` (which is not trimmed: strip "Bearer " first, or use inspect).
 * No signature is checked and no key is needed.
 *
 * @example
 * const jws = deserializeCompact('eyJhbGciOiJIUzI1NiJ9.e30.c2ln') as Jws;
 */
export function deserializeCompact(text: string): Jws | Jwe {
  if (typeof text !== 'string') throw new JoseError('ERR_MALFORMED', 'A compact JOSE object must be a string');
  const { parts, starts } = splitDots(text);
  if (parts.length !== 3 && parts.length !== 5) {
    // Point at the first dot too many, or at the end when dots are missing.
    const offset = parts.length > 5 ? starts[5]! - 1 : parts.length === 4 ? starts[3]! - 1 : text.length;
    throw new JoseError(
      'ERR_MALFORMED',
      `A compact JWS has 3 segments and a compact JWE 5, separated by "."; this text has ${parts.length}`,
      { segment: 'token', offset, details: { segments: parts.length } },
    );
  }
  const header = decodeProtectedHeader(parts[0]!, 0);
  if (parts.length === 3) {
    const [, payload, signature] = parts as [string, string, string];
    if (!isUnencodedPayload(header)) assertBase64url(payload, { segment: JWS_COMPACT_SEGMENTS[1], offset: starts[1], allowEmpty: true });
    // An empty signature is an Unsecured JWS (RFC 7515 §A.5); verify refuses it later.
    assertBase64url(signature, { segment: 'signature', offset: starts[2], allowEmpty: true });
    return { kind: 'JWS', payload, signatures: [{ protected: parts[0]!, signature }] };
  }
  for (let i = 1; i < 5; i++) {
    const segment = JWE_COMPACT_SEGMENTS[i]!;
    // The encrypted key is empty for dir and ECDH-ES; the ciphertext of an empty plaintext is empty with GCM.
    assertBase64url(parts[i]!, { segment, offset: starts[i], allowEmpty: segment === 'encrypted_key' || segment === 'ciphertext' });
  }
  const [protectedHeader, encryptedKey, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  return { kind: 'JWE', protected: protectedHeader, recipients: [{ encrypted_key: encryptedKey }], iv, ciphertext, tag };
}
