/** PKCS#1 (RFC 8017 Appendix A.1): RSAPublicKey and RSAPrivateKey, to and from JWK members. */
import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { JoseError } from '../lib/errors.ts';
import { derSequence, derSmallInt, derUnsigned, parseDer, readSmallInt, readUnsigned, sequence, type DerNode } from './der.ts';
import type { Jwk } from './types.ts';

const b64u = base64urlEncode;

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } */
export function readRsaPublicKey(node: DerNode, what = 'RSA public key'): Jwk {
  const [n, e] = sequence(node, 'RSAPublicKey', what, 2);
  return { kty: 'RSA', n: b64u(readUnsigned(n, 'the modulus n', what)), e: b64u(readUnsigned(e, 'the public exponent e', what)) };
}

/** RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dp, dq, qi, otherPrimeInfos OPTIONAL } */
export function readRsaPrivateKey(node: DerNode, what = 'RSA private key'): Jwk {
  const items = sequence(node, 'RSAPrivateKey', what, 9, 10);
  const version = readSmallInt(items[0], 'the version', what);
  if (version !== 0 || items.length === 10) {
    throw new JoseError('ERR_KEY_INVALID', `The ${what} is a multi-prime RSA key (version ${version}); JOSE Lab and Web Crypto read only two-prime keys`, { segment: 'key' });
  }
  const names = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;
  const jwk: Jwk = { kty: 'RSA' };
  names.forEach((name, i) => {
    jwk[name] = b64u(readUnsigned(items[i + 1], `the member ${name}`, what));
  });
  return jwk;
}

export function parseRsaPublicKey(der: Uint8Array<ArrayBuffer>): Jwk {
  return readRsaPublicKey(parseDer(der, 'RSA public key (PKCS#1)'), 'RSA public key (PKCS#1)');
}

export function parseRsaPrivateKey(der: Uint8Array<ArrayBuffer>): Jwk {
  return readRsaPrivateKey(parseDer(der, 'RSA private key (PKCS#1)'), 'RSA private key (PKCS#1)');
}

function jwkMember(jwk: Jwk, name: string) {
  const value = jwk[name];
  if (typeof value !== 'string') throw new JoseError('ERR_KEY_INVALID', `The RSA JWK is missing its "${name}" member`, { segment: 'key' });
  return base64urlDecode(value);
}

export function writeRsaPublicKey(jwk: Jwk): Uint8Array<ArrayBuffer> {
  return derSequence(derUnsigned(jwkMember(jwk, 'n')), derUnsigned(jwkMember(jwk, 'e')));
}

export function writeRsaPrivateKey(jwk: Jwk): Uint8Array<ArrayBuffer> {
  return derSequence(derSmallInt(0), ...['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'].map((m) => derUnsigned(jwkMember(jwk, m))));
}
