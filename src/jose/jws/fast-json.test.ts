import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlEncode } from '../lib/base64url.ts';
import { utf8Encode } from '../lib/bytes.ts';
import type { JoseError } from '../lib/errors.ts';
import { parseJson } from '../lib/json.ts';
import { decodeProtectedHeader } from '../serialize/segments.ts';
import { claimsOf, decodeHeaderQuickly, quickParse } from './fast-json.ts';

/** What the strict parser says: its value, or its error code and message. */
function strict(text: string) {
  try {
    return { value: parseJson(text).value };
  } catch (error) {
    return { error: (error as JoseError).code };
  }
}

function header(encoded: string, decode: (e: string) => unknown) {
  try {
    return { value: decode(encoded) };
  } catch (error) {
    const e = error as JoseError;
    return { error: [e.code, e.message, e.segment, e.offset] };
  }
}

const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** JSON-ish text: valid documents, duplicates, escapes, deep nesting, and broken pieces. */
const jsonish = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.array(fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"b"', '"\\u0061"', '"\\"', '1', '-0', '1e400', 'true', 'null', ' ', '\t', '"__proto__"', '"\uFEFF"', '\uFEFF', '"x\\n"', '0x1'), { maxLength: 25 }).map((p) => p.join('')),
  fc.constantFrom('{"a":1,"a":2}', '{"a":{"b":1,"b":2}}', '[{"a":1,"a":1}]', '{"__proto__":{"x":1}}', '{"\\u0061":1,"a":2}', nested(59), nested(60), nested(63), nested(64), nested(65), '{"a":"\\ud800"}', '{"a":1}x'),
);

describe('quickParse', () => {
  it('returns exactly what parseJson returns, or leaves the decision to it', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        const quick = quickParse(text);
        const ref = strict(text);
        if (quick === undefined) return; // parseJson decides (the callers run it)
        expect(ref.error).toBeUndefined();
        expect(quick).toStrictEqual(ref.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('never takes the fast path for duplicate members or deep nesting', () => {
    for (const text of ['{"a":1,"a":2}', '{"x":{"b":1,"b":2}}', '[{"a":1,"\\u0061":1}]', nested(60), nested(65)]) {
      expect(quickParse(text)).toBeUndefined();
    }
    expect(quickParse('{"__proto__":{"x":1},"b":[1,{"c":null}]}')).toStrictEqual(parseJson('{"__proto__":{"x":1},"b":[1,{"c":null}]}').value);
    expect(Object.prototype.hasOwnProperty.call(quickParse('{"__proto__":1}'), '__proto__')).toBe(true);
  });
});

describe('decodeHeaderQuickly', () => {
  it('agrees with decodeProtectedHeader on every input: same value, or the same error, message, segment and offset', () => {
    const encoded = fc.oneof(
      jsonish.map((t) => base64urlEncode(utf8Encode(t))),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('', 'e30', 'e30=', 'e3 0', 'W10', 'bnVsbA', '77u_e30', 'eyJhIjoxLCJhIjoyfQ', '_w'),
    );
    fc.assert(
      fc.property(encoded, (e) => {
        expect(header(e, decodeHeaderQuickly)).toStrictEqual(header(e, (x) => decodeProtectedHeader(x, 0)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('claimsOf', () => {
  it('gives the claims and top-level duplicates parseJson(rejectDuplicates: false) gives', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        let expected: { claims: unknown; duplicates: string[] };
        try {
          const parsed = parseJson(text, { rejectDuplicates: false });
          const v = parsed.value;
          expected = {
            claims: typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined,
            duplicates: parsed.duplicates.filter((d) => d.path.length === 0).map((d) => d.name),
          };
        } catch {
          expected = { claims: undefined, duplicates: [] };
        }
        expect(claimsOf(text)).toStrictEqual(expected);
      }),
      { numRuns: 3000 },
    );
    expect(claimsOf('{"sub":"a","sub":"b","x":{"y":1,"y":2}}')).toStrictEqual({ claims: { sub: 'b', x: { y: 2 } }, duplicates: ['sub'] });
  });
});
