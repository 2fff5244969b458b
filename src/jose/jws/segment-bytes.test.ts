import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlEncode } from '../lib/base64url.ts';
import { encodeSegment } from './segment-bytes.ts';

describe('encodeSegment', () => {
  it('writes exactly what base64urlEncode writes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(encodeSegment(bytes)).toBe(base64urlEncode(bytes));
    }), { numRuns: 3000 });
    const all = Uint8Array.from({ length: 256 * 3 }, (_, i) => (i * 7) & 255);
    expect(encodeSegment(all)).toBe(base64urlEncode(all));
    expect(encodeSegment(new Uint8Array(70_000).fill(0xfb))).toBe(base64urlEncode(new Uint8Array(70_000).fill(0xfb)));
  });
});
