/** Object identifiers of the key formats JOSE Lab reads (RFC 3279, 5480, 8410, 4055, 5915, 9881). */
import { ML_DSA_INFO, type EcCurve, type MlDsaAlg, type OkpCurve } from '../lib/registry.ts';

export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  rsaesOaep: '1.2.840.113549.1.1.7',
  ecPublicKey: '1.2.840.10045.2.1',
  ecDH: '1.3.132.1.12',
  pbes2: '1.2.840.113549.1.5.13',
  Ed25519: '1.3.101.112',
  Ed448: '1.3.101.113',
  X25519: '1.3.101.110',
  X448: '1.3.101.111',
} as const;

export const CURVE_OIDS: Readonly<Record<EcCurve, string>> = {
  'P-256': '1.2.840.10045.3.1.7',
  'P-384': '1.3.132.0.34',
  'P-521': '1.3.132.0.35',
  secp256k1: '1.3.132.0.10',
};

export const OKP_OIDS: Readonly<Record<OkpCurve, string>> = {
  Ed25519: OID.Ed25519,
  Ed448: OID.Ed448,
  X25519: OID.X25519,
  X448: OID.X448,
};

/** RFC 9881 id-ml-dsa-44/65/87 (the registry holds them beside the sizes) -> the JWS alg. */
export function mlDsaAlgForOid(oid: string): MlDsaAlg | undefined {
  return (Object.keys(ML_DSA_INFO) as MlDsaAlg[]).find((alg) => ML_DSA_INFO[alg].oid === oid);
}

/** Curves JOSE has no name for, so a message can still say which curve the file uses. */
const OTHER_CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.1': 'P-192 (prime192v1)',
  '1.3.132.0.33': 'P-224 (secp224r1)',
  '1.3.36.3.3.2.8.1.1.7': 'brainpoolP256r1',
  '1.3.36.3.3.2.8.1.1.11': 'brainpoolP384r1',
  '1.3.36.3.3.2.8.1.1.13': 'brainpoolP512r1',
  '1.2.156.10197.1.301': 'SM2',
};

export function curveForOid(oid: string): EcCurve | undefined {
  return (Object.keys(CURVE_OIDS) as EcCurve[]).find((c) => CURVE_OIDS[c] === oid);
}

export function okpCurveForOid(oid: string): OkpCurve | undefined {
  return (Object.keys(OKP_OIDS) as OkpCurve[]).find((c) => OKP_OIDS[c] === oid);
}

export function describeCurveOid(oid: string): string {
  return curveForOid(oid) ?? OTHER_CURVES[oid] ?? `the curve ${oid}`;
}

const KEY_ALGORITHMS: Record<string, string> = {
  '1.2.840.10040.4.1': 'DSA',
  '1.2.840.113549.1.3.1': 'Diffie-Hellman',
  '1.2.643.2.2.19': 'GOST R 34.10-2001',
  '1.2.643.7.1.1.1.1': 'GOST R 34.10-2012',
  '1.2.156.10197.1.301': 'SM2',
  // FIPS 203 ML-KEM (NIST's OIDs): key encapsulation, for which JOSE has no registered algorithm.
  '2.16.840.1.101.3.4.4.1': 'ML-KEM-512',
  '2.16.840.1.101.3.4.4.2': 'ML-KEM-768',
  '2.16.840.1.101.3.4.4.3': 'ML-KEM-1024',
};

export function describeKeyAlgorithmOid(oid: string): string {
  return KEY_ALGORITHMS[oid] ?? `the algorithm ${oid}`;
}
