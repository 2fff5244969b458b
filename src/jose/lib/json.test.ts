import { describe, expect, it } from 'vitest';
import { parseJson } from './json.ts';

describe('parseJson', () => {
  it('parses like JSON.parse and records member ranges', () => {
    const text = '{"alg": "HS256", "n": [1, {"a": true}]}';
    const parsed = parseJson(text);
    expect(parsed.value).toEqual(JSON.parse(text));
    const alg = parsed.members.find((m) => m.path.join('.') === 'alg')!;
    expect(text.slice(alg.keyStart, alg.keyEnd)).toBe('"alg"');
    expect(text.slice(alg.valueStart, alg.valueEnd)).toBe('"HS256"');
    const nested = parsed.members.find((m) => m.path.join('.') === 'n.1.a')!;
    expect(text.slice(nested.valueStart, nested.valueEnd)).toBe('true');
  });

  it('rejects duplicate member names, naming the member and where it is', () => {
    expect(() => parseJson('{"alg":"none",\n "alg":"HS256"}', { what: 'header' })).toThrow(/Duplicate member name "alg" in the header at line 2, column 2/);
  });

  it('reports duplicates instead when asked', () => {
    const parsed = parseJson('{"sub":"a","sub":"b"}', { rejectDuplicates: false });
    expect(parsed.duplicates).toEqual([{ path: [], name: 'sub', offset: 11 }]);
  });

  it('keeps "__proto__" as an own member and leaves the prototype alone', () => {
    const parsed = parseJson('{"__proto__":{"admin":true}}');
    expect(Object.prototype.hasOwnProperty.call(parsed.value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  });

  it('stops deep nesting with a limit error, not a stack overflow', () => {
    expect(() => parseJson('['.repeat(100000))).toThrow(expect.objectContaining({ code: 'ERR_LIMIT_EXCEEDED' }));
  });

  it('gives line and column for syntax errors', () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b" 2\n}')).toThrow(/expected ":" after the member name "b" but found "2" at line 3, column 7/);
    expect(() => parseJson('{"a":1} x')).toThrow(/after the end/);
    expect(() => parseJson('{"a":01}')).toThrow(/ERR|expected/);
  });
});
