import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode, type DecodeContext } from '../lib/base64url.ts';
import type { JoseError } from '../lib/errors.ts';
import { decodeSegment, encodeSegment } from './segment-bytes.ts';

function outcome(decode: (t: string, c: DecodeContext) => Uint8Array, text: string, ctx: DecodeContext) {
  try {
    return { bytes: Array.from(decode(text, ctx)) };
  } catch (error) {
    const e = error as JoseError;
    return { error: [e.code, e.message, e.segment, e.offset] };
  }
}

describe('decodeSegment', () => {
  const ctxs: DecodeContext[] = [{ segment: 'payload', offset: 37, allowEmpty: true }, { segment: 'signature', offset: 5 }, {}];
  const texts = fc.oneof(
    fc.uint8Array({ maxLength: 80 }).map((b) => base64urlEncode(b)),
    fc.uint8Array({ minLength: 1, maxLength: 40 }).chain((b) => fc.tuple(fc.constant(base64urlEncode(b)), fc.nat(), fc.constantFrom('=', '+', '/', ' ', '.', '\u00e9', '\u0141', '\u{1F600}', 'A', 'B', 'Q', 'g', '-', '\u0100', '\u0141'))).map(([t, at, ch]) => t.slice(0, at % (t.length + 1)) + ch + t.slice(at % (t.length + 1))),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('', 'A', 'AB', 'AQ', 'AR', 'AAB', 'AAE', 'AAF', 'QUJD', 'QUJDRA', 'QUJDRA==', 'eyJ9'),
  );
  it('gives base64urlDecode\'s bytes, or its exact error', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...ctxs), (text, ctx) => {
        expect(outcome(decodeSegment, text, ctx)).toStrictEqual(outcome(base64urlDecode, text, ctx));
      }),
      { numRuns: 5000 },
    );
  });
  it('round-trips every length', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(Array.from(decodeSegment(base64urlEncode(bytes), { allowEmpty: true }))).toEqual(Array.from(bytes));
    }
  });
});

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
