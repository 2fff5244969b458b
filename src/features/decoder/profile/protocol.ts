/** Plain data the profile work sends to and from the token session worker. */
import type { BestPracticeRule, JsonObject, ProfileContext, ProfileResult, SecretEncoding } from '../../../jose/index.ts';
import type { CertificatesOutcome, CertificatesRequest, X5cTrust } from '../x5c/protocol.ts';

/** Which profile to check the token as, with what the person knows about its request. */
export interface ProfileChecksRequest {
  what: 'checks';
  token: string;
  context: ProfileContext;
}

/** The best-practice checklist and where the key came from; the key is read again in the worker. */
export interface PracticesRequest {
  what: 'practices';
  token: string;
  keyText: string;
  encoding: SecretEncoding;
  /** The Key input holds the JWKS fetched from this URL (Fetch keys). */
  fetchedFrom?: string;
  header?: JsonObject;
  /** JWS or JWE by structure: a JWE's checklist is made from a decryption, a JWS's from a verification. */
  kind?: 'JWS' | 'JWE';
  /** The header's x5c: the pasted roots and whether the person chose to use the leaf's key anyway. */
  x5c?: X5cTrust;
}

/** Text a "Fetch keys" frame brought back, to read as a JWKS or discovery metadata. */
export interface KeyDocumentRequest {
  what: 'key-document';
  text: string;
  url: string;
}

export type ProfileRequest = ProfileChecksRequest | PracticesRequest | KeyDocumentRequest | CertificatesRequest;

/** What readKeyDocument found, as plain data. */
export type KeyDocumentOutcome =
  | { what: 'key-document'; kind: 'jwks'; kids: (string | undefined)[]; findings: string[] }
  | { what: 'key-document'; kind: 'discovery'; issuer: string; jwksUri: string; findings: string[] }
  | { what: 'key-document'; kind: 'error'; error: string };

/** Where the verifying key came from, as the Result shows it. */
export interface ProvenanceView {
  source: 'pasted' | 'header-jwk' | 'x5c' | 'jwks-url';
  label: string;
  trusted: boolean;
  /** Did the signature verify with that key? */
  verified: boolean;
  /** What went wrong, when it did not (or why the key was not used). */
  problem?: string;
}

export interface PracticesOutcome {
  rules: BestPracticeRule[];
  provenance?: ProvenanceView;
  error?: string;
}

export type ProfileOutcome = { what: 'checks'; result?: ProfileResult; error?: string } | ({ what: 'practices' } & PracticesOutcome) | KeyDocumentOutcome | CertificatesOutcome;
