/**
 * The JWKS last fetched with "Fetch keys": its URL and the text put in the Key input. While the Key
 * input still holds that text, the key's provenance is "from a JWKS you fetched at <url>".
 */
import { useSyncExternalStore } from 'react';

export interface FetchedKeys {
  url: string;
  text: string;
}

let current: FetchedKeys | undefined;
const listeners = new Set<() => void>();

export function setFetchedKeys(value: FetchedKeys | undefined): void {
  current = value;
  for (const listener of listeners) listener();
}

export function useFetchedKeys(): FetchedKeys | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
