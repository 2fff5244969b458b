/** Plain data the certificate work sends to and from the token session worker. */
import type { JsonObject, X5cChain } from '../../../jose/index.ts';

/** Check the header's "x5c" chain, against the roots the person pasted (may be empty). */
export interface CertificatesRequest {
  what: 'x5c';
  header: JsonObject;
  roots: string;
}

/** The chain as the screen shows it: everything checkX5c found but the imported leaf key. */
export type ChainView = Omit<X5cChain, 'leafKey'>;

/** `leafPem`: the leaf certificate (x5c[0]) as PEM, for the Result to verify with; absent when that entry is not base64 (the outcome's error says so at its index). */
export type CertificatesOutcome = ({ what: 'x5c'; chain: ChainView } | { what: 'x5c'; error: string; rootsError?: true }) & { leafPem?: string };

/** What the person decided about the leaf's key, sent with the provenance work. */
export interface X5cTrust {
  /** PEM or base64 DER of the trusted roots ('' when none pasted). */
  roots: string;
  /** The person chose to verify with the leaf's key although the chain is not checked up to a pasted root. */
  trustLeaf: boolean;
}
