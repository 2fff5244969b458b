import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SecretEncoding } from '../../jose/index.ts';
import { readKeyMaterial } from './keyReport.ts';

/** Keyed by the exact text and encoding, so a result never outlives the input it was read from. */
export const keyMaterialQuery = (text: string, encoding: SecretEncoding) =>
  queryOptions({
    queryKey: ['key-material', text, encoding] as const,
    queryFn: () => readKeyMaterial(text, encoding),
    retry: false,
    // Keys are kept in memory only, and not for long after the person moves on.
    gcTime: 30_000,
  });

export function useKeyMaterial(text: string, encoding: SecretEncoding) {
  return useQuery(keyMaterialQuery(text, encoding));
}
