import type { SdClaimNode } from './types.ts';

/**
 * Digests in a disclosure tree that no Disclosure matched (withheld claims and decoys alike). Its own
 * file, free of crypto and key code, so the Decode screen's first load can count them.
 *
 * @example
 * hiddenDigests((await decodeSdJwt(presentation)).tree); // 6
 */
export function hiddenDigests(node: SdClaimNode): number {
  let n = node.status === 'hidden' ? 1 : 0;
  for (const child of node.children ?? []) n += hiddenDigests(child);
  return n;
}
