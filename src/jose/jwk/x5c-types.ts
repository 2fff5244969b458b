/**
 * The shapes of an x5c chain check (trust/x5c-chain.ts makes them). They live beside the keys so
 * that a verify result's provenance can carry a chain without the JWS code importing the checker.
 */
import type { JsonObject } from '../lib/json.ts';
import type { JoseKey, Jwk } from './types.ts';

/** Whether the issuing key made a certificate's signature; 'unsupported' when the algorithm cannot be checked. */
export type CertSignatureStatus = 'valid' | 'invalid' | 'unsupported';

/** One certificate of a chain, as a person reads it. */
export interface X5cCertificate {
  /** Position in "x5c" (0 = leaf); -1 for the pasted root. */
  index: number;
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  serialNumber: string;
  /** "sha256WithRSAEncryption", "ecdsa-with-SHA384", "Ed25519"... (the OID when unknown). */
  signatureAlgorithm: string;
  /** The certified public key: "an EC P-256 public key", its JWK and its RFC 7638 thumbprint (SHA-256, base64url). */
  key: { description: string; jwk: Jwk; thumbprint: string };
  /** basicConstraints cA; undefined when the certificate has no such extension. */
  isCa: boolean | undefined;
  selfIssued: boolean;
  validity: 'valid' | 'expired' | 'not-yet-valid';
  /** base64url SHA-256 of the DER: what "x5t#S256" holds for this certificate. */
  sha256: string;
}

/** One link of a chain: does the next certificate (or the pasted root) certify this one? */
export interface X5cLink {
  /** The certificate checked (index in x5c). */
  child: number;
  /** Its issuer: the next x5c entry, or 'root' for the pasted root. */
  issuer: number | 'root';
  /** The child's issuer name equals the issuer's subject name (byte for byte). */
  names: boolean;
  signature: CertSignatureStatus;
  signatureAlgorithm: string;
  /** The issuing certificate is a CA (basicConstraints cA, and keyCertSign when keyUsage is present). */
  issuerIsCa: boolean;
  ok: boolean;
  message: string;
}

/** The chain's verdict: trusted, or why not (a link fails; a date is out of range; no pasted root reached). */
export type X5cStatus = 'trusted' | 'not-anchored' | 'broken' | 'expired';

/** What checkX5c returns: every certificate, every link, the verdict and the problems in words. */
export interface X5cChain {
  certificates: X5cCertificate[];
  /** The pasted root the chain reached, when it did. */
  root?: X5cCertificate;
  links: X5cLink[];
  /** trusted: every link good, every date good, up to a pasted root. */
  status: X5cStatus;
  trusted: boolean;
  /** Subject of the pasted root the chain was checked up to. */
  anchor?: string;
  /** Every problem, in words. */
  problems: string[];
  /** The leaf's key (for display; verifyWithKeySource uses it only when trusted or opted into). */
  leafKey: JoseKey;
  /** The header's x5t / x5t#S256 against the leaf, when a header was given. */
  thumbprints: { member: 'x5t' | 'x5t#S256'; matches: boolean }[];
}

/** What a chain is checked against: trusted roots, the clock, the header's thumbprints. */
export interface CheckX5cOptions {
  /** Trusted roots: PEM text (one or more CERTIFICATE blocks) or base64 DER, one or several. */
  roots?: string | readonly string[];
  /** The clock for validity periods (Date or seconds since the epoch); default now. */
  now?: Date | number;
  /** The JOSE header, to compare its x5t / x5t#S256 with the leaf. */
  header?: JsonObject;
}

