/**
 * What each line of the disclosure tree says: the mark of a claim ("always visible", "disclosed",
 * "hidden (N undisclosed digests)"), and a short preview of its value. Pure, so it is unit-tested.
 */
import { resolvePointer, type JsonObject, type JsonValue, type SdClaimNode } from '../../../jose/index.ts';

export type ClaimMark = 'always visible' | 'disclosed' | 'inside a disclosure';

/** One member of an object or array in the tree, with the hidden digests beside it collected. */
export interface TreeChildren {
  members: SdClaimNode[];
  /** Digests of this object or array that no Disclosure matched. */
  hiddenDigests: string[];
}

/** The members to list under a node, and the digests no Disclosure matched (shown as one line). */
export function childrenOf(node: SdClaimNode): TreeChildren {
  const members: SdClaimNode[] = [];
  const hiddenDigests: string[] = [];
  for (const child of node.children ?? []) {
    if (child.status === 'hidden') hiddenDigests.push(child.digest ?? '');
    else members.push(child);
  }
  return { members, hiddenDigests };
}

/** The mark of a member that is not hidden. */
export function markOf(node: SdClaimNode): ClaimMark {
  if (node.status === 'disclosed') return 'disclosed';
  return node.within === undefined ? 'always visible' : 'inside a disclosure';
}

/** "hidden (1 undisclosed digest)" / "hidden (3 undisclosed digests)". */
export function hiddenWords(n: number): string {
  return `hidden (${n} undisclosed digest${n === 1 ? '' : 's'})`;
}

/** The name shown for a member: "given_name", or "[1]" for an array element. */
export function labelOf(node: SdClaimNode): string {
  return typeof node.key === 'number' ? `[${node.key}]` : (node.key ?? '');
}

/** A one-line preview of a value: strings quoted, containers summarised, long text cut at `max`. */
export function preview(value: JsonValue | undefined, max = 60): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (value !== null && typeof value === 'object') return `object of ${Object.keys(value).length}`;
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The processed value a tree node stands for. */
export function valueAt(claims: JsonObject | undefined, node: SdClaimNode): JsonValue | undefined {
  return claims && node.pointer !== undefined ? resolvePointer(claims, node.pointer) : undefined;
}
