import { base64Decode, base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { fromHex, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, isJoseError, rfcRef, echo, type Finding } from '../lib/errors.ts';
import { isJsonObject, parseJson } from '../lib/json.ts';
import type { Curve, Kty } from '../lib/registry.ts';
import { completeAkpJwk, needsAkpCompletion } from './akp.ts';
import { readKeyText } from './pem.ts';
import type { CertificateInfo, ImportKeyOptions, JoseKey, JoseKeySet, Jwk, KeyFormat, SecretEncoding } from './types.ts';
import { validateJwk } from './validate.ts';

/** Builds a JoseKey from a JWK that has passed validation (and, for a certificate, what it says). */
export function keyFromJwk(jwk: Jwk, format: KeyFormat, extraFindings: readonly Finding[] = [], extras: { certificate?: CertificateInfo } = {}): JoseKey {
  const v = validateJwk(jwk);
  const frozen = Object.freeze({ ...jwk }) as Jwk;
  const key: JoseKey = {
    type: v.type,
    kty: v.kty,
    ...(v.crv ? { crv: v.crv as Curve } : {}),
    jwk: frozen,
    ...(typeof jwk.kid === 'string' ? { kid: jwk.kid } : {}),
    ...(typeof jwk.alg === 'string' ? { alg: jwk.alg } : {}),
    ...(typeof jwk.use === 'string' ? { use: jwk.use } : {}),
    ...(Array.isArray(jwk.key_ops) ? { keyOps: Object.freeze([...jwk.key_ops]) } : {}),
    bits: v.bits,
    format,
    findings: Object.freeze([...extraFindings, ...v.findings]),
    ...(extras.certificate ? { certificate: Object.freeze({ ...extras.certificate }) } : {}),
  };
  return Object.freeze(key);
}

/** A raw secret (HMAC key, AES key, dir CEK or PBES2 password) as an oct key. */
export function secretKey(bytes: Uint8Array, format: KeyFormat = 'secret', findings: readonly Finding[] = []): JoseKey {
  return keyFromJwk({ kty: 'oct', k: base64urlEncode(bytes) }, format, findings);
}

function decodeSecret(text: string, encoding: SecretEncoding): Bytes {
  try {
    switch (encoding) {
      case 'utf8':
        return utf8Encode(text);
      case 'hex':
        return fromHex(text);
      case 'base64':
        return base64Decode(text);
      case 'base64url':
        // Like hex and base64 here: a secret copied from a terminal may be wrapped across lines.
        return base64urlDecode(text.replace(/\s+/g, '').replace(/=+$/, ''), { allowEmpty: true });
    }
  } catch (cause) {
    throw new JoseError('ERR_KEY_INVALID', `The secret is not valid ${encoding}: ${(cause as Error).message}`, { segment: 'key', cause });
  }
}

const HINT_SIZES: Record<number, string> = { 16: 'A128*', 24: 'A192*', 32: 'HS256 / A256*', 48: 'HS384', 64: 'HS512 / A256CBC-HS512' };

/**
 * What else a secret might have been meant as — UTF-8 vs base64 vs base64url vs hex is the most common
 * confusion — and text that is probably pasted wrong (quotes, surrounding spaces).
 *
 * @example
 * secretEncodingHints('aGVsbG8gd29ybGQ=', 'utf8')[0].message;
 * // 'The secret looks like base64 (it would be 11 bytes); if it is, choose the base64 encoding'
 */
export function secretEncodingHints(text: string, chosen: SecretEncoding): Finding[] {
  const t = text.trim();
  const hints: Finding[] = [];
  const say = (enc: SecretEncoding, why: string, bytes?: number) => {
    const size = bytes === undefined ? '' : ` (it would be ${bytes} bytes${HINT_SIZES[bytes] ? `, the size of an ${HINT_SIZES[bytes]} key` : ''})`;
    const params = { looksLike: enc === 'base64' && why.startsWith('standard') ? 'base64 estándar' : enc, encoding: enc, ...(bytes !== undefined ? { bytes } : {}), ...(bytes !== undefined && HINT_SIZES[bytes] ? { keySize: HINT_SIZES[bytes] } : {}) };
    hints.push({ code: 'SECRET_ENCODING_HINT', severity: 'info', message: `The secret looks like ${why}${size}; if it is, choose the ${enc} encoding`, params, segment: 'key' });
  };
  if (chosen === 'utf8' && t !== text) {
    hints.push({ code: 'SECRET_WHITESPACE', severity: 'warning', message: 'The secret starts or ends with whitespace, which is part of the UTF-8 key; remove it if it came with the paste', segment: 'key' });
  }
  if (/^(["'`]).*\1$/s.test(t) && t.length >= 2) {
    hints.push({ code: 'SECRET_QUOTED', severity: 'warning', message: 'The secret is wrapped in quotes, which are part of the key as typed; remove them if they came from code or JSON', segment: 'key' });
  }
  if (t.length < 8) return hints;
  const isHex = /^(?:[0-9a-fA-F]{2})+$/.test(t);
  const isB64url = /^[A-Za-z0-9_-]+$/.test(t) && t.length % 4 !== 1;
  const isB64 = /^[A-Za-z0-9+/]+={0,2}$/.test(t) && (t.length % 4 === 0 || !/=/.test(t)) && t.replace(/=+$/, '').length % 4 !== 1;
  const b64Bytes = Math.floor((t.replace(/=+$/, '').length * 3) / 4);
  if (chosen !== 'hex' && isHex) say('hex', 'hex', t.length / 2);
  else if (chosen === 'base64' && /[-_]/.test(t) && isB64url) say('base64url', 'base64url ("-" and "_" are base64url characters)', b64Bytes);
  else if (chosen === 'base64url' && /[+/=]/.test(t) && isB64) say('base64', 'standard base64 ("+", "/" or "=" are not base64url)', b64Bytes);
  // Typed words ("your-256-bit-secret") are rarely mixed-case with digits; random base64 almost always is.
  const randomLooking = /[0-9]/.test(t) && /[a-z]/.test(t) && /[A-Z]/.test(t);
  if (chosen === 'utf8' && !isHex) {
    if (isB64url && /[-_]/.test(t) && randomLooking) say('base64url', 'base64url', b64Bytes);
    else if (isB64 && (/[+/]|=$/.test(t) || t.length % 4 === 0) && randomLooking) say('base64', 'base64', b64Bytes);
  }
  return hints;
}

/** One JWK: an ML-DSA private key gets its "pub" computed or checked first (async), others go straight through. */
async function importOneJwk(value: Jwk, format: KeyFormat): Promise<JoseKey> {
  if (!needsAkpCompletion(value)) return keyFromJwk(value, format);
  const findings: Finding[] = [];
  return keyFromJwk(await completeAkpJwk(value, findings), format, findings);
}

async function importJwkValue(value: unknown, format: KeyFormat): Promise<JoseKey | JoseKeySet> {
  if (!isJsonObject(value)) throw new JoseError('ERR_KEY_INVALID', 'A JWK must be a JSON object', { segment: 'key' });
  if (Object.prototype.hasOwnProperty.call(value, 'keys')) {
    const keys = (value as { keys: unknown }).keys;
    if (!Array.isArray(keys)) throw new JoseError('ERR_KEY_INVALID', 'The JWKS member "keys" must be an array', { segment: 'key' });
    if (keys.length === 0) throw new JoseError('ERR_KEY_INVALID', 'The JWKS has no keys ("keys" is an empty array)', { segment: 'key' });
    const findings: Finding[] = [];
    const imported: JoseKey[] = [];
    for (const [index, entry] of keys.entries()) {
      try {
        imported.push((await importJwkValue(entry, 'jwks')) as JoseKey);
      } catch (error) {
        // RFC 7517 §5: implementations should ignore keys they cannot use rather than fail the set.
        findings.push({
          code: 'JWKS_KEY_SKIPPED',
          severity: 'warning',
          message: `Key ${index + 1} of the JWKS was skipped: ${(error as Error).message}`,
          params: { index: index + 1, ...(isJoseError(error) ? { error: error.code } : {}) },
          ref: rfcRef(7517, '5'),
          segment: 'key',
        });
      }
    }
    if (imported.length === 0) {
      throw new JoseError('ERR_KEY_INVALID', `None of the ${keys.length} keys in the JWKS could be read: ${findings.map((f) => f.message).join('; ')}`, { segment: 'key' });
    }
    // Counted over every entry, read or skipped: the set itself is ambiguous either way.
    const kids = keys.map((k) => (isJsonObject(k) ? (k as { kid?: unknown }).kid : undefined)).filter((k): k is string => typeof k === 'string');
    const duplicates = kids.filter((kid, i) => kids.indexOf(kid) !== i);
    const kinds = new Set(imported.map((k) => k.type));
    if (kinds.has('secret') && kinds.size > 1) {
      // A verifier that picks keys by the token's header could be steered from one family to the other.
      findings.push({ code: 'JWKS_MIXED_KEYS', severity: 'warning', message: 'The JWKS mixes shared secrets with public or private keys; keep symmetric and asymmetric keys in separate sets', segment: 'key' });
    }
    if (kinds.has('private')) {
      findings.push({ code: 'JWKS_PRIVATE_KEYS', severity: kinds.has('public') ? 'warning' : 'info', message: `The JWKS holds private keys${kinds.has('public') ? ' next to public ones' : ''}; a published JWKS should hold only public keys`, params: { withPublic: kinds.has('public') }, ref: rfcRef(7517, '5'), segment: 'key' });
    }
    if (duplicates.length) {
      findings.push({ code: 'JWKS_DUPLICATE_KID', severity: 'warning', message: `The JWKS repeats the kid ${[...new Set(duplicates)].map((k) => echo(k, 60)).join(', ')}`, params: { kids: [...new Set(duplicates)].map((k) => echo(k, 60)).join(', ') }, segment: 'key' });
    }
    return Object.freeze({ type: 'set', keys: Object.freeze(imported), format: 'jwks', findings: Object.freeze(findings) });
  }
  return importOneJwk(value as Jwk, format);
}

/** A PEM key or certificate (readKeyText); an ML-DSA PKCS#8 in seed form has its public key computed from the seed (async). */
function importPemText(text: string): JoseKey | Promise<JoseKey> | undefined {
  const read = readKeyText(text);
  if (!read) return undefined;
  const extras = read.certificate ? { certificate: read.certificate } : {};
  if (!needsAkpCompletion(read.jwk)) return keyFromJwk(read.jwk, read.format, read.findings, extras);
  const findings = [...read.findings];
  return completeAkpJwk(read.jwk, findings, { fromFile: true, ...(read.expandedKey ? { expandedKey: read.expandedKey } : {}) }).then((jwk) => keyFromJwk(jwk, read.format, findings, extras));
}

/**
 * Reads a key from what a person pastes: a JWK or JWKS (object or JSON text), a raw secret as text
 * (options.encoding) or bytes, and the PEM formats (SPKI, PKCS #8, PKCS #1, SEC 1, X.509) readKeyText knows.
 *
 * @example
 * const key = await importKey('{"kty":"oct","k":"c2VjcmV0"}');
 * const hmac = await importKey('password', { encoding: 'utf8' });
 */
export async function importKey(material: unknown, options: ImportKeyOptions = {}): Promise<JoseKey | JoseKeySet> {
  if (material instanceof Uint8Array) return secretKey(material, options.password ? 'password' : 'secret');
  if (material instanceof ArrayBuffer) return secretKey(new Uint8Array(material), options.password ? 'password' : 'secret');
  if (typeof material === 'object' && material !== null) return importJwkValue(material, 'jwk');
  if (typeof material !== 'string') {
    throw new JoseError('ERR_KEY_INVALID', `Key material must be a JWK, text or bytes, not ${material === null ? 'null' : typeof material}`, { segment: 'key' });
  }
  const text = material.trim();
  if (options.password) return secretKey(utf8Encode(material), 'password');
  if (text.startsWith('{')) {
    let parsed;
    try {
      parsed = parseJson(text, { what: 'key' });
    } catch (cause) {
      throw new JoseError('ERR_KEY_INVALID', `The key looks like JSON but is not valid: ${(cause as Error).message}`, { segment: 'key', cause });
    }
    return importJwkValue(parsed.value, 'jwk');
  }
  const pem = await importPemText(material);
  if (pem) return pem;
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(text)) {
    const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)![1];
    throw new JoseError('ERR_KEY_INVALID', `PEM ${echo(label)} is not a format this build can read`, { segment: 'key', details: { format: label } });
  }
  const encoding = options.encoding ?? 'utf8';
  const bytes = decodeSecret(material, encoding);
  return secretKey(bytes, 'secret', secretEncodingHints(material, encoding));
}

/** "a" or "an" as the word is spoken: "an 8-byte", "an RSA", "an X25519", "a 32-byte", "a P-256". */
function article(phrase: string): string {
  const spokenVowel = /^(8|1[18](?!\d)|Ed\d|[AEFHILMNORSX][-A-Z0-9]|[aeiou])/.test(phrase);
  return `${spokenVowel ? 'an' : 'a'} ${phrase}`;
}

/**
 * A key in words, with its article: "an RSA 2048-bit public key", "an 8-byte shared secret".
 *
 * @example
 * describeKey(await importKey('password')); // 'an 8-byte shared secret'
 */
export function describeKey(key: JoseKey): string {
  const kind = key.type === 'secret' ? 'shared secret' : `${key.type} key`;
  const what: Record<Kty, string> = { oct: `${key.bits / 8}-byte`, RSA: `RSA ${key.bits}-bit`, EC: `EC ${key.crv ?? ''}`, OKP: `${key.crv ?? 'OKP'}`, AKP: `${key.alg ?? 'AKP'}` };
  return article(`${what[key.kty]} ${kind}`);
}
