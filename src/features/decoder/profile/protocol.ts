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

/**
 * What the provenance line says, as facts the page words in the person's language: the engine's
 * KeyProvenance (x5c: its chain status and anchor; a JWKS: its URL and kid), or why the x5c leaf
 * was not used.
 */
export type ProvenanceWords =
  | { said: 'pasted' | 'header-jwk' | 'x5c-failed' | 'x5c-not-used' }
  | { said: 'x5c'; status: 'trusted' | 'not-anchored' | 'broken' | 'expired' | 'untrusted'; anchor?: string }
  | { said: 'jwks-url'; url: string; kid?: string };

/** The error behind `problem`, as plain data (its code and parameters), for the Spanish wording. */
export interface ProblemError {
  code: string;
  message: string;
  params?: Record<string, string | number | boolean>;
}

/** Where the verifying key came from, as the Result shows it. */
export interface ProvenanceView {
  source: 'pasted' | 'header-jwk' | 'x5c' | 'jwks-url';
  /** The engine's English label. */
  label: string;
  words: ProvenanceWords;
  trusted: boolean;
  /** Did the signature verify with that key? */
  verified: boolean;
  /** What went wrong, when it did not (or why the key was not used). */
  problem?: string;
  problemError?: ProblemError;
}

export interface PracticesOutcome {
  rules: BestPracticeRule[];
  provenance?: ProvenanceView;
  error?: string;
}

export type ProfileOutcome = { what: 'checks'; result?: ProfileResult; error?: string } | ({ what: 'practices' } & PracticesOutcome) | KeyDocumentOutcome | CertificatesOutcome;
