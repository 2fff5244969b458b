/** SubjectPublicKeyInfo (RFC 5280 §4.1.2.7; key types per RFC 3279, 5480, 8410, 4055, 9881), to and from JWK. */
import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { JoseError, rfcRef, echo, type Finding } from '../lib/errors.ts';
import { ML_DSA_INFO, OKP_CURVE_BYTES, type EcCurve, type MlDsaAlg, type OkpCurve } from '../lib/registry.ts';
import { decodeEcPoint } from './curves.ts';
import { derBitString, derNull, derOid, derSequence, parseDer, readBitString, readOid, sequence, TAG, type DerNode } from './der.ts';
import { CURVE_OIDS, OID, OKP_OIDS, describeKeyAlgorithmOid, mlDsaAlgForOid, okpCurveForOid } from './oids.ts';
import { readRsaPublicKey, writeRsaPublicKey } from './pkcs1.ts';
import { readNamedCurve, uncompressedPoint, type ParsedKey } from './sec1.ts';
import type { Bytes } from '../lib/bytes.ts';
import type { Jwk } from './types.ts';

export interface AlgorithmIdentifier {
  oid: string;
  params: DerNode | undefined;
}

export function readAlgorithmIdentifier(node: DerNode | undefined, what: string): AlgorithmIdentifier {
  const [oid, params] = sequence(node, 'the AlgorithmIdentifier', what, 1, 2);
  return { oid: readOid(oid, 'the key algorithm', what), params };
}

/** The finding for an id-RSASSA-PSS key: read as RSA, its PSS restrictions are not carried into JOSE. */
export function pssFinding(): Finding {
  return {
    code: 'KEY_RSA_PSS_OID',
    severity: 'info',
    message: 'The file marks this as an RSASSA-PSS key (id-RSASSA-PSS); it was read as a plain RSA key, and any hash restriction in its parameters is not enforced',
    ref: rfcRef(4055, '3.1'),
    segment: 'key',
  };
}

export type KeyKind = { kty: 'RSA' } | { kty: 'EC'; crv: EcCurve } | { kty: 'OKP'; crv: OkpCurve } | { kty: 'AKP'; alg: MlDsaAlg };

/** What kind of key an AlgorithmIdentifier names: the JWK family and, for EC/OKP the curve, for ML-DSA the alg. */
export function keyKind(alg: AlgorithmIdentifier, what: string, findings: Finding[]): KeyKind {
  switch (alg.oid) {
    case OID.rsaEncryption:
      if (alg.params && alg.params.tag !== TAG.NULL) throw new JoseError('ERR_KEY_INVALID', `The ${what} has unexpected rsaEncryption parameters`, { segment: 'key' });
      return { kty: 'RSA' };
    case OID.rsassaPss:
      findings.push(pssFinding());
      return { kty: 'RSA' };
    case OID.rsaesOaep:
      findings.push({ code: 'KEY_RSA_OAEP_OID', severity: 'info', message: 'The file marks this as an RSAES-OAEP key; it was read as a plain RSA key', segment: 'key' });
      return { kty: 'RSA' };
    case OID.ecPublicKey:
      return { kty: 'EC', crv: readNamedCurve(alg.params, what) };
    case OID.ecDH:
      findings.push({ code: 'KEY_ECDH_OID', severity: 'info', message: 'The file marks this as an ECDH-only key (id-ecDH); it was read as an EC key', segment: 'key' });
      return { kty: 'EC', crv: readNamedCurve(alg.params, what) };
  }
  const crv = okpCurveForOid(alg.oid);
  if (crv) {
    if (alg.params) throw new JoseError('ERR_KEY_INVALID', `The ${what} has parameters after the ${crv} identifier; RFC 8410 §3 says they must be absent`, { segment: 'key' });
    return { kty: 'OKP', crv };
  }
  const mlDsa = mlDsaAlgForOid(alg.oid);
  if (mlDsa) {
    if (alg.params) throw new JoseError('ERR_KEY_INVALID', `The ${what} has parameters after the ${mlDsa} identifier; RFC 9881 says they must be absent`, { segment: 'key' });
    return { kty: 'AKP', alg: mlDsa };
  }
  throw new JoseError('ERR_KEY_INVALID', `The ${what} is a ${describeKeyAlgorithmOid(alg.oid)} key, which JOSE does not use (JOSE keys are RSA, EC P-256/P-384/P-521/secp256k1, Ed25519, Ed448, X25519, X448, ML-DSA-44/65/87)`, {
    segment: 'key',
    details: { oid: alg.oid },
  });
}

export function readSpki(node: DerNode, what = 'public key (SubjectPublicKeyInfo)'): ParsedKey {
  const [algNode, keyNode] = sequence(node, 'SubjectPublicKeyInfo', what, 2);
  const findings: Finding[] = [];
  const kind = keyKind(readAlgorithmIdentifier(algNode, what), what, findings);
  const bits = readBitString(keyNode, 'the public key', what);
  if (kind.kty === 'RSA') return { jwk: readRsaPublicKey(parseDer(bits, what), what), findings };
  if (kind.kty === 'EC') {
    const point = decodeEcPoint(kind.crv, bits);
    if (point.compressed) findings.push({ code: 'KEY_COMPRESSED_POINT', severity: 'info', message: 'The public point was stored compressed; it was expanded', segment: 'key' });
    return { jwk: { kty: 'EC', crv: kind.crv, x: base64urlEncode(point.x), y: base64urlEncode(point.y) }, findings };
  }
  if (kind.kty === 'AKP') {
    const expected = ML_DSA_INFO[kind.alg].publicKeyBytes;
    if (bits.length !== expected) {
      throw new JoseError('ERR_KEY_INVALID', `The ${kind.alg} public key is ${bits.length} bytes; it must be exactly ${expected} (FIPS 204 Table 2)`, { segment: 'key', details: { length: bits.length, expectedLength: expected } });
    }
    return { jwk: { kty: 'AKP', alg: kind.alg, pub: base64urlEncode(bits) }, findings };
  }
  const size = OKP_CURVE_BYTES[kind.crv].publicBytes;
  if (bits.length !== size) throw new JoseError('ERR_KEY_INVALID', `The ${kind.crv} public key is ${bits.length} bytes; it must be ${size}`, { segment: 'key' });
  return { jwk: { kty: 'OKP', crv: kind.crv, x: base64urlEncode(bits) }, findings };
}

export function parseSpki(der: Bytes): ParsedKey {
  return readSpki(parseDer(der, 'public key (SubjectPublicKeyInfo)'));
}

/** The AlgorithmIdentifier for a JWK's key type, as OpenSSL writes it. */
export function algorithmIdentifierFor(jwk: Jwk): Bytes {
  switch (jwk.kty) {
    case 'RSA':
      return derSequence(derOid(OID.rsaEncryption), derNull());
    case 'EC':
      return derSequence(derOid(OID.ecPublicKey), derOid(CURVE_OIDS[jwk.crv as EcCurve]));
    case 'OKP':
      return derSequence(derOid(OKP_OIDS[jwk.crv as OkpCurve]));
    case 'AKP':
      // RFC 9881 §2: the parameters are absent.
      return derSequence(derOid(ML_DSA_INFO[jwk.alg as MlDsaAlg].oid));
    default:
      throw new JoseError('ERR_KEY_INVALID', `A ${echo(jwk.kty)} key has no PEM form; only RSA, EC, OKP and ML-DSA keys do`, { segment: 'key' });
  }
}

export function writeSpki(jwk: Jwk): Bytes {
  const key = jwk.kty === 'RSA' ? writeRsaPublicKey(jwk) : jwk.kty === 'EC' ? uncompressedPoint(jwk) : base64urlDecode(String(jwk.kty === 'AKP' ? jwk.pub : jwk.x));
  return derSequence(algorithmIdentifierFor(jwk), derBitString(key));
}
