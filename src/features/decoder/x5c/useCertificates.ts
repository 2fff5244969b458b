import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { JsonObject } from '../../../jose/index.ts';
import { profileInWorker } from '../worker/decoderClient.ts';
import type { DecodedView } from '../logic/view.ts';
import type { CertificatesOutcome, CertificatesRequest, ChainView, X5cTrust } from './protocol.ts';

export const certificatesQuery = (request: CertificatesRequest) =>
  queryOptions({
    queryKey: ['x5c', JSON.stringify(request.header.x5c), request.header['x5t#S256'] ?? '', request.header.x5t ?? '', request.roots],
    queryFn: ({ signal }) => profileInWorker(request, signal) as Promise<CertificatesOutcome>,
    gcTime: 5_000,
    retry: false,
  });

export interface CertificatesState {
  /** Everything the "Certificates" region shows and changes; undefined when the token has no x5c. */
  region?: {
    chain?: ChainView;
    error?: string;
    rootsError?: boolean;
    pending: boolean;
    /** A JWS: the leaf's key can verify it (a JWE's x5c names the recipient's key, which cannot decrypt). */
    verifies: boolean;
    /** The Key input holds a key, which the Result uses instead. */
    keyGiven: boolean;
    keyIsCertificate: boolean;
    roots: string;
    setRoots: (roots: string) => void;
    optedIn: boolean;
    setOptedIn: (on: boolean) => void;
  };
  /** The leaf certificate (PEM) for the Result to verify with: the chain reaches a pasted root, or the person opted in. */
  leafKeyText?: string;
  /** What the provenance work is told (undefined without x5c). */
  trust?: X5cTrust;
}

function x5cHeader(view: DecodedView | undefined, stale: boolean): JsonObject | undefined {
  if (!view || stale || !view.wellFormed || !view.header || view.header.x5c === undefined) return undefined;
  return view.header;
}

/**
 * The header's x5c chain checked in the worker against the pasted roots, and the person's choice to
 * use the leaf's key anyway. The choice belongs to one leaf: another token's chain starts unchosen.
 */
export function useCertificates(view: DecodedView | undefined, stale: boolean, keyText: string): CertificatesState {
  const [roots, setRoots] = useState('');
  const [optedLeaf, setOptedLeaf] = useState<string | undefined>();
  const header = useMemo(() => x5cHeader(view, stale), [view, stale]);
  const leaf = Array.isArray(header?.x5c) && typeof header.x5c[0] === 'string' ? header.x5c[0] : undefined;
  const optedIn = leaf !== undefined && optedLeaf === leaf;
  const request = useMemo<CertificatesRequest | undefined>(() => (header ? { what: 'x5c', header, roots } : undefined), [header, roots]);
  const trust = useMemo<X5cTrust>(() => ({ roots, trustLeaf: optedIn }), [roots, optedIn]);
  const query = useQuery({
    ...certificatesQuery(request ?? { what: 'x5c', header: {}, roots: '' }),
    enabled: request !== undefined,
    placeholderData: keepPreviousData,
  });
  if (!header) return {};
  const data = query.data;
  // A placeholder belongs to other input (the roots before this edit): never let it decide trust.
  const current = query.isPlaceholderData ? undefined : data;
  const verifies = view?.structure === 'JWS';
  const keyGiven = keyText.trim() !== '';
  const trusted = current !== undefined && 'chain' in current && current.chain.trusted;
  // The worker's PEM of this header's leaf (a placeholder's belongs to other input).
  const leafKeyText = current?.leafPem;
  const useLeaf = verifies && !keyGiven && leafKeyText !== undefined && (trusted || optedIn);
  return {
    region: {
      ...(data && 'chain' in data ? { chain: data.chain } : {}),
      ...(data && 'error' in data ? { error: data.error, ...(data.rootsError ? { rootsError: true } : {}) } : {}),
      pending: query.isFetching,
      verifies,
      keyGiven,
      keyIsCertificate: /-----BEGIN CERTIFICATE-----/.test(keyText),
      roots,
      setRoots,
      optedIn,
      setOptedIn: (on) => setOptedLeaf(on ? leaf : undefined),
    },
    ...(useLeaf ? { leafKeyText } : {}),
    trust,
  };
}
