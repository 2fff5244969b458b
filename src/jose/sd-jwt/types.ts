import type { Finding } from '../lib/errors.ts';
import type { JsonObject, JsonValue } from '../lib/json.ts';
import type { Trace } from '../lib/trace.ts';
import type { JwsAlg } from '../lib/registry.ts';
import type { JoseKey, KeyInput } from '../jwk/types.ts';

/**
 * SD-JWT (RFC 9901) shapes shared by inspect, decodeSdJwt, verifySdJwt, issueSdJwt and presentSdJwt.
 *
 * Pointers. Every `pointer` is an RFC 6901 JSON Pointer ("" is the whole object, "/address/region",
 * "/nationalities/1"). Pointers into the PROCESSED claims use the array indices a verifier sees (hidden
 * elements removed); `foundAt` pointers index the structure as signed (with "_sd" arrays and
 * {"...": digest} elements), so the Learn screen can show the digest where it sits.
 */

/** The _sd_alg values this engine computes (RFC 9901 §4.1.1; IANA "Named Information Hash Algorithm"). */
export type SdAlg = 'sha-256' | 'sha-384' | 'sha-512';

/** Compact <JWT>~<Disclosures>~[<KB-JWT>] (RFC 9901 §4) or a JWS JSON serialization (§8.2 flattened, §8.3 general). */
export type SdJwtSerialization = 'compact' | 'json-flattened' | 'json-general';

export interface Range {
  start: number;
  end: number;
}

/** One Disclosure as inspect reads it (no crypto): its text, range and decoded array. */
export interface InspectedDisclosure {
  /** 0-based position among the Disclosures of this text. */
  index: number;
  /** Index of its segment in InspectResult.segments. */
  segmentId: number;
  /** The base64url text, exactly as in the token. */
  encoded: string;
  start: number;
  end: number;
  /** [salt, name, value] (an object property) or [salt, value] (an array element), when it decodes. */
  decoded?: JsonValue[];
  kind?: 'property' | 'element';
  salt?: string;
  name?: string;
  value?: JsonValue;
  /** Why it is not a valid Disclosure (RFC 9901 §4.2.1, §4.2.2), when it is not. */
  problem?: string;
}

/** The Key Binding JWT as inspect reads it: its text, range, segments, decoded header and payload. */
export interface InspectedKeyBinding {
  /** The Key Binding JWT in compact form, and its range in the input. */
  text: string;
  start: number;
  end: number;
  segmentIds: number[];
  header?: JsonObject;
  payload?: JsonObject;
}

/** InspectResult.sdJwt: the SD-JWT parts around the Issuer-signed JWT that the rest of the result describes. */
export interface InspectedSdJwt {
  serialization: SdJwtSerialization;
  /** The Issuer-signed JWT's range in the input (compact only; in JSON its parts are members of the object). */
  issuerJwt?: Range;
  disclosures: InspectedDisclosure[];
  /** Present for an SD-JWT+KB. */
  keyBinding?: InspectedKeyBinding;
  /** The digest algorithm the payload names (or the default sha-256). */
  sdAlg: string;
}

/** One Disclosure after processing: where its digest was found and where its claim landed. */
export interface SdJwtDisclosure {
  /** 0-based position among the Disclosures of the presentation. */
  index: number;
  /** The base64url text, exactly as presented: the digest is computed over these characters. */
  encoded: string;
  /** The decoded JSON array: [salt, name, value] or [salt, value]. */
  decoded: JsonValue[];
  kind: 'property' | 'element';
  salt: string;
  /** The claim name (object properties only). */
  name?: string;
  value: JsonValue;
  /** base64url(hash(ASCII(encoded))) with the _sd_alg hash. */
  digest: string;
  /** Where its claim or array element landed in the processed claims (RFC 6901). */
  pointer: string;
  /**
   * Where its digest sits in the structure as signed: in the Issuer-signed payload (disclosure
   * undefined) or inside the value of another Disclosure (recursive disclosure); `pointer` points at
   * the digest string itself ("/_sd/3", "/nationalities/0/...").
   */
  foundAt: { disclosure?: number; pointer: string };
  /** Its characters in the text given to decodeSdJwt / verifySdJwt (inside the quotes in JSON). */
  start?: number;
  end?: number;
}

/**
 * The disclosure tree: every member of the processed claims and every digest without a Disclosure.
 * - 'visible': the member is plain JSON, either in the Issuer-signed payload ("always visible") or
 *   inside the value of the Disclosure `within`;
 * - 'disclosed': the member or element came from the Disclosure `disclosure` (salt, digest in `disclosures`);
 * - 'hidden': a digest no Disclosure matched — a withheld claim or a decoy; nobody but the Issuer can tell.
 */
export interface SdClaimNode {
  /** Member name, or the element's index in the processed array; absent for the root and hidden entries. */
  key?: string | number;
  /** Pointer into the processed claims; absent for hidden entries. */
  pointer?: string;
  status: 'visible' | 'disclosed' | 'hidden';
  /** For 'disclosed': index into `disclosures`. */
  disclosure?: number;
  /** For 'visible' members inside a disclosed value: the Disclosure that carries them. */
  within?: number;
  /** For 'hidden': the digest that no Disclosure matched. */
  digest?: string;
  /** Objects and arrays: their members in order (an object's hidden digests come after its members). */
  children?: SdClaimNode[];
  /** Objects and arrays: how many of their digests have no Disclosure (hidden claims or decoys). */
  hidden?: number;
}

/** One check of the Key Binding JWT (RFC 9901 §7.3 step 5), in the order the RFC lists them. */
export interface KeyBindingCheck {
  id: 'key' | 'alg' | 'signature' | 'typ' | 'iat' | 'aud' | 'nonce' | 'sd_hash';
  /** 'not-checked': nothing to check it against (no key, no expected value given). */
  status: 'ok' | 'failed' | 'not-checked';
  message: string;
}

/** The Key Binding JWT after decodeSdJwt / verifySdJwt: decoded, sd_hash computed, every check with its outcome. */
export interface SdJwtKeyBinding {
  /** The KB-JWT in compact form. */
  text: string;
  start?: number;
  end?: number;
  header: JsonObject;
  payload: JsonObject;
  /** The exact text sd_hash is computed over: <Issuer-signed JWT>~<Disclosure 1>~...~<Disclosure N>~ (RFC 9901 §4.3.1). */
  hashedText: string;
  /** base64url(hash(ASCII(hashedText))) with the _sd_alg hash. */
  sdHash: string;
  checks: KeyBindingCheck[];
  /** Every check passed (the signature included): true only from verifySdJwt. */
  verified: boolean;
}

/** What the SD-JWT VC profile (draft-ietf-oauth-sd-jwt-vc) says about this token, when its typ names it. */
export interface SdJwtVcInfo {
  typ: string;
  vct?: string;
  /** "cnf" when present: the holder's key (RFC 7800). */
  cnf?: JsonValue;
  /** "status" when present: where to read the credential's status (Token Status List). */
  status?: JsonValue;
  checks: { id: string; ok: boolean; message: string }[];
}

/** decodeSdJwt: everything that can be known without the Issuer's key. */
export interface DecodedSdJwt {
  serialization: SdJwtSerialization;
  /** The Issuer-signed JWT's JOSE Header. */
  header: JsonObject;
  /** The Issuer-signed payload as signed: "_sd", "_sd_alg" and {"...": digest} still in place. */
  payload: JsonObject;
  /** The Processed SD-JWT Payload (RFC 9901 §7.1): disclosed claims in place, digests removed. */
  claims: JsonObject;
  sdAlg: SdAlg;
  disclosures: SdJwtDisclosure[];
  tree: SdClaimNode;
  /** The Issuer-signed JWT in compact form (the first part of the text hashed into sd_hash). */
  issuerJwt: string;
  /** The Key Binding JWT, decoded and checked as far as possible without verifying its signature. */
  kb?: SdJwtKeyBinding;
  vc?: SdJwtVcInfo;
  findings: Finding[];
}

/** verifySdJwt: everything decodeSdJwt gives, plus the Issuer's signature verified (alg, key, which signature). */
export interface VerifySdJwtResult extends DecodedSdJwt {
  alg: string;
  /** The Issuer's key that verified the signature, and which signature (JSON general serialization). */
  key: JoseKey;
  signatureIndex: number;
}

/** The verifier's Key Binding policy (RFC 9901 §7.3): required or not, the expected aud and nonce, the iat window, allowed algs. */
export interface KeyBindingPolicy {
  /** Refuse a presentation without a KB-JWT (RFC 9901 §7.3 step 2). Default false; a KB-JWT present is always checked. */
  required?: boolean;
  /** The expected "aud" (this verifier). Without it, "aud" is only checked to be a string. */
  aud?: string;
  /** The expected "nonce" (this transaction). Without it, "nonce" is only checked to be a string. */
  nonce?: string;
  /** How old "iat" may be, in seconds. Without it, "iat" is only checked not to lie in the future. */
  maxAgeSeconds?: number;
  /** Allowed KB-JWT algs; "none" is never accepted. */
  algorithms?: readonly string[];
  /** The holder's key when "cnf" does not carry it by value ("jkt" or "kid" confirmation methods). */
  holderKey?: KeyInput;
}

/** Options of decodeSdJwt (and, through VerifySdJwtOptions, of verifySdJwt). */
export interface DecodeSdJwtOptions {
  /** Allowed "_sd_alg" values. Default: all of SdAlg. */
  sdAlgorithms?: readonly SdAlg[];
  /** Clock for claim and KB-JWT "iat" checks (Date or seconds since the epoch). */
  now?: Date | number;
  clockTolerance?: number;
  kb?: KeyBindingPolicy;
  /** Filled with the steps (split, each Disclosure hashed and found, sd_hash...) for the Learn screen. */
  trace?: Trace;
}

/** Options of verifySdJwt: those of decodeSdJwt and the Issuer-signed JWT's allowed algs. */
export interface VerifySdJwtOptions extends DecodeSdJwtOptions {
  /** Allowed algs for the Issuer-signed JWT (ERR_ALG_NOT_ALLOWED otherwise); "none" is never accepted. */
  algorithms?: readonly string[];
}

/** One signer of a JSON-serialized SD-JWT (general form may carry several signatures). */
export interface SdJwtSigner {
  key: JoseKey;
  alg: JwsAlg;
  header?: JsonObject;
  /** Unprotected header members (a "kid" per signature, RFC 9901 §8.3). */
  unprotected?: JsonObject;
}

/** Options of issueSdJwt: the alg, what is selectively disclosable, digests, decoys, the holder key, the serialization. */
export interface IssueSdJwtOptions {
  /** The Issuer-signed JWT's alg ("none" is not possible: RFC 9901 §4.1). */
  alg: JwsAlg;
  /** RFC 6901 pointers of the members and array elements to make selectively disclosable; a pointer below another makes it recursive. */
  disclose?: readonly string[];
  /** The digest algorithm, written as "_sd_alg". Default sha-256. */
  sdAlg?: SdAlg;
  /** Decoy digests: this many in every "_sd" array created, or per pointer of an object or array ({"": 2, "/nationalities": 1}). */
  decoys?: number | Readonly<Record<string, number>>;
  /** Extra protected header members ("typ": "dc+sd-jwt", "kid"...). */
  header?: JsonObject;
  /** The holder's key: its public JWK goes into "cnf": {"jwk": ...} (RFC 9901 §4.1.2, RFC 7800 §3.2). */
  holderKey?: JoseKey;
  /** Makes each salt (tests pass a deterministic one); default 128 bits from the CSPRNG, base64url. */
  salt?: () => string;
  /** Default compact. The JSON forms put the Disclosures in the unprotected header (RFC 9901 §8). */
  serialization?: SdJwtSerialization;
  /** More signers, for the general JSON serialization (the first signer is issuerKey with alg/header). */
  signers?: readonly SdJwtSigner[];
}

/** Options of presentSdJwt: what to reveal, and the holder key, aud, nonce and iat of the Key Binding JWT. */
export interface PresentSdJwtOptions {
  /** Pointers into the processed claims to reveal, or 'all'; the Disclosures a nested value needs come along. */
  disclose: readonly string[] | 'all';
  /** The holder's private key: appends a Key Binding JWT (RFC 9901 §4.3). */
  holderKey?: JoseKey;
  /** The KB-JWT alg; default the first alg the holder key fits (ES256 for P-256, EdDSA for Ed25519...). */
  alg?: JwsAlg;
  aud?: string;
  nonce?: string;
  /** The KB-JWT "iat" (Date or seconds); default now. */
  iat?: Date | number;
  /** Verify the Issuer's signature first (RFC 9901 §7.2: the holder checks what it received). */
  issuerKey?: KeyInput;
}
