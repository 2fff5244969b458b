/**
 * The words of a verdict: exactly one of seven statuses, then the precise reason. One home for the
 * sentences the Decode screen's Result and the `jose-lab` command line both print, so a token reads
 * the same in a browser and in a terminal. Pure (no crypto).
 */
import { echo } from '../lib/errors.ts';
import { JWE_ALG_INFO, JWE_ENC_INFO, JWS_ALG_INFO, isJweAlg, isJweEnc, isJwsAlg } from '../lib/registry.ts';
import type { JsonObject } from '../lib/json.ts';

/**
 * Every status a verdict can have, in the order the UI contract lists them.
 *
 * @example
 * VERDICT_STATUSES.includes('Unsecured JWS'); // true
 */
export const VERDICT_STATUSES = [
  'Signature verified',
  'Invalid signature',
  'Decrypted',
  'Decryption failed',
  'Key required',
  'Malformed token',
  'Unsecured JWS',
] as const;
/** One of VERDICT_STATUSES. */
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** A status and the reason after it: "Signature verified" + "HS256 signature checked with …". */
export interface Verdict {
  status: VerdictStatus;
  reason: string;
}

/**
 * Whether the signature checked out or the token opened (claims may still fail: see the reason).
 *
 * @example
 * isGood('Signature verified'); // true
 * isGood('Unsecured JWS');      // false
 */
export function isGood(status: VerdictStatus): boolean {
  return status === 'Signature verified' || status === 'Decrypted';
}

/**
 * The line a status reads: the status, a dash, the reason.
 *
 * @example
 * statusLine({ status: 'Key required', reason: 'HS256 needs the shared secret …' });
 * // 'Key required — HS256 needs the shared secret …'
 */
export function statusLine(v: Verdict): string {
  return `${v.status} — ${v.reason}`;
}

/**
 * What key an alg needs, in words, for a token given without one.
 *
 * @example
 * keyNeeded('JWS', { alg: 'RS256' });
 * // "RS256 needs the signer's RSA public key (PEM, certificate, JWK or JWKS) to verify the signature"
 */
export function keyNeeded(kind: 'JWS' | 'JWE', header: JsonObject | undefined): string {
  const alg = typeof header?.alg === 'string' ? header.alg : '';
  const enc = typeof header?.enc === 'string' ? header.enc : '';
  const forms = 'PEM, certificate, JWK or JWKS';
  if (kind === 'JWS') {
    if (!isJwsAlg(alg)) return `Paste the key that verifies ${alg ? echo(alg) : 'this token'} in Key`;
    const info = JWS_ALG_INFO[alg];
    if (info.family === 'HMAC') return `${alg} needs the shared secret (text, base64, base64url or hex; or a JWK) to verify the signature`;
    if (info.kty === 'RSA') return `${alg} needs the signer's RSA public key (${forms}) to verify the signature`;
    if (info.family === 'ECDSA') return `${alg} needs the signer's EC ${info.curves![0]} public key (${forms}) to verify the signature`;
    if (info.family === 'EdDSA') return `${alg} needs the signer's ${info.curves!.join(' or ')} public key (${forms}) to verify the signature`;
    return `${alg} needs the signer's ${alg} public key (an AKP JWK, PEM, certificate or JWKS) to verify the signature`;
  }
  if (!isJweAlg(alg)) return `Paste the key that decrypts ${alg ? echo(alg) : 'this token'} in Key`;
  const info = JWE_ALG_INFO[alg];
  if (info.kty === 'RSA') return `${alg} needs the recipient's RSA private key (PEM, JWK or JWKS) to decrypt`;
  if (info.family === 'ECDH-ES') return `${alg} needs the recipient's private key (EC or X25519/X448; PEM, JWK or JWKS) to decrypt`;
  if (info.family === 'PBES2') return `${alg} needs the password to decrypt`;
  if (info.kekBits) return `${alg} needs the shared ${info.kekBits}-bit AES key (${info.kekBits / 8} bytes: hex, base64 or a JWK) to decrypt`;
  const bits = isJweEnc(enc) ? JWE_ENC_INFO[enc].cekBits : undefined;
  return `"dir" needs the content encryption key itself${bits ? ` (${bits} bits for ${enc})` : ''} to decrypt`;
}

/**
 * The verdict for a token given without a key.
 *
 * @example
 * keyRequired('JWE', { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' });
 * // { status: 'Key required', reason: 'PBES2-HS256+A128KW needs the password to decrypt' }
 */
export function keyRequired(kind: 'JWS' | 'JWE', header: JsonObject | undefined): Verdict {
  return { status: 'Key required', reason: keyNeeded(kind, header) };
}

/**
 * The verdict for text that is not a readable token, with the character offset of the problem.
 *
 * @example
 * malformed('JWS Payload: Invalid base64url', 37);
 * // { status: 'Malformed token', reason: 'JWS Payload: Invalid base64url (at offset 37)' }
 */
export function malformed(message: string, offset?: number): Verdict {
  return { status: 'Malformed token', reason: offset === undefined ? message : `${message} (at offset ${offset})` };
}

/**
 * The verdict for an Unsecured JWS ("alg": "none"): never verified, whatever the key (RFC 7518 §3.6).
 * Given the header's "alg", a case variant of "none" (used to slip past filters) is named as such.
 *
 * @example
 * statusLine(unsecured()); // 'Unsecured JWS — there is no signature to check'
 * unsecured('NONE').reason; // 'there is no signature to check ("alg" is "NONE", a case variant of "none")'
 */
export function unsecured(alg?: unknown): Verdict {
  const variant = typeof alg === 'string' && alg !== 'none' && alg.toLowerCase() === 'none';
  return { status: 'Unsecured JWS', reason: `there is no signature to check${variant ? ` ("alg" is ${JSON.stringify(alg)}, a case variant of "none")` : ''}` };
}

/** Engine error codes that mean the text itself is wrong rather than the key or the signature. */
const MALFORMED_CODES = new Set([
  'ERR_MALFORMED', 'ERR_BASE64URL', 'ERR_JSON',
  // An SD-JWT whose parts do not parse or come in the wrong order (RFC 9901 §4): the text, not the key.
  'ERR_SDJWT_MALFORMED', 'ERR_SDJWT_ORDER', 'ERR_SDJWT_DISCLOSURE_MALFORMED', 'ERR_SDJWT_DIGESTS_MALFORMED', 'ERR_SDJWT_KB_MALFORMED',
]);

const STEPS: Record<string, string> = {
  header: 'reading the header',
  'key-wrap': 'unwrapping the content encryption key',
  'key-agreement': 'the ECDH key agreement',
  cek: 'recovering the content encryption key',
  tag: 'checking the authentication tag',
  content: 'decrypting the content',
  decrypt: 'decrypting',
  inflate: 'decompressing the plaintext',
  signature: 'checking the signature',
};

/** A failed verify or decrypt: the engine error's code, message and step, and which key was tried. */
export interface FailureInput {
  kind: 'JWS' | 'JWE';
  code: string;
  message: string;
  step?: string;
  /** "an RSA 2048-bit public key (kid "a")": what was tried (see keyWords / triedKeyWords). */
  tried?: string;
}

/**
 * The verdict for a failed verify or decrypt, with which key was tried and which step failed.
 *
 * @example
 * failure({ kind: 'JWE', code: 'ERR_TAG_MISMATCH', message: 'The tag does not match.', step: 'tag', tried: 'a 16-byte shared secret' });
 * // { status: 'Decryption failed',
 * //   reason: 'The tag does not match; failed while checking the authentication tag; key tried: a 16-byte shared secret' }
 */
export function failure(f: FailureInput): Verdict {
  if (MALFORMED_CODES.has(f.code)) return { status: 'Malformed token', reason: f.message };
  const status: VerdictStatus = f.kind === 'JWS' ? 'Invalid signature' : 'Decryption failed';
  const parts = [f.message.replace(/\.$/, '')];
  const step = f.step && STEPS[f.step];
  if (step && f.kind === 'JWE' && !/^(ERR_KEY_MISMATCH|ERR_KEY_NOT_FOUND|ERR_ALG_NOT_ALLOWED)$/.test(f.code)) parts.push(`failed while ${step}`);
  if (f.tried) parts.push(`key tried: ${f.tried}`);
  return { status, reason: parts.join('; ') };
}
