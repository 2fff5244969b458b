import { describe, expect, it } from 'vitest';
import type { SdClaimNode } from '../../../jose/index.ts';
import { childrenOf, hiddenWords, labelOf, markOf, preview, valueAt } from './tree.ts';

const tree: SdClaimNode = {
  pointer: '',
  status: 'visible',
  hidden: 2,
  children: [
    { key: 'iss', pointer: '/iss', status: 'visible' },
    { key: 'given_name', pointer: '/given_name', status: 'disclosed', disclosure: 0 },
    { key: 'address', pointer: '/address', status: 'disclosed', disclosure: 1, children: [{ key: 'region', pointer: '/address/region', status: 'visible', within: 1 }] },
    { status: 'hidden', digest: 'd1' },
    { status: 'hidden', digest: 'd2' },
  ],
};

describe('the disclosure tree', () => {
  it('collects the hidden digests of an object apart from its members', () => {
    const { members, hiddenDigests } = childrenOf(tree);
    expect(members.map(labelOf)).toEqual(['iss', 'given_name', 'address']);
    expect(hiddenDigests).toEqual(['d1', 'd2']);
    expect(childrenOf({ status: 'visible' })).toEqual({ members: [], hiddenDigests: [] });
  });

  it('marks payload members always visible, Disclosures disclosed, members of a disclosed value as inside it', () => {
    const [iss, given, address] = tree.children!;
    expect(markOf(iss!)).toBe('always visible');
    expect(markOf(given!)).toBe('disclosed');
    expect(markOf(address!.children![0]!)).toBe('inside a disclosure');
  });

  it('words hidden digests with their count', () => {
    expect(hiddenWords(1)).toBe('hidden (1 undisclosed digest)');
    expect(hiddenWords(3)).toBe('hidden (3 undisclosed digests)');
  });

  it('labels array elements by index and previews values briefly', () => {
    expect(labelOf({ key: 1, status: 'disclosed' })).toBe('[1]');
    expect(preview('Köln')).toBe('"Köln"');
    expect(preview([1, 2])).toBe('array of 2');
    expect(preview({ a: 1 })).toBe('object of 1');
    expect(preview('x'.repeat(100), 10)).toBe(`"${'x'.repeat(8)}…`);
    expect(preview(undefined)).toBe('');
  });

  it('finds the processed value of a node by its pointer', () => {
    expect(valueAt({ address: { region: 'Köln' } }, { pointer: '/address/region', status: 'visible' })).toBe('Köln');
    expect(valueAt(undefined, { pointer: '/x', status: 'visible' })).toBeUndefined();
  });
});
