/** SEC1 (RFC 5915) ECPrivateKey, to and from an EC JWK; the public point is computed when absent. */
import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { bytesEqual, concatBytes, type Bytes } from '../lib/bytes.ts';
import { JoseError, type Finding } from '../lib/errors.ts';
import { EC_CURVE_INFO, type EcCurve } from '../lib/registry.ts';
import { decodeEcPoint, ecPublicFromPrivate } from './curves.ts';
import { children, ctxTag, derBitString, derOctetString, derOid, derSequence, derSmallInt, readBitString, readOctetString, readOid, readSmallInt, sequence, tlv, TAG, type DerNode } from './der.ts';
import { CURVE_OIDS, curveForOid, describeCurveOid } from './oids.ts';
import type { Jwk } from './types.ts';

export interface ParsedKey {
  jwk: Jwk;
  findings: Finding[];
  /** An ML-DSA PKCS#8 in RFC 9881's "both" form: its expanded key, which importKey checks against the seed. */
  expandedKey?: Bytes;
}

/** The named curve of ECParameters; explicit parameters get a message saying how to convert. */
export function readNamedCurve(node: DerNode | undefined, what: string): EcCurve {
  if (node?.tag === TAG.SEQUENCE) {
    throw new JoseError('ERR_KEY_INVALID', `The ${what} spells out its curve parameters instead of naming the curve; convert it with \`openssl ec -in key.pem -param_enc named_curve -out named.pem\``, { segment: 'key' });
  }
  if (node?.tag === TAG.NULL) throw new JoseError('ERR_KEY_INVALID', `The ${what} uses implicitlyCA curve parameters, which JOSE cannot use`, { segment: 'key' });
  const oid = readOid(node, 'the curve', what);
  const crv = curveForOid(oid);
  if (!crv) throw new JoseError('ERR_KEY_INVALID', `The ${what} is on ${describeCurveOid(oid)}; JOSE defines P-256, P-384, P-521 and secp256k1`, { segment: 'key', details: { oid } });
  return crv;
}

/**
 * ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] ECParameters OPTIONAL, [1] BIT STRING OPTIONAL }.
 * `outerCurve` is the curve named by PKCS#8's AlgorithmIdentifier, when inside PKCS#8.
 */
export function readEcPrivateKey(node: DerNode, what: string, outerCurve?: EcCurve): ParsedKey {
  const items = sequence(node, 'ECPrivateKey', what, 2, 4);
  const findings: Finding[] = [];
  if (readSmallInt(items[0], 'the version', what) !== 1) throw new JoseError('ERR_KEY_INVALID', `The ${what} has an ECPrivateKey version other than 1`, { segment: 'key' });
  let d: Bytes = readOctetString(items[1], 'the private key', what);
  let params: DerNode | undefined;
  let publicBits: Bytes | undefined;
  for (const item of items.slice(2)) {
    if (item.tag === ctxTag(0) && !params && !publicBits) params = children(item, what)[0];
    else if (item.tag === ctxTag(1) && !publicBits) publicBits = readBitString(children(item, what)[0], 'the public key', what);
    else throw new JoseError('ERR_KEY_INVALID', `The ${what} has an unexpected field in its ECPrivateKey`, { segment: 'key' });
  }
  const innerCurve = params ? readNamedCurve(params, what) : undefined;
  if (innerCurve && outerCurve && innerCurve !== outerCurve) {
    throw new JoseError('ERR_KEY_INVALID', `The ${what} names two different curves (${outerCurve} and ${innerCurve})`, { segment: 'key' });
  }
  const crv = innerCurve ?? outerCurve;
  if (!crv) throw new JoseError('ERR_KEY_INVALID', `The ${what} does not say which curve it is on`, { segment: 'key' });
  const size = EC_CURVE_INFO[crv].coordinateBytes;
  if (d.length > size) throw new JoseError('ERR_KEY_INVALID', `The ${crv} private key is ${d.length} bytes; it must be ${size}`, { segment: 'key' });
  if (d.length < size) {
    // RFC 5915 fixes the length, but some encoders drop leading zero bytes; the value is the same.
    findings.push({ code: 'KEY_SHORT_SCALAR', severity: 'info', message: `The ${crv} private key was ${d.length} bytes without its leading zeros; padded to ${size}`, params: { crv, bytes: d.length, size }, segment: 'key' });
    d = concatBytes(new Uint8Array(size - d.length), d);
  }
  const derived = ecPublicFromPrivate(crv, d);
  if (publicBits) {
    const given = decodeEcPoint(crv, publicBits);
    if (!bytesEqual(given.x, derived.x) || !bytesEqual(given.y, derived.y)) {
      throw new JoseError('ERR_KEY_INVALID', `The public key stored in the ${what} does not belong to its private key`, { segment: 'key' });
    }
  } else {
    findings.push({ code: 'KEY_PUBLIC_COMPUTED', severity: 'info', message: `The ${what} has no public key; it was computed from the private key`, segment: 'key' });
  }
  return { jwk: { kty: 'EC', crv, x: base64urlEncode(derived.x), y: base64urlEncode(derived.y), d: base64urlEncode(d) }, findings };
}

export function uncompressedPoint(jwk: Jwk): Bytes {
  return concatBytes(new Uint8Array([4]), base64urlDecode(String(jwk.x)), base64urlDecode(String(jwk.y)));
}

/** ECPrivateKey as OpenSSL writes it: inside PKCS#8 without [0] (the AlgorithmIdentifier names the curve), with [0] on its own. */
export function writeEcPrivateKey(jwk: Jwk, withCurve: boolean): Bytes {
  const crv = jwk.crv as EcCurve;
  return derSequence(
    derSmallInt(1),
    derOctetString(base64urlDecode(String(jwk.d))),
    ...(withCurve ? [tlv(ctxTag(0), derOid(CURVE_OIDS[crv]))] : []),
    tlv(ctxTag(1), derBitString(uncompressedPoint(jwk))),
  );
}
