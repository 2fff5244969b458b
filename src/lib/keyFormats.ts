/**
 * The key formats people paste, named once: each PEM structure's label (the words between
 * "-----BEGIN " and "-----"), what it holds and the standard that defines it. Decode's key field,
 * Decode's verdict and the Keys screen each phrase them from here.
 */
import type { KeyFormat } from '../jose/index.ts';

export type PemStructure = 'spki' | 'pkcs8' | 'pkcs1-public' | 'pkcs1-private' | 'sec1';

export const PEM_FORMATS: Readonly<Record<PemStructure, { pem: string; holds: string; standard: string }>> = {
  spki: { pem: 'PUBLIC KEY', holds: 'public key', standard: 'SPKI' },
  pkcs8: { pem: 'PRIVATE KEY', holds: 'private key', standard: 'PKCS #8' },
  'pkcs1-public': { pem: 'RSA PUBLIC KEY', holds: 'RSA public key', standard: 'PKCS #1' },
  'pkcs1-private': { pem: 'RSA PRIVATE KEY', holds: 'RSA private key', standard: 'PKCS #1' },
  sec1: { pem: 'EC PRIVATE KEY', holds: 'EC private key', standard: 'SEC 1' },
};

const isPem = (format: KeyFormat): format is PemStructure => format in PEM_FORMATS;

/**
 * The format inside a sentence: "a JWK", "a PEM public key (SPKI)", "an X.509 certificate".
 *
 * @example
 * keyFormatPhrase('pkcs1-private'); // 'a PEM RSA private key (PKCS #1)'
 */
export function keyFormatPhrase(format: KeyFormat): string {
  if (isPem(format)) return `a PEM ${PEM_FORMATS[format].holds} (${PEM_FORMATS[format].standard})`;
  return { jwk: 'a JWK', jwks: 'a JWKS', secret: 'a raw secret', password: 'a password', x509: 'an X.509 certificate', generated: 'a generated key' }[format];
}

/**
 * The format as a label of its own (the Keys screen's "Format"): "SPKI (PEM "PUBLIC KEY")".
 *
 * @example
 * keyFormatLabel('sec1'); // 'SEC 1 (PEM "EC PRIVATE KEY")'
 */
export function keyFormatLabel(format: KeyFormat): string {
  if (isPem(format)) return `${PEM_FORMATS[format].standard} (PEM "${PEM_FORMATS[format].pem}")`;
  return { jwk: 'JWK', jwks: 'JWK in a JWKS', secret: 'Raw secret', password: 'Password', x509: 'X.509 certificate', generated: 'Generated here' }[format];
}
