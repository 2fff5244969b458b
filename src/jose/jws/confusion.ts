import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { base64Decode, base64urlDecode } from '../lib/base64url.ts';
import { bytesToBigInt } from '../lib/bigint.ts';
import { fromHex, tryUtf8Decode, type Bytes } from '../lib/bytes.ts';
import { parseDer } from '../jwk/der.ts';
import { parsePkcs8 } from '../jwk/pkcs8.ts';
import { parseRsaPrivateKey, parseRsaPublicKey } from '../jwk/pkcs1.ts';
import { readEcPrivateKey } from '../jwk/sec1.ts';
import { parseSpki } from '../jwk/spki.ts';
import { readCertificate } from '../jwk/x509.ts';

/**
 * Algorithm confusion (SECURITY-NOTES §1 row 2, RFC 8725 §2.1): someone MACs a token with the
 * bytes of a public key, hoping a verifier uses that key's text as an HMAC secret. This recognises
 * a public (or private) key in a "secret", in the encodings such keys travel in:
 * - text: PEM (any key or certificate label), JWK JSON, an OpenSSH public key line, `openssl rsa
 *   -modulus` output ("Modulus=…") and `openssl … -text` colon-hex;
 * - DER of SPKI, PKCS#1 (public or private), PKCS#8, SEC1 or an X.509 certificate, given as bytes
 *   or as base64, base64url or hex text;
 * - an uncompressed EC point (04 ‖ x ‖ y) on P-256, P-384, P-521 or secp256k1, as bytes or text;
 * - an RSA modulus given bare: as a DER INTEGER's content (a 0x00 byte, then the high bit set), as
 *   base64url text (a JWK's "n"), or as upper-case hex (openssl's form). Such a number is only
 *   recognisable by its shape — 2048, 3072 or 4096 bits, odd, no prime factor under 2^14 — which
 *   about 3% of random numbers of exactly those sizes share, so the bare shape is trusted only in
 *   the forms a modulus is copied in, never in plain bytes or standard base64 (what `openssl rand`
 *   makes).
 * Not recognisable: a raw Ed25519/X25519 key (any 32 bytes could be one).
 */

/** Larger secrets are not keys in any of these encodings; only their start is looked at for text armour. */
const MAX_INSPECTED = 64 * 1024;

const DER_READERS: [string, (b: Bytes) => unknown][] = [
  ['a DER-encoded public key (SPKI)', parseSpki],
  ['a DER-encoded RSA public key (PKCS #1)', (b) => parseRsaPublicKey(b as Uint8Array<ArrayBuffer>)],
  ['a DER-encoded RSA private key (PKCS #1)', (b) => parseRsaPrivateKey(b as Uint8Array<ArrayBuffer>)],
  ['a DER-encoded private key (PKCS #8)', parsePkcs8],
  ['a DER-encoded EC private key (SEC 1)', (b) => readEcPrivateKey(parseDer(b), 'EC private key')],
  ['a DER-encoded X.509 certificate', (b) => readCertificate(b)],
];

const EC_POINTS = [
  [65, p256.Point],
  [65, secp256k1.Point],
  [97, p384.Point],
  [133, p521.Point],
] as const;

function derKey(bytes: Bytes): string | null {
  // A DER key file is one SEQUENCE that spans exactly the bytes: anything else is rejected at once.
  if (bytes.length < 16 || bytes[0] !== 0x30) return null;
  try {
    parseDer(bytes, 'secret');
  } catch {
    return null;
  }
  for (const [name, read] of DER_READERS) {
    try {
      read(bytes);
      return name;
    } catch {
      // Not this structure; try the next.
    }
  }
  return null;
}

function ecPoint(bytes: Bytes): string | null {
  if (bytes[0] !== 0x04) return null;
  for (const [length, Point] of EC_POINTS) {
    if (bytes.length !== length) continue;
    const size = (length - 1) / 2;
    try {
      Point.fromAffine({ x: bytesToBigInt(bytes.subarray(1, 1 + size)), y: bytesToBigInt(bytes.subarray(1 + size)) }).assertValidity();
      return 'an uncompressed EC public point (04 ‖ x ‖ y)';
    } catch {
      // Not on this curve.
    }
  }
  return null;
}

const SMALL_PRIMES = (() => {
  const limit = 1 << 14;
  const sieve = new Uint8Array(limit);
  const out: bigint[] = [];
  for (let i = 3; i < limit; i += 2) {
    if (sieve[i]) continue;
    out.push(BigInt(i));
    for (let j = i * i; j < limit; j += 2 * i) sieve[j] = 1;
  }
  return out;
})();

/** 2048, 3072 or 4096 bits exactly, odd, and free of small factors, as the product of two large primes is. */
function modulusShaped(bytes: Bytes): boolean {
  if (![256, 384, 512].includes(bytes.length) || bytes[0]! < 0x80 || (bytes[bytes.length - 1]! & 1) === 0) return false;
  const n = bytesToBigInt(bytes);
  return SMALL_PRIMES.every((p) => n % p !== 0n);
}

/** A DER INTEGER's content: a 0x00 byte keeps a high-bit modulus positive. */
function derIntegerModulus(bytes: Bytes): boolean {
  return bytes[0] === 0 && bytes[1]! >= 0x80 && modulusShaped(bytes.subarray(1));
}

function binaryKey(bytes: Bytes): string | null {
  return derKey(bytes) ?? ecPoint(bytes) ?? (derIntegerModulus(bytes) ? 'an RSA modulus (a DER INTEGER)' : null);
}

function decodeOr(decode: () => Bytes): Bytes | undefined {
  try {
    return decode();
  } catch {
    return undefined;
  }
}

/** Text that encodes key bytes: base64, base64url or hex of DER, a point, or a modulus. */
function encodedKey(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 22) return null;
  if (/^[0-9a-fA-F]+$/.test(compact) && compact.length % 2 === 0) {
    const bytes = fromHex(compact);
    const found = binaryKey(bytes);
    if (found) return `${found}, hex-encoded`;
    // openssl prints moduli in upper case; `openssl rand -hex` in lower case.
    if (!/[a-f]/.test(compact) && modulusShaped(bytes)) return 'an RSA modulus (upper-case hex, as openssl prints it)';
    return null;
  }
  const url = /^[A-Za-z0-9_-]+$/.test(compact) ? decodeOr(() => base64urlDecode(compact.length % 4 === 1 ? '' : compact, { allowEmpty: true })) : undefined;
  if (url) {
    const found = binaryKey(url);
    if (found) return `${found}, base64url-encoded`;
    if (modulusShaped(url)) return 'an RSA modulus, base64url-encoded (the "n" of a JWK)';
  }
  const std = /^[A-Za-z0-9+/]+={0,2}$/.test(compact) ? decodeOr(() => base64Decode(compact)) : undefined;
  if (std) {
    const found = binaryKey(std);
    if (found) return `${found}, base64-encoded`;
  }
  return null;
}

function textKey(text: string): string | null {
  const t = text.trim();
  if (/-----BEGIN [A-Z0-9 ]*(PUBLIC KEY|PRIVATE KEY|CERTIFICATE)-----/.test(t.slice(0, 4096))) return 'the text of a PEM key or certificate';
  if (/^\{[\s\S]*"kty"\s*:/.test(t)) return 'the text of a JWK';
  if (/^(ssh-rsa|ssh-dss|ssh-ed25519|ssh-ed448|ecdsa-sha2-nistp\d+|sk-[a-z0-9-]+@openssh\.com)\s+AAAA/.test(t) || t.startsWith('---- BEGIN SSH2 PUBLIC KEY ----')) {
    return 'an OpenSSH public key';
  }
  const modulus = /^Modulus=([0-9A-Fa-f]+)$/.exec(t);
  if (modulus && modulus[1]!.length % 2 === 0 && modulusShaped(stripZero(fromHex(modulus[1]!)))) return 'an RSA modulus (openssl -modulus output)';
  if (/^(?:[0-9a-f]{2}:)+[0-9a-f]{2}$/i.test(t.replace(/\s+/g, ''))) {
    const bytes = stripZero(fromHex(t.replace(/[\s:]+/g, '')));
    if (modulusShaped(bytes)) return 'an RSA modulus (colon-separated hex, as openssl -text prints it)';
  }
  return encodedKey(t);
}

function stripZero(bytes: Bytes): Bytes {
  return bytes[0] === 0 ? bytes.subarray(1) : bytes;
}

/**
 * What the bytes of a secret are when they are a key in disguise, in words for a message ("the
 * text of a PEM key or certificate", "a DER-encoded RSA public key (PKCS #1), base64-encoded"...);
 * null for an ordinary secret. Bounded work: secrets over 64 KiB are only checked for PEM armour.
 */
export function keyInSecret(raw: Bytes): string | null {
  if (raw.length < 16) return null;
  const text = tryUtf8Decode(raw.length > MAX_INSPECTED ? raw.subarray(0, 4096) : raw);
  if (raw.length > MAX_INSPECTED) return text !== undefined && /-----BEGIN [A-Z0-9 ]*(PUBLIC KEY|PRIVATE KEY|CERTIFICATE)-----/.test(text) ? 'the text of a PEM key or certificate' : null;
  return (text !== undefined ? textKey(text) : null) ?? binaryKey(raw);
}
