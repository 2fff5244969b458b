import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { JoseError } from './errors.ts';
import * as ranges from './json-ranges.ts';
import { parseJson, type JsonPath, type JsonValue } from './json.ts';

const errorOf = (f: () => unknown): JoseError => {
  try {
    f();
  } catch (error) {
    return error as JoseError;
  }
  throw new Error('expected a JoseError');
};

const at = (value: JsonValue, path: JsonPath): JsonValue => path.reduce<JsonValue>((v, k) => (v as Record<string | number, JsonValue>)[k]!, value);
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('parseJson', () => {
  it('parses like JSON.parse and records member ranges', () => {
    const text = '{"alg": "HS256", "n": [1, {"a": true}]}';
    const parsed = parseJson(text);
    expect(parsed.value).toEqual(JSON.parse(text));
    const alg = parsed.members.find((m) => m.path.join('.') === 'alg')!;
    expect(text.slice(alg.keyStart, alg.keyEnd)).toBe('"alg"');
    expect(text.slice(alg.valueStart, alg.valueEnd)).toBe('"HS256"');
    const nestedMember = parsed.members.find((m) => m.path.join('.') === 'n.1.a')!;
    expect(text.slice(nestedMember.valueStart, nestedMember.valueEnd)).toBe('true');
    expect(parsed.topMembers.map((m) => m.path)).toEqual([['alg'], ['n']]);
  });

  it('keeps the source text of numbers reachable through the ranges', () => {
    const text = '{"exp": 1.000000000000000000001e2, "big": 9007199254740993, "z": -0}';
    const parsed = parseJson(text);
    const source = (name: string) => ((m) => text.slice(m.valueStart, m.valueEnd))(parsed.members.find((m) => m.path[0] === name)!);
    expect([source('exp'), source('big'), source('z')]).toEqual(['1.000000000000000000001e2', '9007199254740993', '-0']);
    expect(Object.is(at(parsed.value, ['z']), -0)).toBe(true);
  });

  it('finds where a string ends past escaped quotes and runs of backslashes (the ranges jump from quote to quote)', () => {
    const text = String.raw`{"a\\":"x\"y\\\"z\\","b":"${'q'.repeat(1000)}\"","c":1}`;
    const parsed = parseJson(text);
    expect(parsed.value).toEqual(JSON.parse(text));
    for (const m of parsed.members) expect(JSON.parse(text.slice(m.valueStart, m.valueEnd))).toEqual(at(parsed.value, m.path));
    expect(parsed.topMembers.map((m) => m.path[0])).toEqual(['a\\', 'b', 'c']);
  });

  it('rejects duplicate member names, naming the member and where it is', () => {
    expect(() => parseJson('{"alg":"none",\n "alg":"HS256"}', { what: 'header' })).toThrow(/Duplicate member name "alg" in the header at line 2, column 2/);
    // Found at any depth, and when an escape spells the same name.
    expect(errorOf(() => parseJson('{"x":[{"b":1,"b":2}]}')).code).toBe('ERR_MALFORMED');
    expect(errorOf(() => parseJson('{"a":1,"\\u0061":2}')).details).toEqual({ member: 'a' });
  });

  it('reports duplicates instead when asked, at any depth', () => {
    const parsed = parseJson('{"sub":"a","sub":"b","x":{"y":[{"z":1,"z":2}]}}', { rejectDuplicates: false });
    expect(parsed.duplicates).toEqual([
      { path: [], name: 'sub', offset: 11 },
      { path: ['x', 'y', 0], name: 'z', offset: 38 },
    ]);
    expect(parsed.value).toEqual({ sub: 'b', x: { y: [{ z: 2 }] } });
  });

  it('keeps "__proto__" as an own member and leaves the prototype alone', () => {
    for (const text of ['{"__proto__":{"admin":true}}', '{"a":1,"a":2,"__proto__":{"admin":true}}']) {
      const parsed = parseJson(text, { rejectDuplicates: false });
      expect(Object.prototype.hasOwnProperty.call(parsed.value, '__proto__')).toBe(true);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
      expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    }
  });

  it('stops deep nesting with a limit error, not a stack overflow, at the exact level', () => {
    expect(() => parseJson('['.repeat(100000))).toThrow(expect.objectContaining({ code: 'ERR_LIMIT_EXCEEDED' }));
    expect(parseJson(nested(64)).value).toBeTruthy();
    const deep = errorOf(() => parseJson(nested(65)));
    expect([deep.code, deep.offset]).toEqual(['ERR_LIMIT_EXCEEDED', 64 * 5]);
    // Valid JSON that JSON.parse accepts is still refused past the limit.
    expect(errorOf(() => parseJson(`[${nested(64)}]`)).code).toBe('ERR_LIMIT_EXCEEDED');
    expect(parseJson(nested(3), { maxDepth: 3 }).value).toBeTruthy();
    expect(errorOf(() => parseJson(nested(4), { maxDepth: 3 })).code).toBe('ERR_LIMIT_EXCEEDED');
  });

  it('gives line and column for syntax errors', () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b" 2\n}')).toThrow(/expected ":" after the member name "b" but found "2" at line 3, column 7/);
    expect(() => parseJson('{"a":1} x')).toThrow(/after the end/);
    expect(() => parseJson('{"a":01}')).toThrow(/ERR|expected/);
  });

  it('refuses everything RFC 8259 refuses, as JSON.parse does, each with an offset', () => {
    const refused = ['', ' ', '{', '{"a"}', '{"a":}', '{"a":1,}', '[1,]', '[01]', '[1.]', '[.5]', '[+1]', '[0x1]', '[NaN]', '[Infinity]', '["a\nb"]', '["\\x41"]', '["\\u12"]', "['a']", '{a:1}', '\ufeff{}', '[1] [2]', 'tru', 'nul', '"unterminated', '{"a":1}}', '[1e]', '[-]', '["\t"]'];
    for (const text of refused) {
      expect(() => JSON.parse(text), text).toThrow();
      const e = errorOf(() => parseJson(text));
      expect([e.code, typeof e.offset], JSON.stringify(text)).toEqual(['ERR_JSON', 'number']);
    }
  });

  it('accepts what JSON.parse accepts at the edges of the grammar', () => {
    // Lone surrogates (escaped or raw), which JSON.parse accepts too; -0; huge exponents (Infinity, flagged by validateClaims).
    for (const text of ['["\\ud800"]', '["\ud800"]', '[-0]', '[1e400]', '"\\u0000"', ' \t\r\n{} ', '{"":""}']) {
      expect(parseJson(text).value, text).toStrictEqual(JSON.parse(text));
    }
  });

  it('computes member ranges only when someone asks where a member is', () => {
    const spy = vi.spyOn(ranges, 'memberRanges');
    const parsed = parseJson('{"a":{"b":[1,2]},"c":3}');
    expect(spy).not.toHaveBeenCalled();
    expect(parsed.members).toHaveLength(5);
    expect(parsed.members).toBe(parsed.members);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('parseJson against JSON.parse (property tests)', () => {
  const indent = fc.constantFrom(undefined, 0, 1, 2, '\t');

  it('on valid JSON: the same value, no duplicates, and ranges that hold exactly each member', () => {
    fc.assert(
      fc.property(fc.jsonValue(), indent, (value, space) => {
        const text = JSON.stringify(value, null, space);
        const parsed = parseJson(text, { maxDepth: 1000 });
        expect(parsed.value).toStrictEqual(JSON.parse(text));
        expect(parsed.duplicates).toEqual([]);
        for (const m of parsed.members) {
          expect(JSON.parse(text.slice(m.valueStart, m.valueEnd))).toStrictEqual(at(parsed.value, m.path));
          if (m.keyStart !== undefined) expect(JSON.parse(text.slice(m.keyStart, m.keyEnd))).toBe(m.path[m.path.length - 1]);
        }
        expect(parsed.topMembers).toEqual(parsed.members.filter((m) => m.path.length === 1));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a repeated name wherever it is put, and refuses it when asked to', () => {
    const objects = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 });
    fc.assert(
      fc.property(objects, fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (obj, extra, wrap) => {
        const name = Object.keys(obj)[0]!;
        const inner = `${JSON.stringify(obj).slice(0, -1)},${JSON.stringify(name)}:${JSON.stringify(extra)}}`;
        const text = wrap ? `{"outer":[${inner}]}` : inner;
        const parsed = parseJson(text, { rejectDuplicates: false });
        expect(parsed.duplicates.map((d) => [d.path, d.name])).toContainEqual([wrap ? ['outer', 0] : [], name]);
        expect(parsed.value).toStrictEqual(JSON.parse(text));
        expect(errorOf(() => parseJson(text)).code).toBe('ERR_MALFORMED');
      }),
      { numRuns: 1000 },
    );
  });

  it('on mangled JSON: JSON.parse\'s value, or a JoseError, never anything JSON.parse refuses', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"b"', '"\\u0061"', '"\\"', '1', '-0', '1e400', 'true', 'null', ' ', '\t', '"__proto__"', '\uFEFF', '"x\\n"', '0x1', '"\ud800"');
    const text = fc.oneof(fc.array(piece, { maxLength: 25 }).map((p) => p.join('')), fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 3 })).map(([t, i, s]) => t.slice(0, i % (t.length + 1)) + s + t.slice(i % (t.length + 1))));
    fc.assert(
      fc.property(text, (t) => {
        let expected: unknown;
        let accepted = true;
        try {
          expected = JSON.parse(t);
        } catch {
          accepted = false;
        }
        try {
          const parsed = parseJson(t, { rejectDuplicates: false });
          expect(accepted).toBe(true);
          expect(parsed.value).toStrictEqual(expected);
        } catch (error) {
          expect(['ERR_JSON', 'ERR_LIMIT_EXCEEDED']).toContain((error as JoseError).code);
        }
      }),
      { numRuns: 4000 },
    );
  });
});
