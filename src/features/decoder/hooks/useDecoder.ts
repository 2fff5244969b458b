import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { checkInWorker, decodeInWorker } from '../worker/decoderClient.ts';
import type { CheckOutcome, CheckRequest } from '../logic/check.ts';
import type { DecodedView } from '../logic/view.ts';
import { EMPTY_VIEW } from '../logic/emptyView.ts';
import { useMainThreadDecoder } from './useMainThreadDecoder.ts';
import { textKey } from '../../../lib/fingerprint.ts';

/** Up to this many characters a token is decoded on the main thread (well under a millisecond per KB). */
export const SYNC_DECODE_LIMIT = 32 * 1024;

/** Query results for 1 MB inputs are big: drop them soon after nobody looks at them. */
const SHORT_GC = 5_000;

export const decodeQuery = (token: string, key = textKey(token)) =>
  queryOptions({
    queryKey: ['decode', key],
    queryFn: ({ signal }) => decodeInWorker(token, signal),
    gcTime: SHORT_GC,
  });

export const checkQuery = (request: CheckRequest, tokenKey = textKey(request.token)) =>
  queryOptions({
    // Keyed by every input, so a result is never shown for other input than it was made from
    // (a long token by its 64-bit fingerprint).
    queryKey: ['check', request.kind, tokenKey, request.keyText, request.encoding, request.maxPbes2Count],
    queryFn: ({ signal }) => checkInWorker(request, signal),
    gcTime: SHORT_GC,
  });

export interface DecodeState {
  view: DecodedView | undefined;
  /** The view shown belongs to an older text (a large token still decoding in the worker). */
  stale: boolean;
  error?: string;
}

/**
 * The decoded view of the token: computed at once for ordinary tokens, in the worker for large
 * ones (the previous view stays on screen, marked stale, until the new one arrives).
 */
export function useDecodedView(token: string): DecodeState {
  const small = token.length <= SYNC_DECODE_LIMIT;
  const decoder = useMainThreadDecoder();
  const syncView = useMemo(() => (!small ? undefined : decoder ? decoder.decodeView(token) : token === '' ? EMPTY_VIEW : undefined), [token, small, decoder]);
  const key = useMemo(() => (small ? '' : textKey(token)), [token, small]);
  const query = useQuery({ ...decodeQuery(token, key), enabled: !small, placeholderData: keepPreviousData });
  if (small) return { view: syncView, stale: !decoder && token !== '' };
  return {
    view: query.data,
    stale: query.isPlaceholderData || query.isFetching,
    ...(query.error ? { error: query.error.message } : {}),
  };
}

export interface CheckState {
  outcome?: CheckOutcome;
  pending: boolean;
  error?: string;
}

/** Verify or decrypt in the worker; disabled (undefined request) when there is nothing to check. */
export function useCheck(request: CheckRequest | undefined): CheckState {
  const tokenKey = useMemo(() => textKey(request?.token ?? ''), [request?.token]);
  const query = useQuery({
    ...checkQuery(request ?? { token: '', kind: 'JWS', keyText: '', encoding: 'utf8', maxPbes2Count: 0 }, tokenKey),
    enabled: request !== undefined,
  });
  if (!request) return { pending: false };
  return {
    ...(query.data ? { outcome: query.data } : {}),
    pending: query.isPending,
    ...(query.error ? { error: query.error.message } : {}),
  };
}

/** The clock for relative times, ticking every `ms`. */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now() / 1000), ms);
    return () => window.clearInterval(id);
  }, [ms]);
  return now;
}
