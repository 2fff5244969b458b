import { describe, expect, it } from 'vitest';
import { MAX_INDENTED_DEPTH, hexDump, prettyJson } from './pretty-json.ts';

describe('pretty JSON as written', () => {
  it('indents without re-serializing: digits, escapes and duplicates stay', () => {
    expect(prettyJson('{"a":9007199254740993,"b":"\\u00e9\\"","a":1e400,"c":[],"d":{}}')).toBe(
      '{\n  "a": 9007199254740993,\n  "b": "\\u00e9\\"",\n  "a": 1e400,\n  "c": [],\n  "d": {}\n}',
    );
    expect(prettyJson('[1, [true, null]]')).toBe('[\n  1,\n  [\n    true,\n    null\n  ]\n]');
  });

  it('gives up on text that is not JSON', () => {
    expect(prettyJson('{"a":1')).toBeUndefined();
    expect(prettyJson('{"a":1]')).toBeUndefined();
    expect(prettyJson('"unterminated')).toBeUndefined();
    expect(prettyJson('{"a" 1 2}')).toBeUndefined();
  });

  // Speed is measured by `npm run bench` (bench/sizes.ts, the prettyJson rows); here only that a 1 MB payload comes back whole and in proportion.
  it('keeps a 1 MB payload whole, with output in proportion to the input', () => {
    const big = JSON.stringify({ data: 'x'.repeat(1_000_000), list: Array.from({ length: 20_000 }, (_, i) => i) });
    const out = prettyJson(big)!;
    expect(JSON.parse(out)).toEqual(JSON.parse(big));
    expect(out.length).toBeLessThan(big.length * 2);
  });

  it('stays proportional to the input at any depth: levels past the cap fold onto one line', () => {
    // 12,000 levels once made 288 million characters of indentation (issue 14).
    for (const depth of [MAX_INDENTED_DEPTH, MAX_INDENTED_DEPTH + 1, 12_000, 100_000]) {
      const text = '['.repeat(depth) + '1,2' + ']'.repeat(depth);
      const out = prettyJson(text)!;
      expect(out.replace(/\s/g, '')).toBe(text);
      expect(out.length).toBeLessThan(text.length * 2 + 2 * MAX_INDENTED_DEPTH * MAX_INDENTED_DEPTH * 2 + 100);
    }
    const lines = prettyJson('['.repeat(30) + '1' + ']'.repeat(30))!.split('\n');
    expect(lines).toHaveLength(2 * MAX_INDENTED_DEPTH + 1);
    expect(lines[MAX_INDENTED_DEPTH]).toBe(' '.repeat(2 * MAX_INDENTED_DEPTH) + '['.repeat(10) + '1' + ']'.repeat(10));
    // Items of a folded container are separated by ", ".
    expect(prettyJson('['.repeat(22) + '{"a":1,"b":[]}' + ']'.repeat(22))!).toContain('{"a": 1, "b": []}');
  });

  it('dumps bytes as hex rows, bounded', () => {
    expect(hexDump(new Uint8Array([0, 1, 255]))).toBe('000000  00 01 ff');
    expect(hexDump(new Uint8Array(40), 32).split('\n')).toHaveLength(3);
    expect(hexDump(new Uint8Array(40), 32)).toContain('… 8 more bytes');
  });
});
