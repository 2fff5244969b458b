import { isJweAlg, isJwsAlg } from './registry.ts';

/**
 * RFC 7516 §9: a JOSE header is a JWE when its "alg" is a key-management algorithm or when "enc" is
 * present, and a JWS when "alg" is a signature/MAC algorithm (or "none"). Returns the kind and the
 * reason as a sentence the UI can show.
 *
 * @example
 * classifyHeader({ alg: 'RSA-OAEP', enc: 'A128GCM' });
 * // { kind: 'JWE', reason: '"alg" is RSA-OAEP, a key-management algorithm, and "enc" is present (RFC 7516 §9)' }
 * classifyHeader({ alg: 'none' }).kind; // 'unsecured'
 */
export function classifyHeader(header: { alg?: unknown; enc?: unknown }): { kind: 'JWS' | 'JWE' | 'unsecured' | 'unknown'; reason: string } {
  const alg = header.alg;
  const hasEnc = header.enc !== undefined;
  const algText = typeof alg === 'string' ? `"alg" is ${alg}` : '"alg" is missing or not a string';
  if (alg === 'none') {
    return hasEnc
      ? { kind: 'unknown', reason: `${algText} (unsecured JWS) but "enc" is present, which only a JWE has` }
      : { kind: 'unsecured', reason: `${algText}: an Unsecured JWS with no signature (RFC 7519 §6)` };
  }
  if (isJweAlg(alg)) {
    return {
      kind: 'JWE',
      reason: hasEnc
        ? `${algText}, a key-management algorithm, and "enc" is present (RFC 7516 §9)`
        : `${algText}, a key-management algorithm (RFC 7516 §9), but "enc" is missing`,
    };
  }
  if (isJwsAlg(alg)) {
    return {
      kind: hasEnc ? 'unknown' : 'JWS',
      reason: hasEnc
        ? `${algText}, a signature algorithm, yet "enc" is present, which only a JWE has (RFC 7516 §9)`
        : `${algText}, a digital signature or MAC algorithm, and there is no "enc" (RFC 7516 §9)`,
    };
  }
  if (hasEnc) return { kind: 'JWE', reason: `"enc" is present, which makes it a JWE (RFC 7516 §9); ${algText}, not a known algorithm` };
  return { kind: 'unknown', reason: `${algText}, not a known JWS or JWE algorithm, and there is no "enc"` };
}
