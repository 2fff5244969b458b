import { JoseError, type Finding } from '../lib/errors.ts';
import { remapJsonInput } from '../serialize/segment-json.ts';
import type { Range } from '../serialize/types.ts';
import type { InspectNotice, InspectResult } from './types.ts';

/**
 * Whitespace inside a compact token: a token copied from a log, an email or a terminal arrives
 * broken across lines or with spaces in it. inspect reads the token with those "gaps" closed and
 * then maps every offset it found back to the text as pasted, so the editor underlines the right
 * characters. Only compact tokens: in a JSON serialization whitespace is JSON's own.
 *
 * Coordinates: "closed" offsets are those inspect computed on the token without its gaps, counted
 * from the same base as the input (the trimmed start); "input" offsets are into the pasted text.
 */

// The characters trim.ts removes around a token, plus the invisible ones chat and mail tools insert.
const GAP_RUN = /[ \t\n\r\u00a0\ufeff\u2028\u2029\u200b\u2060]+/g;

export const INNER_WHITESPACE_MESSAGE = 'Removed whitespace inside the token (line breaks or spaces, as logs, emails and terminals add them)';

/** The runs of whitespace inside input[start, end), in input offsets, in order. */
export function findGaps(input: string, start: number, end: number): Range[] {
  const gaps: Range[] = [];
  // A native regex scan: a 1 MB token without whitespace costs a fraction of a millisecond.
  const re = GAP_RUN;
  re.lastIndex = start;
  for (let m = re.exec(input); m !== null && m.index < end; m = re.exec(input)) {
    gaps.push({ start: m.index, end: Math.min(end, m.index + m[0].length) });
  }
  return gaps;
}

/** input[start, end) without its gaps. */
export function closeGaps(input: string, start: number, end: number, gaps: readonly Range[]): string {
  const parts: string[] = [];
  let at = start;
  for (const g of gaps) {
    parts.push(input.slice(at, g.start));
    at = g.end;
  }
  parts.push(input.slice(at, end));
  return parts.join('');
}

/** Closed offsets -> input offsets, by binary search over the gaps. */
export class GapMap {
  /** Closed offset of the character right after each gap. */
  private readonly at: number[] = [];
  /** Characters removed up to and including each gap. */
  private readonly removed: number[] = [];

  constructor(readonly gaps: readonly Range[]) {
    let total = 0;
    for (const g of gaps) {
      this.at.push(g.start - total);
      total += g.end - g.start;
      this.removed.push(total);
    }
  }

  /** The input offset of the character at a closed offset (after any gap just before it). */
  toInput(offset: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo === 0 ? 0 : this.removed[lo - 1]!);
  }

  /** A closed range as the input range from its first character to just after its last. */
  rangeToInput(start: number, end: number): Range {
    const s = this.toInput(start);
    return { start: s, end: end > start ? this.toInput(end - 1) + 1 : s };
  }

  /** The gaps strictly inside an input range. */
  within(range: Range): Range[] {
    return this.gaps.filter((g) => g.start >= range.start && g.end <= range.end);
  }
}

/** One notice per gap, each with the range removed. */
export function gapNotices(gaps: readonly Range[]): InspectNotice[] {
  return gaps.map((g) => ({ code: 'TRIMMED_INNER_WHITESPACE', message: INNER_WHITESPACE_MESSAGE, start: g.start, end: g.end }));
}

function remapFinding(f: Finding, map: GapMap): Finding {
  return f.offset === undefined ? f : { ...f, offset: map.toInput(f.offset) };
}

/** The error verify and decrypt would throw, its offset in the input. */
function remapError(e: JoseError, map: GapMap): JoseError {
  if (e.offset === undefined) return e;
  return new JoseError(e.code, e.message, { segment: e.segment, offset: map.toInput(e.offset), step: e.step, cause: e.cause, details: e.details });
}

/**
 * Moves every offset of a result computed on the closed token to the input: segments (which then
 * list the gaps inside them), JSON members (mapped when first read: they are computed lazily) and
 * repeated names, problems, findings and the error verify and decrypt would throw.
 */
export function remapToInput(r: InspectResult, map: GapMap): void {
  const toInput = (start: number, end: number) => map.rangeToInput(start, end);
  for (const seg of r.segments) {
    const range = map.rangeToInput(seg.start, seg.end);
    seg.start = range.start;
    seg.end = range.end;
    const inside = map.within(range);
    if (inside.length) seg.gaps = inside;
    if (seg.json) remapJsonInput(seg.json, toInput);
  }
  for (const p of r.problems) {
    const range = map.rangeToInput(p.offset, p.offset + p.length);
    p.offset = range.start;
    p.length = range.end - range.start;
  }
  r.findings = r.findings.map((f) => remapFinding(f, map));
  if (r.error) r.error = remapError(r.error, map);
}

/** Characters of a segment before an input offset, not counting its gaps; undefined inside a gap. */
export function indexInSegment(seg: { start: number; gaps?: readonly Range[] }, offset: number): number | undefined {
  let skipped = 0;
  for (const g of seg.gaps ?? []) {
    if (offset >= g.end) skipped += g.end - g.start;
    else if (offset >= g.start) return undefined;
  }
  return offset - seg.start - skipped;
}
