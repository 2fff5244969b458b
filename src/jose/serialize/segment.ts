import { assertBase64url, base64urlDecodeChecked, isCanonicalBase64url } from '../lib/base64url.ts';
import { tryUtf8Decode, utf8Encode, type Bytes } from '../lib/bytes.ts';
import { JoseError, echo, type SegmentName } from '../lib/errors.ts';
import { parseJson } from '../lib/json.ts';
import { inputAt, LazySegmentJson, NO_DUPLICATES } from './segment-json.ts';
import type { InspectedSegment, InspectProblem, SegmentEncoding, SegmentPart } from './types.ts';

/** What reading a token collects: its segments, its problems (inspect's words) and its faults (verify's errors). */
export interface Collector {
  segments: InspectedSegment[];
  problems: InspectProblem[];
  /** The JoseError of each fault, in RFC processing order; the first is what verify and decrypt throw. */
  faults: JoseError[];
  /** The first fault of each segment, by segment id (made at the first fault). */
  faultOf?: Map<number, JoseError>;
}

export function collector(): Collector {
  return { segments: [], problems: [], faults: [] };
}

export interface SegmentSpec {
  name: SegmentName;
  part: SegmentPart;
  label: string;
  index?: number;
  encoding: SegmentEncoding;
  start: number;
  raw: string;
  /** For JSON serializations, where the value's text differs from the input (escapes); decode this. */
  value?: string;
  allowEmpty?: boolean;
  /** 'header': must be a JSON object, duplicates are problems. 'payload': JSON if it parses. */
  json?: 'header' | 'payload';
  /** A payload's text and JSON are read when first asked for (readContent), not now: verify reads them while the signature is checked. */
  deferContent?: boolean;
  /** Decode into this view (exactly the decoded length) instead of a new buffer. */
  target?: Bytes;
}

export function problem(c: Collector, p: Omit<InspectProblem, 'length'> & { length?: number }): void {
  c.problems.push({ length: 1, ...p });
}

/** Records a fault: a problem in inspect's words and, for verify and decrypt, the JoseError. */
export function fault(c: Collector, seg: InspectedSegment, code: InspectProblem['code'], message: string, offset: number, error: JoseError | undefined, length = 1): void {
  seg.ok = false;
  problem(c, { code, message, segment: seg.name, segmentId: seg.id, offset, length });
  if (!error) return;
  c.faults.push(error);
  c.faultOf ??= new Map();
  if (!c.faultOf.has(seg.id)) c.faultOf.set(seg.id, error);
}

/**
 * A protected header that does not read as one JSON object without repeated names: the JoseError
 * deserializeCompact throws, naming the segment and where it starts. It reads the text again with
 * duplicates refused, so the error is its first fault in reading order (a repeated name may come
 * before a syntax error); only on this failure path, so good tokens are read once.
 */
function headerError(seg: InspectedSegment, text: string): JoseError {
  let cause: JoseError;
  try {
    parseJson(text, { rejectDuplicates: true, what: seg.label });
    cause = new JoseError('ERR_MALFORMED', `The ${seg.label} could not be read`);
  } catch (error) {
    cause = error as JoseError;
  }
  return new JoseError(cause.code, cause.message, { segment: seg.name, offset: seg.start, cause, details: cause.details });
}

/** Starts, within its first 64 characters and after whitespace or a byte order mark, with "{" or "[". */
function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length && i < 64; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff && !(c > 127 && /\s/.test(text[i]!))) return false;
  }
  return false;
}

/** Reads a header's or payload's text as JSON, recording JSON problems and duplicate names. */
function readJson(c: Collector | undefined, seg: InspectedSegment, kind: 'header' | 'payload', text: string, bytes: Bytes): void {
  if (kind === 'payload' && !looksLikeJson(text)) return; // not JSON-looking: leave as text
  // A byte order mark is skipped to show the JSON (RFC 8259 §8.1 lets a reader ignore it); in a header it is still a fault.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = shift ? text.slice(1) : text;
  const input = inputAt(seg, text, bytes);
  let parsed;
  try {
    parsed = parseJson(body, { rejectDuplicates: false, what: seg.label });
  } catch (error) {
    if (!c || !(error instanceof JoseError)) return;
    const at = Math.min(input(Math.min(text.length, (error.offset ?? 0) + shift)), seg.end);
    const code = error.code === 'ERR_LIMIT_EXCEEDED' ? 'JSON_LIMIT' : 'JSON';
    if (kind === 'header') fault(c, seg, code, error.message, at, headerError(seg, text));
    else if (code === 'JSON_LIMIT') problem(c, { code, message: error.message, segment: seg.name, segmentId: seg.id, offset: at });
    return;
  }
  const duplicates = parsed.duplicates.length ? parsed.duplicates.map((d) => ({ path: d.path, name: d.name, offset: input(d.offset + shift) })) : NO_DUPLICATES;
  const json = (seg.json = new LazySegmentJson(parsed.value, duplicates, seg, parsed, shift, text));
  // A payload's repeated names are findings (RFC 7515 §4 is about headers); a header's are faults.
  if (!c || kind === 'payload') return;
  let error: JoseError | undefined = shift || json.duplicates.length ? headerError(seg, text) : undefined;
  if (shift) {
    fault(c, seg, 'JSON', `${seg.label}: it starts with a byte order mark (U+FEFF), which JSON text must not (RFC 8259 §8.1)`, seg.start, error);
    error = undefined;
  }
  for (const d of json.duplicates) {
    fault(c, seg, 'DUPLICATE_MEMBER', `${seg.label}: duplicate member name ${echo(d.name)} (RFC 7515 §4: a JOSE Header must not repeat a name)`, d.offset, error, d.name.length + 2);
    error = undefined;
  }
}

/** Fills a header's or payload's `text` and `json` from its bytes, recording problems when a collector is given. */
function readText(seg: InspectedSegment, kind: 'header' | 'payload', c: Collector | undefined): void {
  const text = tryUtf8Decode(seg.bytes!);
  if (text === undefined) {
    if (c && kind === 'header') {
      const error = new JoseError('ERR_MALFORMED', `The ${seg.label} is not valid UTF-8`, { segment: seg.name, offset: seg.start });
      fault(c, seg, 'NOT_UTF8', `${seg.label} is not valid UTF-8`, seg.start, error, seg.raw.length);
    }
    return;
  }
  seg.text = text;
  readJson(c, seg, kind, text, seg.bytes!);
}

/**
 * A payload whose reading decodeSegment deferred: its bytes, text and JSON now (a deferred segment is
 * one that decoded without a fault and has no bytes yet). Does nothing for any other segment.
 */
export function readContent(seg: InspectedSegment): void {
  if (seg.bytes !== undefined || !seg.ok) return;
  seg.bytes = seg.encoding === 'base64url' ? base64urlDecodeChecked(seg.raw) : utf8Encode(seg.raw);
  readText(seg, 'payload', undefined);
}

/**
 * Decodes one segment, recording every problem with its offset in the input; never throws. With
 * `deferContent` (compact only), the base64url is checked now, so faults keep their order, but the
 * payload's bytes, text and JSON wait for readContent.
 */
export function decodeSegment(c: Collector, spec: SegmentSpec): InspectedSegment {
  const seg: InspectedSegment = { id: c.segments.length, name: spec.name, part: spec.part, label: spec.label, encoding: spec.encoding, start: spec.start, end: spec.start + spec.raw.length, raw: spec.raw, ok: true };
  if (spec.index !== undefined) seg.index = spec.index;
  c.segments.push(seg);
  const source = spec.value ?? spec.raw;
  if (spec.encoding === 'base64url' && !isCanonicalBase64url(source, spec.allowEmpty === true)) {
    try {
      assertBase64url(source, { segment: spec.name, offset: spec.start, allowEmpty: spec.allowEmpty });
    } catch (error) {
      const e = error as JoseError;
      fault(c, seg, source.length === 0 ? 'EMPTY_SEGMENT' : 'BASE64URL', `${spec.label}: ${e.message}`, e.offset ?? spec.start, e, source.length === 0 ? 0 : 1);
      return seg;
    }
  }
  if (spec.deferContent) return seg;
  seg.bytes = spec.encoding === 'base64url' ? base64urlDecodeChecked(source, spec.target) : utf8Encode(source);
  if (spec.json) readText(seg, spec.json, c);
  return seg;
}

/** A payload given apart from the token (RFC 7515 Appendix F) as a segment, its text and JSON read like any other's. */
export function detachedSegment(bytes: Bytes): InspectedSegment {
  const seg: InspectedSegment = { id: 0, name: 'payload', part: 'payload', label: 'JWS Payload (detached)', encoding: 'text', start: 0, end: 0, raw: '', bytes, ok: true };
  readText(seg, 'payload', undefined);
  return seg;
}
