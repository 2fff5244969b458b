/**
 * Every finding the engine can report, one name each, grouped by what it is about. A Finding's
 * `code` is one of these, so a misspelt or second name for the same thing fails to compile, and the
 * UI can switch on them. To add a finding, add its code here, in its group.
 *
 * @example
 * FINDING_CODES.includes('CLAIM_EXPIRED'); // true
 */
export const FINDING_CODES = [
  // The token as a whole
  'TOKEN_LARGE',
  'NESTED_JWT',
  // The JOSE Header: algorithms
  'ALG_NONE',
  'ALG_NONE_VARIANT',
  'ALG_NONE_WITH_SIGNATURE',
  'ALG_UNKNOWN',
  'ALG_RSA1_5',
  'ALG_EDDSA_DEPRECATED',
  'JWE_HEADER_ON_JWS',
  'JWS_ALG_ON_JWE',
  // The JOSE Header: keys, URLs and names it carries
  'HEADER_JKU',
  'HEADER_X5U',
  'HEADER_JWK',
  'HEADER_X5C',
  'KID_SUSPICIOUS',
  'KID_MISMATCH',
  'HEADER_PROTOTYPE_NAME',
  'TYP_INVALID',
  // The JOSE Header: crit and b64 (RFC 7515 §4.1.11, RFC 7797)
  'CRIT_UNPROTECTED',
  'CRIT_INVALID',
  'CRIT_DUPLICATE',
  'CRIT_UNSUPPORTED',
  'CRIT_ABSENT',
  'B64_UNPROTECTED',
  'B64_INVALID',
  'B64_WITHOUT_CRIT',
  // The JOSE Header: JWE parameters
  'ZIP',
  'ZIP_UNPROTECTED',
  'PBES2_P2C_HIGH',
  'PBES2_P2C_LOW',
  // The payload
  'PAYLOAD_DETACHED',
  'PAYLOAD_NOT_UTF8',
  'PAYLOAD_BOM',
  // The signature
  'ECDSA_HIGH_S',
  'MAC_LENGTH',
  // The claims (RFC 7519 §4.1)
  'CLAIMS_NOT_OBJECT',
  'CLAIM_DUPLICATE',
  'CLAIM_NOT_NUMERIC',
  'CLAIM_NOT_FINITE',
  'CLAIM_PRECISION',
  'CLAIM_MILLISECONDS',
  'CLAIM_EXPIRED',
  'CLAIM_NOT_YET_VALID',
  'CLAIM_IAT_FUTURE',
  'CLAIM_EXP_MISSING',
  'CLAIM_EXP_BEFORE_START',
  'CLAIM_LIFETIME_LONG',
  'CLAIM_TYPE',
  'CLAIM_ISSUER_MISMATCH',
  'CLAIM_AUDIENCE_MISMATCH',
  // A debugger's verdict around verify and decrypt (verdict/findings.ts)
  'ALG_CONFUSION',
  'ALG_ACCEPTED_HERE',
  // Keys
  'WEAK_HMAC_SECRET',
  'KEY_RSA_SHORT',
  'KEY_RSA_ROCA',
  'KEY_RSA_PSS_OID',
  'KEY_RSA_OAEP_OID',
  'KEY_ECDH_OID',
  'KEY_SHORT_SCALAR',
  'KEY_COMPRESSED_POINT',
  'KEY_PUBLIC_COMPUTED',
  'AKP_PUB_COMPUTED',
  'KEY_EMPTY_SECRET',
  'KEY_USE_UNKNOWN',
  'KEY_USE_AND_OPS',
  'KEY_FROM_CERTIFICATE',
  'CERT_EXPIRED',
  'CERT_NOT_YET_VALID',
  'SECRET_ENCODING_HINT',
  'SECRET_QUOTED',
  'SECRET_WHITESPACE',
  'PEM_MULTIPLE_BLOCKS',
  'PEM_PARAMETERS_SKIPPED',
  'JWKS_KEY_SKIPPED',
  'JWKS_MIXED_KEYS',
  'JWKS_PRIVATE_KEYS',
  'JWKS_DUPLICATE_KID',
  // Key documents (JWKS, OpenID discovery)
  'DISCOVERY_ISSUER_SLASH',
  'JWKS_URI_HTTP',
  // SD-JWT (RFC 9901) and SD-JWT VC
  'SDJWT_UNTYPED',
  'SDJWT_SALT_SHORT',
  'SDJWT_SALT_REUSED',
  'SDJWT_EMPTY_SD',
  'SDJWT_ELLIPSIS_MEMBER',
  'SDJWT_NESTED_SD_ALG',
  'SDJWT_KB_TYP',
  'SDJWT_KB_ALG_NONE',
  'SDJWT_VC_LEGACY_TYP',
  'SDJWT_VC_VCT_NAME',
  'SDJWT_VC_CNF',
] as const;

/** The code of a finding the engine reports: one of FINDING_CODES. */
export type FindingCode = (typeof FINDING_CODES)[number];
