import { JoseError } from '../lib/errors.ts';
import type { Jwe, Jws } from '../types.ts';
import { readToken } from './parse.ts';

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
 * No signature is checked and no key is needed. parseToken gives the same reading with the decoded
 * bytes kept, for verify and decrypt.
 *
 * @example
 * const jws = deserializeCompact('eyJhbGciOiJIUzI1NiJ9.e30.c2ln') as Jws;
 */
export function deserializeCompact(text: string): Jws | Jwe {
  if (typeof text !== 'string') throw new JoseError('ERR_MALFORMED', 'A compact JOSE object must be a string');
  const { token } = readToken(text, { as: 'compact' });
  if (token.error) throw token.error;
  return (token.jws ?? token.jwe)!;
}
