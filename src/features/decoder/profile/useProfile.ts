import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { profileInWorker } from '../worker/decoderClient.ts';
import { textKey } from '../../../lib/fingerprint.ts';
import type { PracticesOutcome, PracticesRequest, ProfileChecksRequest, ProfileOutcome } from './protocol.ts';
import type { ProfileResult } from '../../../jose/index.ts';

const SHORT_GC = 5_000;

// A long token is keyed by its fingerprint, computed once per token (not on every render).
export const profileChecksQuery = (request: ProfileChecksRequest, tokenKey = textKey(request.token)) =>
  queryOptions({
    queryKey: ['profile', tokenKey, JSON.stringify(request.context)],
    queryFn: ({ signal }) => profileInWorker(request, signal),
    gcTime: SHORT_GC,
    retry: false,
  });

export const practicesQuery = (request: PracticesRequest, tokenKey = textKey(request.token)) =>
  queryOptions({
    queryKey: ['practices', tokenKey, request.keyText, request.encoding, request.fetchedFrom ?? '', request.x5c?.roots ?? '', request.x5c?.trustLeaf ?? false],
    queryFn: ({ signal }) => profileInWorker(request, signal),
    gcTime: SHORT_GC,
    retry: false,
  });

const NONE: ProfileChecksRequest = { what: 'checks', token: '', context: {} };
const NO_PRACTICES: PracticesRequest = { what: 'practices', token: '', keyText: '', encoding: 'utf8' };

/** checkProfile in the worker; the previous result stays while a new one is computed. */
export function useProfileChecks(request: ProfileChecksRequest | undefined): { result?: ProfileResult; error?: string; pending: boolean } {
  const tokenKey = useMemo(() => textKey(request?.token ?? ''), [request?.token]);
  const query = useQuery({ ...profileChecksQuery(request ?? NONE, tokenKey), enabled: request !== undefined, placeholderData: keepPreviousData });
  const data = query.data as Extract<ProfileOutcome, { what: 'checks' }> | undefined;
  if (!request) return { pending: false };
  return { ...(data?.result ? { result: data.result } : {}), ...(data?.error ? { error: data.error } : query.error ? { error: query.error.message } : {}), pending: query.isFetching };
}

/** bestPractices and the key's provenance in the worker (one query, shared by the Result and the checklist). */
export function usePractices(request: PracticesRequest | undefined): PracticesOutcome | undefined {
  const tokenKey = useMemo(() => textKey(request?.token ?? ''), [request?.token]);
  const query = useQuery({ ...practicesQuery(request ?? NO_PRACTICES, tokenKey), enabled: request !== undefined, placeholderData: keepPreviousData });
  if (!request) return undefined;
  return query.data as PracticesOutcome | undefined;
}
