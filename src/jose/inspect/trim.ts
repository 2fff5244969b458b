import type { InspectNotice } from './types.ts';

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '`': '`', '\u201c': '\u201d', '\u2018': '\u2019' };

/**
 * Finds the token inside what a person pasted: surrounding whitespace, quotes, "Authorization:" and
 * "Bearer " are removed (repeatedly, in any order), each removal reported as a notice with the range
 * removed, so offsets stay those of the original text.
 */
export function trimToken(input: string): { start: number; end: number; notices: InspectNotice[] } {
  let start = 0;
  let end = input.length;
  const notices: InspectNotice[] = [];
  const note = (code: InspectNotice['code'], message: string, s: number, e: number) => notices.push({ code, message, start: s, end: e });
  for (let round = 0; round < 8; round++) {
    const before = [start, end];
    let s = start;
    while (s < end && isSpace(input.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(input.charCodeAt(e - 1))) e--;
    if (s !== start) note('TRIMMED_WHITESPACE', 'Removed whitespace before the token', start, s);
    if (e !== end) note('TRIMMED_WHITESPACE', 'Removed whitespace after the token', e, end);
    start = s;
    end = e;
    const auth = /^authorization\s*:\s*/i.exec(input.slice(start, Math.min(end, start + 64)));
    if (auth) {
      note('TRIMMED_AUTHORIZATION', 'Removed an "Authorization:" header name before the token', start, start + auth[0].length);
      start += auth[0].length;
    }
    const bearer = /^bearer\s+/i.exec(input.slice(start, Math.min(end, start + 32)));
    if (bearer) {
      note('TRIMMED_BEARER', 'Removed the "Bearer " prefix (RFC 6750) before the token', start, start + bearer[0].length);
      start += bearer[0].length;
    }
    const open = input[start];
    if (end - start >= 2 && open !== undefined && QUOTES[open] !== undefined && input[end - 1] === QUOTES[open]) {
      note('TRIMMED_QUOTES', 'Removed the opening quote before the token', start, start + 1);
      note('TRIMMED_QUOTES', 'Removed the closing quote after the token', end - 1, end);
      start++;
      end--;
    }
    if (before[0] === start && before[1] === end) break;
  }
  return { start, end, notices };
}
