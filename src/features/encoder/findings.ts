/**
 * What the encoder says while the person types, before any crypto runs: the alg and header choices
 * and the claims. Key findings (short HMAC secret, small RSA key) come from the engine's fit check.
 */
import { headerFindings, validateClaims, type Finding, type FindingCode, type JsonObject } from '../../jose/index.ts';
import { isEncryptAlg, type EncoderAlg } from './algorithms.ts';

/** The engine's header findings the encoder shows while the person chooses an alg and writes the header. */
const ALG_CODES: ReadonlySet<FindingCode> = new Set(['ALG_NONE', 'ALG_RSA1_5', 'PBES2_P2C_LOW']);

export function algFindings(alg: EncoderAlg, header: JsonObject | undefined): Finding[] {
  return headerFindings(isEncryptAlg(alg) ? 'JWE' : 'JWS', { ...header, alg }, undefined, []).filter((f) => ALG_CODES.has(f.code));
}

/** The engine's claim findings about the numeric dates the person is typing (no clock verdicts: the token is being made). */
const CLAIM_CODES: ReadonlySet<FindingCode> = new Set(['CLAIM_EXP_MISSING', 'CLAIM_MILLISECONDS', 'CLAIM_NOT_NUMERIC', 'CLAIM_NOT_FINITE']);

export function claimFindings(claims: JsonObject): Finding[] {
  return validateClaims(claims).flatMap(({ claim: _claim, ...f }) => (CLAIM_CODES.has(f.code) ? [f] : []));
}

/** The engine's fit findings, phrased for signing: a short HMAC secret still signs, and says so. */
export function keyFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) =>
    f.code === 'WEAK_HMAC_SECRET'
      ? { ...f, message: `${f.message}. The token is still signed (so published examples reproduce), but a short secret can be brute-forced: never use it for real tokens.` }
      : f,
  );
}
