/** What bestPractices takes and returns. */
import type { Finding } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import type { JoseKey } from '../jwk/types.ts';
import type { KeyProvenance } from '../jwk/provenance.ts';
import type { ProfileCheck } from './types.ts';

/**
 * What is known after verifying or decrypting: a VerifyResult or DecryptResult fits as it is. Every
 * member is optional; rules that need one say so ('n/a', needs: ['result']) when it is missing.
 */
export interface BestPracticesInput {
  /** The key that verified or decrypted the token. */
  key?: JoseKey;
  /** The JWS alg that verified (VerifyResult.alg). */
  alg?: string;
  provenance?: KeyProvenance;
  findings?: readonly Finding[];
  /** DecryptResult: the plaintext is itself a JWT (cty "JWT"). */
  nested?: true;
  /** DecryptResult has a plaintext; its presence says the result is a decryption. */
  plaintext?: Uint8Array;
  /** A DecryptResult's claims: a decrypted JWE's issuer, audience and kind are judged on them. */
  claims?: JsonObject;
}

/** One rule of RFC 8725 (or its revision in progress) checked against the token. */
export interface BestPracticeRule extends ProfileCheck {
  /** The rule's title in the BCP, e.g. "Perform Algorithm Verification". */
  title: string;
  /** Where it is: "RFC 8725 §3.1", "draft-ietf-oauth-rfc8725bis §3.13". */
  section: string;
}
