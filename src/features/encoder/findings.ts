/**
 * What the encoder says while the person types, before any crypto runs: the alg and header choices
 * and the claims. Key findings (short HMAC secret, small RSA key) come from the engine's fit check.
 */
import { rfcRef, echo, type Finding, type JsonObject } from '../../jose/index.ts';
import type { EncoderAlg } from './algorithms.ts';
import { looksLikeMilliseconds } from './claims.ts';

/** RFC 7518 §4.8.1.2: "A minimum iteration count of 1000 is RECOMMENDED." */
export const MIN_PBES2_COUNT = 1000;

export function algFindings(alg: EncoderAlg, header: JsonObject | undefined): Finding[] {
  const out: Finding[] = [];
  if (alg === 'none') {
    out.push({
      code: 'ALG_NONE',
      severity: 'danger',
      message: 'alg "none" makes an Unsecured JWS: no signature, anyone can change it. Use it only to teach or test that a verifier refuses it.',
      ref: rfcRef(7518, '3.6'),
      segment: 'header',
    });
  }
  if (alg === 'RSA1_5') {
    out.push({
      code: 'RSA1_5',
      severity: 'warning',
      message: 'RSA1_5 (RSAES-PKCS1-v1_5) is open to padding-oracle attacks (Bleichenbacher); prefer RSA-OAEP-256.',
      ref: rfcRef(7518, '4.2'),
      segment: 'header',
    });
  }
  const p2c = header?.p2c;
  if (alg.startsWith('PBES2') && typeof p2c === 'number' && p2c < MIN_PBES2_COUNT) {
    out.push({
      code: 'PBES2_LOW_COUNT',
      severity: 'warning',
      message: `"p2c" is ${p2c}: a low PBES2 iteration count makes the password cheap to guess; at least ${MIN_PBES2_COUNT} is recommended.`,
      ref: rfcRef(7518, '4.8.1.2'),
      segment: 'header',
    });
  }
  return out;
}

export function claimFindings(claims: JsonObject): Finding[] {
  const out: Finding[] = [];
  const exp = claims.exp;
  if (exp === undefined) {
    out.push({
      code: 'CLAIM_EXP_MISSING',
      severity: 'warning',
      message: 'No "exp" claim: the token never expires. Add one with the exp helpers.',
      ref: rfcRef(7519, '4.1.4'),
      segment: 'payload',
    });
  }
  for (const name of ['exp', 'nbf', 'iat'] as const) {
    const value = claims[name];
    if (typeof value === 'number' && looksLikeMilliseconds(value)) {
      out.push({
        code: 'CLAIM_MILLISECONDS',
        severity: 'warning',
        message: `"${name}" is ${value}, which looks like milliseconds; a NumericDate counts seconds (that is ${Math.floor(value / 1000)}).`,
        ref: rfcRef(7519, '2'),
        segment: 'payload',
      });
    } else if (value !== undefined && typeof value !== 'number') {
      out.push({ code: 'CLAIM_TYPE', severity: 'warning', message: `"${name}" must be a NumericDate (a number of seconds), not ${echo(value)}.`, ref: rfcRef(7519, '2'), segment: 'payload' });
    }
  }
  return out;
}

/** The engine's fit findings, phrased for signing: a short HMAC secret still signs, and says so. */
export function keyFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) =>
    f.code === 'WEAK_HMAC_SECRET'
      ? { ...f, message: `${f.message}. The token is still signed (so published examples reproduce), but a short secret can be brute-forced: never use it for real tokens.` }
      : f,
  );
}
