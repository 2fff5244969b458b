/**
 * Checks the signature an issuing certificate's key made over a certificate's tbsCertificate
 * (RFC 5280 §4.1.1.3), with Web Crypto: RSASSA-PKCS1-v1_5, RSASSA-PSS (RFC 4055), ECDSA (RFC 5758)
 * and Ed25519 / Ed448 (RFC 8410; Ed448 through @noble where the browser lacks it).
 */
import { concatBytes, type Bytes } from '../lib/bytes.ts';
import { JoseError } from '../lib/errors.ts';
import { EC_CURVE_INFO, JWS_ALG_INFO, type EcCurve, type HashName } from '../lib/registry.ts';
import { cryptoKeyFor } from '../lib/webcrypto.ts';
import { children, readOid, readSmallInt, TAG, type DerNode } from '../jwk/der.ts';
import type { JoseKey } from '../jwk/types.ts';
import type { CertificateParts } from '../jwk/x509.ts';
import type { CertSignatureStatus } from '../jwk/x5c-types.ts';
import { parseDerSignature } from '../jws/ecdsa.ts';
import { eddsaPrimitive } from '../jws/eddsa.ts';

const HASH_OIDS: Record<string, HashName> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

type Family = 'RSASSA-PKCS1-v1_5' | 'RSA-PSS' | 'ECDSA' | 'Ed25519' | 'Ed448';

export interface CertSignatureAlgorithm {
  /** As a person reads it: "sha256WithRSAEncryption", "RSASSA-PSS (SHA-256, salt 32)", "ecdsa-with-SHA384", "Ed25519". */
  name: string;
  family: Family;
  hash?: HashName;
  saltLength?: number;
}

const SIMPLE: Record<string, CertSignatureAlgorithm> = {
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', family: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', family: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', family: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', family: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', family: 'ECDSA', hash: 'SHA-1' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', family: 'ECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', family: 'ECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', family: 'ECDSA', hash: 'SHA-512' },
  '1.3.101.112': { name: 'Ed25519', family: 'Ed25519' },
  '1.3.101.113': { name: 'Ed448', family: 'Ed448' },
};

const RSASSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';

function hashOf(node: DerNode | undefined, what: string): HashName {
  const [oid] = children(node!, 'certificate');
  const hash = HASH_OIDS[readOid(oid, what, 'certificate')];
  if (!hash) throw new JoseError('ERR_ALG_UNSUPPORTED', `The RSASSA-PSS ${what} is not SHA-1, SHA-256, SHA-384 or SHA-512`, { segment: 'key' });
  return hash;
}

/** RSASSA-PSS-params (RFC 4055 §3.1); Web Crypto needs MGF1 with the same hash as the message. */
function pssParams(params: DerNode | undefined): CertSignatureAlgorithm {
  let hash: HashName = 'SHA-1';
  let mgfHash: HashName = 'SHA-1';
  let saltLength = 20;
  for (const field of params && params.tag === TAG.SEQUENCE ? children(params, 'certificate') : []) {
    const inner = children(field, 'certificate')[0];
    if (field.tag === 0xa0) hash = hashOf(inner, 'hash');
    else if (field.tag === 0xa1) {
      const [mgfOid, mgfParams] = children(inner!, 'certificate');
      if (readOid(mgfOid, 'the mask generation function', 'certificate') !== MGF1) throw new JoseError('ERR_ALG_UNSUPPORTED', 'The RSASSA-PSS mask generation function is not MGF1', { segment: 'key' });
      mgfHash = hashOf(mgfParams, 'MGF1 hash');
    } else if (field.tag === 0xa2) saltLength = readSmallInt(inner, 'the salt length', 'certificate');
  }
  if (mgfHash !== hash) throw new JoseError('ERR_ALG_UNSUPPORTED', `RSASSA-PSS with ${hash} but MGF1 with ${mgfHash}: Web Crypto needs one hash for both`, { segment: 'key' });
  return { name: `RSASSA-PSS (${hash}, salt ${saltLength})`, family: 'RSA-PSS', hash, saltLength };
}

/** The signature algorithm of a certificate, or a JoseError ERR_ALG_UNSUPPORTED naming it. */
export function certSignatureAlgorithm(alg: CertificateParts['signatureAlgorithm']): CertSignatureAlgorithm {
  if (alg.oid === RSASSA_PSS) return pssParams(alg.params);
  const known = SIMPLE[alg.oid];
  if (!known) throw new JoseError('ERR_ALG_UNSUPPORTED', `The certificate is signed with the algorithm ${alg.oid}, which JOSE Lab cannot check`, { segment: 'key', details: { oid: alg.oid } });
  return known;
}

/** The DER ECDSA-Sig-Value as Web Crypto's fixed-size r || s. */
function rawEcdsa(signature: Bytes, curve: EcCurve): Bytes | undefined {
  const der = parseDerSignature(signature);
  if (!der) return undefined;
  const size = EC_CURVE_INFO[curve].coordinateBytes;
  const fit = (v: Bytes): Bytes | undefined => {
    let i = 0;
    while (i < v.length - 1 && v[i] === 0) i++;
    const trimmed = v.subarray(i);
    if (trimmed.length > size) return undefined;
    const out = new Uint8Array(size);
    out.set(trimmed, size - trimmed.length);
    return out;
  };
  const r = fit(der.r);
  const s = fit(der.s);
  return r && s ? concatBytes(r, s) : undefined;
}

/**
 * Whether `issuerKey` made the certificate's signature. Never throws for bad data: an unknown
 * algorithm or a key of the wrong kind comes back as 'unsupported' or 'invalid' with the reason.
 */
export async function verifyCertificateSignature(parts: CertificateParts, issuerKey: JoseKey): Promise<{ status: CertSignatureStatus; algorithm: string; message: string }> {
  let alg: CertSignatureAlgorithm;
  try {
    alg = certSignatureAlgorithm(parts.signatureAlgorithm);
  } catch (error) {
    if (!(error instanceof JoseError)) throw error;
    return { status: 'unsupported', algorithm: parts.signatureAlgorithm.oid, message: error.message };
  }
  const done = (valid: boolean, why?: string) => ({ status: valid ? ('valid' as const) : ('invalid' as const), algorithm: alg.name, message: valid ? `The ${alg.name} signature verifies with the issuer's key` : (why ?? `The ${alg.name} signature does not verify with the issuer's key`) });
  const wrongKey = (needs: string) => done(false, `The certificate is signed with ${alg.name}, which needs ${needs}; the issuer's key is ${issuerKey.kty}${issuerKey.crv ? ` ${issuerKey.crv}` : ''}`);
  try {
    switch (alg.family) {
      case 'RSASSA-PKCS1-v1_5':
      case 'RSA-PSS': {
        if (issuerKey.kty !== 'RSA') return wrongKey('an RSA key');
        const key = await cryptoKeyFor(issuerKey, { name: alg.family, hash: alg.hash! }, 'verify', true);
        const params = alg.family === 'RSA-PSS' ? { name: 'RSA-PSS', saltLength: alg.saltLength! } : { name: alg.family };
        return done(await crypto.subtle.verify(params, key, parts.signature, parts.tbs));
      }
      case 'ECDSA': {
        if (issuerKey.kty !== 'EC') return wrongKey('an EC key');
        if (issuerKey.crv === 'secp256k1') return { status: 'unsupported', algorithm: alg.name, message: 'ECDSA on secp256k1 certificates is not checked (Web Crypto has no secp256k1)' };
        const raw = rawEcdsa(parts.signature, issuerKey.crv as EcCurve);
        if (!raw) return done(false, `The ${alg.name} signature is not a DER ECDSA-Sig-Value that fits ${issuerKey.crv}`);
        const key = await cryptoKeyFor(issuerKey, { name: 'ECDSA', namedCurve: issuerKey.crv! }, 'verify', true);
        return done(await crypto.subtle.verify({ name: 'ECDSA', hash: alg.hash! }, key, raw, parts.tbs));
      }
      case 'Ed25519':
      case 'Ed448': {
        if (issuerKey.kty !== 'OKP' || issuerKey.crv !== alg.family) return wrongKey(`an ${alg.family} key`);
        const outcome = await eddsaPrimitive.verify(JWS_ALG_INFO.EdDSA, issuerKey, parts.tbs, parts.signature);
        return done(outcome.valid);
      }
    }
  } catch (error) {
    // A signature of the wrong length for Ed25519/Ed448, a key the runtime refuses to import, or a
    // DOMException from Web Crypto for parameters it rejects: all mean "this signature does not check".
    return done(false, `The ${alg.name} signature could not be checked: ${(error as Error)?.message ?? String(error)}`);
  }
}
