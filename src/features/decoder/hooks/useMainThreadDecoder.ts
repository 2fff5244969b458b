import { useEffect, useSyncExternalStore } from 'react';
import type * as MainThreadDecoderModule from '../logic/mainThreadDecoder.ts';

type MainThreadDecoder = typeof MainThreadDecoderModule;

let decoder: MainThreadDecoder | undefined;
let loading: Promise<MainThreadDecoder> | undefined;
const listeners = new Set<() => void>();

/** Fetches the decoder chunk once; every screen waiting for it re-renders when it is in. */
export function loadMainThreadDecoder(): Promise<MainThreadDecoder> {
  loading ??= import('../logic/mainThreadDecoder.ts').then(
    (m) => {
      decoder = m;
      listeners.forEach((listener) => listener());
      return m;
    },
    (error: unknown) => {
      loading = undefined; // offline before the service worker cached it: the next render asks again
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The main-thread decoder, or undefined until its chunk is in. The Decode screen renders its first
 * frame without it (an empty token needs no reading) and asks for it right after that first render,
 * so it is there long before anyone can paste; a token that is already there (a share link) shows
 * as being read, as a large token does while the worker reads it, until the chunk arrives.
 */
export function useMainThreadDecoder(): MainThreadDecoder | undefined {
  const loaded = useSyncExternalStore(subscribe, () => decoder);
  // After every render until it is in: a failed fetch (offline, not yet cached) is asked again on the next edit.
  useEffect(() => {
    if (!decoder) loadMainThreadDecoder().catch(() => undefined);
  });
  return loaded;
}
