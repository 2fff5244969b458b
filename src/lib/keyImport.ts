/**
 * The one guess every key field makes before importing what was pasted: text that is not a JWK,
 * JWKS or PEM is a raw secret, and a raw UTF-8 secret for a PBES2 alg is a password (RFC 7518
 * §4.8), which the engine then reads as such (no "too short for HMAC" findings, the PBES2 notes).
 */
import { JWE_ALG_INFO, isJweAlg, type ImportKeyOptions, type SecretEncoding } from '../jose/index.ts';

/** Whether the text is a raw secret rather than a JWK, JWKS or PEM (the encoding picker then matters). */
export function isRawSecret(text: string): boolean {
  const t = text.trim();
  return t !== '' && !t.startsWith('{') && !t.startsWith('-----BEGIN');
}

/** Whether the registry says this alg derives its key from a password (the PBES2 family). */
export function isPasswordAlg(alg: unknown): boolean {
  return isJweAlg(alg) && JWE_ALG_INFO[alg].family === 'PBES2';
}

/**
 * The options for importKey: the encoding chosen, and `password` when the text is a raw UTF-8
 * secret given for a PBES2 alg.
 *
 * @example
 * keyImportOptions('PBES2-HS256+A128KW', 'Thus from my lips', 'utf8'); // { encoding: 'utf8', password: true }
 * keyImportOptions('HS256', 'secret', 'utf8');                         // { encoding: 'utf8' }
 */
export function keyImportOptions(alg: unknown, text: string, encoding: SecretEncoding): ImportKeyOptions {
  const password = encoding === 'utf8' && isPasswordAlg(alg) && isRawSecret(text);
  return { encoding, ...(password ? { password: true } : {}) };
}
