/**
 * JOSE Lab's engine: pure TypeScript on Web Crypto (and the `@noble` libraries where the runtime lacks a primitive).
 * It knows nothing of React, Monaco or the DOM. Exports are listed by name, so this file is the
 * whole public surface.
 *
 * Inside, imports run one way: lib (bytes, base64url, JSON, errors, the algorithm registry, Web
 * Crypto) <- jwk (keys) <- claims, header (header rules and findings) <- serialize (reading and
 * writing tokens: parseToken) <- jws, jwe (sign, verify, encrypt, decrypt) <- inspect.
 */

// --- Errors and findings
export { JoseError, isJoseError, rfcRef } from './lib/errors.ts';
export type { JoseErrorCode, SegmentName, Finding, MessageParams } from './lib/errors.ts';
export { FINDING_CODES } from './lib/finding-codes.ts';
export type { FindingCode } from './lib/finding-codes.ts';
export { headerFindings } from './header/findings.ts';

// --- Bytes, base64url, JSON
export { base64urlDecode, base64urlEncode, base64Decode, base64Encode, isBase64url } from './lib/base64url.ts';
export { utf8Encode, utf8Decode, toHex, fromHex, concatBytes, bytesEqual } from './lib/bytes.ts';
export type { Bytes } from './lib/bytes.ts';
export { parseJson } from './lib/json.ts';
export type { JsonValue, JsonObject, JsonMember, JsonPath, ParsedJson, ParseJsonOptions } from './lib/json.ts';
export { lineAndColumn } from './lib/json-strict.ts';
export type { JsonDuplicate } from './lib/json-strict.ts';

// --- Algorithms
export {
  JWS_ALGS, JWE_ALGS, JWE_ENCS, JWS_ALG_INFO, JWE_ALG_INFO, JWE_ENC_INFO,
  isJwsAlg, isJweAlg, isJweEnc,
} from './lib/registry.ts';
export { classifyHeader } from './lib/classify-header.ts';
export type { JwsAlg, JweAlg, JweEnc, JwsAlgInfo, JweAlgInfo, JweEncInfo, Kty, Curve, HashName } from './lib/registry.ts';

// --- Keys
export { importKey, describeKey, secretEncodingHints } from './jwk/import.ts';
export type { JoseKey, JoseKeySet, Jwk, KeyInput, KeyFormat, ImportKeyOptions, SecretEncoding, CertificateInfo } from './jwk/types.ts';
export { exportJwk, exportPem } from './jwk/export.ts';
export type { ExportJwkOptions, ExportPemOptions } from './jwk/export.ts';
export { thumbprint, thumbprintUri, thumbprintInput } from './jwk/thumbprint.ts';
export type { ThumbprintHash } from './jwk/thumbprint.ts';
export { generateKey, randomPassword } from './jwk/generate.ts';
export type { GenerateKeyOptions, GeneratedKey } from './jwk/generate.ts';
export { derivePublicKey } from './jwk/public.ts';
export { parsePemBlocks, encodePem } from './jwk/pem.ts';
export type { PemBlock } from './jwk/pem.ts';
export { validateJwk } from './jwk/validate.ts';
export { assertKeyFits } from './jwk/fit.ts';
export type { KeyOperation } from './jwk/fit.ts';
export { selectKeys } from './jwk/select.ts';

// --- Tokens: read once (parseToken), serialize, inspect
export { parseToken } from './serialize/parse.ts';
export type {
  ParsedToken, InspectedSegment, InspectedMember, SegmentJson, InspectedSignature, InspectedRecipient,
  InspectProblem, ProblemCode, Serialization, SegmentPart, SegmentEncoding, Range,
} from './serialize/types.ts';
export { serializeCompact, deserializeCompact } from './serialize/compact.ts';
export { serializeJson, deserializeJson, toJsonSerialization } from './serialize/json.ts';
export type { SerializeJsonOptions } from './serialize/json.ts';
export type { Jws, JwsSignature, Jwe, JweRecipient, JoseObject } from './types.ts';
export { inspect } from './inspect/inspect.ts';
export type { InspectResult, InspectOptions, InspectNotice, TokenKind } from './inspect/types.ts';
export { locate, charToBytes, memberAt } from './inspect/locate.ts';
export type { Location } from './inspect/locate.ts';

// --- Claims
export { validateClaims } from './claims/validate.ts';
export type { ValidateClaimsOptions, ClaimFinding } from './claims/validate.ts';

// --- JWS
export { sign } from './jws/sign.ts';
export type { SignOptions, Signer, SignPayload } from './jws/sign.ts';
export { verify } from './jws/verify.ts';
export type { VerifyOptions, VerifyResult } from './jws/verify.ts';

// --- JWE
export { encrypt } from './jwe/encrypt.ts';
export type { EncryptOptions, EncryptRecipient } from './jwe/encrypt.ts';
export { decrypt, DEFAULT_DECRYPT_ALGORITHMS } from './jwe/decrypt.ts';
export type { DecryptOptions, DecryptResult } from './jwe/decrypt.ts';
export type { KeyManagementHooks } from './jwe/key-management/types.ts';
export {
  DEFAULT_MAX_PBES2_COUNT, DEFAULT_MAX_DECOMPRESSED_BYTES, MIN_PBES2_SALT_BYTES, DEFAULT_PBES2_COUNT_FOR_ENCRYPT,
} from './jwe/limits.ts';

// --- ML-DSA (RFC 9964) and the fully-specified Ed25519 / Ed448 (RFC 9864)
export { ML_DSA_INFO, isMlDsaAlg } from './lib/registry.ts';
export type { MlDsaAlg } from './lib/registry.ts';

// --- Verdicts, times and pretty JSON shared by the Decode screen and the CLI
export { VERDICT_STATUSES, isGood, statusLine, keyNeeded, keyRequired, malformed, unsecured, failure } from './verdict/words.ts';
export type { Verdict, VerdictStatus, FailureInput } from './verdict/words.ts';
export { keyWords, triedKeyWords } from './verdict/keys.ts';
export { verifiedVerdict, decryptedVerdict } from './verdict/outcome.ts';
export { sdJwtVerdict } from './verdict/sd-jwt.ts';
export { timeCaveat, kidCaveat, withCaveats } from './verdict/caveats.ts';
export type { VerdictOptions } from './verdict/caveats.ts';
export { algorithmConfusion, acceptedByDebugger } from './verdict/findings.ts';
export { describeDuration, relativeTime, formatNumericDate, timeClaimPhrase, timelinePoints, DURATION_UNITS } from './claims/time.ts';
export type { TimeView, TimelinePoint } from './claims/time.ts';
export { prettyJson, hexDump } from './lib/pretty-json.ts';
export { readKeyBytes, MAX_KEY_FILE_BYTES } from './jwk/key-bytes.ts';
export type { KeyFileText } from './jwk/key-bytes.ts';
export type { DerKind } from './jwk/pem.ts';

// --- Traces (the Learn screen's steps of sign, verify, encrypt, decrypt)
export { createTrace } from './lib/trace.ts';
export type { Trace, TraceStep, TraceValue, CreateTraceOptions } from './lib/trace.ts';

// --- Profiles, best practices, key provenance, x5c, key documents
export { checkProfile } from './profiles/check-profile.ts';
export { PROFILE_NAMES } from './profiles/types.ts';
export type { ProfileName, ProfileCheck, ProfileContext, ProfileResult, DetectedBy, SpecRef } from './profiles/types.ts';
export { PROFILE_MESSAGE_CODES, type ProfileMessageCode } from './profiles/message-codes.ts';
export { bestPractices } from './profiles/best-practices.ts';
export type { BestPracticeRule, BestPracticesInput } from './profiles/best-practices-types.ts';
export { halfHash } from './profiles/half-hash.ts';
export type { HalfHash, HalfHashName } from './profiles/half-hash.ts';
export { normalizeTyp } from './profiles/typing.ts';
export { pastedProvenance, headerJwkProvenance, x5cProvenance, jwksProvenance } from './jwk/provenance.ts';
export type { KeyProvenance, KeySourceKind } from './jwk/provenance.ts';
export { verifyWithKeySource } from './trust/verify-with-source.ts';
export type { KeySource } from './trust/verify-with-source.ts';
export { checkX5c } from './trust/x5c-chain.ts';
export type { X5cChain, X5cCertificate, X5cLink, X5cStatus, CheckX5cOptions, CertSignatureStatus } from './jwk/x5c-types.ts';
export { readKeyDocument, keyDocumentUrls } from './trust/key-document.ts';
export type { KeyDocument, KeyDocumentUrlKind } from './trust/key-document.ts';

// --- SD-JWT, RFC 9901, and SD-JWT VC
export { verifySdJwt } from './sd-jwt/verify.ts';
export { decodeSdJwt } from './sd-jwt/decode.ts';
export { issueSdJwt } from './sd-jwt/issue.ts';
export { presentSdJwt } from './sd-jwt/present.ts';
export { parsePointer, formatPointer, resolvePointer } from './sd-jwt/pointer.ts';
export { SD_JWT_CLAIMS, KB_JWT_MEMBERS, SD_JWT_TYPES } from './sd-jwt/claims-info.ts';
export type { SdJwtMemberInfo } from './sd-jwt/claims-info.ts';
export type {
  SdAlg, SdJwtSerialization, InspectedSdJwt, InspectedDisclosure, InspectedKeyBinding, SdJwtDisclosure, SdClaimNode,
  KeyBindingCheck, SdJwtKeyBinding, SdJwtVcInfo, DecodedSdJwt, VerifySdJwtResult, KeyBindingPolicy, DecodeSdJwtOptions,
  VerifySdJwtOptions, SdJwtSigner, IssueSdJwtOptions, PresentSdJwtOptions,
} from './sd-jwt/types.ts';
export { sdJwtFailure } from './verdict/sd-jwt.ts';
export { hiddenDigests } from './sd-jwt/hidden.ts';

// --- Hostile input: bounds and the echo of untrusted values in messages
export { echo, MAX_ECHO_CHARS } from './lib/errors.ts';
export { MAX_JSON_DEPTH } from './lib/json-shape.ts';
export { MAX_RSA_MODULUS_BITS } from './jwk/validate.ts';
