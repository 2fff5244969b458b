/**
 * The words of the Result status: exactly one of six verdicts, then the precise reason. Pure (no
 * crypto), so the main thread can say "Key required" or "Malformed token" without the engine's
 * crypto, and tests can read every sentence.
 */
import type { JsonObject } from '../../jose/index.ts';

export const STATUSES = ['Signature verified', 'Invalid signature', 'Decrypted', 'Decryption failed', 'Key required', 'Malformed token'] as const;
export type ResultStatus = (typeof STATUSES)[number];

export interface ResultText {
  status: ResultStatus;
  reason: string;
}

export function isGood(status: ResultStatus): boolean {
  return status === 'Signature verified' || status === 'Decrypted';
}

const EC_CURVES: Record<string, string> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521', ES256K: 'secp256k1' };

/** What key an alg needs, in words: "the signer's RSA public key (PEM, certificate, JWK or JWKS)". */
export function keyNeeded(kind: 'JWS' | 'JWE', header: JsonObject | undefined): string {
  const alg = typeof header?.alg === 'string' ? header.alg : '';
  const enc = typeof header?.enc === 'string' ? header.enc : '';
  const forms = 'PEM, certificate, JWK or JWKS';
  if (kind === 'JWS') {
    if (/^HS\d+$/.test(alg)) return `${alg} needs the shared secret (text, base64, base64url or hex; or a JWK) to verify the signature`;
    if (/^(RS|PS)\d+$/.test(alg)) return `${alg} needs the signer's RSA public key (${forms}) to verify the signature`;
    if (EC_CURVES[alg]) return `${alg} needs the signer's EC ${EC_CURVES[alg]} public key (${forms}) to verify the signature`;
    if (alg === 'EdDSA') return `EdDSA needs the signer's Ed25519 or Ed448 public key (${forms}) to verify the signature`;
    return `Paste the key that verifies ${alg ? `"${alg}"` : 'this token'} in Key`;
  }
  if (alg.startsWith('RSA')) return `${alg} needs the recipient's RSA private key (PEM, JWK or JWKS) to decrypt`;
  if (alg.startsWith('ECDH-ES')) return `${alg} needs the recipient's private key (EC or X25519/X448; PEM, JWK or JWKS) to decrypt`;
  if (alg.startsWith('PBES2')) return `${alg} needs the password to decrypt`;
  const kw = /^A(128|192|256)(GCM)?KW$/.exec(alg);
  if (kw) return `${alg} needs the shared ${kw[1]}-bit AES key (${Number(kw[1]) / 8} bytes: hex, base64 or a JWK) to decrypt`;
  if (alg === 'dir') {
    const bits = /^A(\d+)GCM$/.exec(enc)?.[1] ?? (/^A(\d+)CBC-HS\d+$/.test(enc) ? String(Number(/^A(\d+)/.exec(enc)![1]) * 2) : undefined);
    return `"dir" needs the content encryption key itself${bits ? ` (${bits} bits for ${enc})` : ''} to decrypt`;
  }
  return `Paste the key that decrypts ${alg ? `"${alg}"` : 'this token'} in Key`;
}

export function keyRequired(kind: 'JWS' | 'JWE', header: JsonObject | undefined): ResultText {
  return { status: 'Key required', reason: keyNeeded(kind, header) };
}

export function malformed(message: string, offset?: number): ResultText {
  return { status: 'Malformed token', reason: offset === undefined ? message : `${message} (at offset ${offset})` };
}

export function unsecured(alg: unknown): ResultText {
  return {
    status: 'Invalid signature',
    reason: `"alg" is ${JSON.stringify(alg)}: an Unsecured JWS has no signature, so it is never verified, whatever the key (RFC 7518 §3.6)`,
  };
}

/** Engine error codes that mean the text itself is wrong rather than the key or the signature. */
const MALFORMED_CODES = new Set(['ERR_MALFORMED', 'ERR_BASE64URL', 'ERR_JSON']);

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

export interface FailureInput {
  kind: 'JWS' | 'JWE';
  code: string;
  message: string;
  step?: string;
  /** "an RSA 2048-bit public key (kid "a")": what was tried. */
  tried?: string;
}

/** The verdict for a failed verify or decrypt, with which key was tried and which step failed. */
export function failure(f: FailureInput): ResultText {
  if (MALFORMED_CODES.has(f.code)) return { status: 'Malformed token', reason: f.message };
  const status: ResultStatus = f.kind === 'JWS' ? 'Invalid signature' : 'Decryption failed';
  const parts = [f.message.replace(/\.$/, '')];
  const step = f.step && STEPS[f.step];
  if (step && f.kind === 'JWE' && !/^(ERR_KEY_MISMATCH|ERR_KEY_NOT_FOUND|ERR_ALG_NOT_ALLOWED)$/.test(f.code)) parts.push(`failed while ${step}`);
  if (f.tried) parts.push(`key tried: ${f.tried}`);
  return { status, reason: parts.join('; ') };
}

/** The line the status reads: "Signature verified — HS256 with a 8-byte shared secret". */
export function statusLine(r: ResultText): string {
  return `${r.status} — ${r.reason}`;
}

export interface VerdictInput {
  view?: {
    kind: string;
    wellFormed: boolean;
    header?: JsonObject;
    problems: { message: string; offset: number; blocking: boolean }[];
    reason: string;
  };
  /** The view belongs to older text (still decoding). */
  stale: boolean;
  hasKey: boolean;
  check: { outcome?: ResultText; pending: boolean; error?: string };
}

/** What the Result status says now; `status` undefined only while work for this very input runs. */
export function verdict(v: VerdictInput): ResultText | { status: undefined; reason: string } {
  const view = v.view;
  if (!view || v.stale) return { status: undefined, reason: 'Reading the token…' };
  if (view.kind === 'not-a-token' && view.problems[0]?.message === 'The token is empty') {
    return malformed('There is no token yet: paste a JWT, JWS or JWE in Token, or pick an example');
  }
  if (view.kind === 'unsecured' && view.wellFormed) return unsecured(view.header?.alg);
  if (!view.wellFormed) {
    const p = view.problems.find((x) => x.blocking) ?? view.problems[0];
    return p ? malformed(p.message, p.offset) : malformed(view.reason || 'This is not a JWS or JWE serialization');
  }
  const kind = view.kind === 'JWE' ? 'JWE' : 'JWS';
  if (!v.hasKey) return keyRequired(kind, view.header);
  if (v.check.outcome) return v.check.outcome;
  if (v.check.error) return failure({ kind, code: 'ERR_INTERNAL', message: `The check could not run: ${v.check.error}` });
  return { status: undefined, reason: kind === 'JWS' ? 'Checking the signature…' : 'Decrypting…' };
}
