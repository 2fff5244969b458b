import { describe, expect, it } from 'vitest';
import { rowStarts } from './LargeTextView.tsx';

const rows = (text: string, width: number) => {
  const starts = rowStarts(text, width);
  return Array.from(starts, (s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length).replace(/\n$/, ''));
};

describe('rowStarts', () => {
  it('one row per line, long lines cut every `width` characters', () => {
    expect(rows('{\n  "a": 1\n}', 80)).toEqual(['{', '  "a": 1', '}']);
    expect(rows('abcdefghij\nxy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('keeps empty lines and a final newline as rows', () => {
    expect(rows('a\n\nb\n', 10)).toEqual(['a', '', 'b', '']);
    expect(rows('', 10)).toEqual(['']);
  });

  it('a 5 MB single line becomes length / width rows, in one pass', () => {
    const text = 'x'.repeat(5 * 1024 * 1024);
    expect(rowStarts(text, 100).length).toBe(Math.ceil(text.length / 100));
  });
});
