import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { classifyHeader } from '../lib/classify-header.ts';
import { payloadUnencoded } from '../jws/header.ts';
import { splitDots } from '../serialize/segments.ts';
import type { SegmentName } from '../lib/errors.ts';
import { decodeSegment, problem, type Collector } from './segment.ts';
import type { InspectResult, SegmentPart } from './types.ts';

const JWS_LABELS: [SegmentName, SegmentPart, string][] = [
  ['header', 'protected', 'JWS Protected Header'],
  ['payload', 'payload', 'JWS Payload'],
  ['signature', 'signature', 'JWS Signature'],
];
const JWE_LABELS: [SegmentName, SegmentPart, string][] = [
  ['header', 'protected', 'JWE Protected Header'],
  ['encrypted_key', 'encrypted_key', 'JWE Encrypted Key'],
  ['iv', 'iv', 'JWE Initialization Vector'],
  ['ciphertext', 'ciphertext', 'JWE Ciphertext'],
  ['tag', 'tag', 'JWE Authentication Tag'],
];

/** Fills `r` for a compact serialization (text = the trimmed token, base = its offset in the input). */
export function inspectCompact(r: InspectResult, c: Collector, text: string, base: number): void {
  const split = splitDots(text);
  let { parts, starts } = split;
  r.serialization = 'compact';
  const firstLabel = (parts.length <= 3 ? JWS_LABELS : JWE_LABELS)[0]![2];
  const header = decodeSegment(c, { name: 'header', part: 'protected', label: firstLabel, encoding: 'base64url', start: base, raw: parts[0]!, json: 'header' });
  let protectedHeader: JsonObject | undefined;
  if (header.json) {
    if (isJsonObject(header.json.value)) protectedHeader = header.json.value;
    else problem(c, { code: 'HEADER_NOT_OBJECT', message: `The ${firstLabel} must be a JSON object`, segment: 'header', segmentId: header.id, offset: header.start, length: header.raw.length });
  }
  if (protectedHeader) {
    r.protectedHeader = protectedHeader;
    r.header = protectedHeader;
    if (typeof protectedHeader.alg !== 'string' || protectedHeader.alg === '') {
      problem(c, { code: 'ALG_MISSING', message: 'The header has no "alg" string (RFC 7515 §4.1.1: it MUST be present)', segment: 'header', segmentId: header.id, offset: header.start, length: header.raw.length });
    }
  }
  if (parts.length > 3 && payloadUnencoded(protectedHeader)) {
    // RFC 7797 §5.2: a "." in an unencoded payload splits it; read it as one payload and say why.
    const last = parts.length - 1;
    problem(c, {
      code: 'UNENCODED_PAYLOAD',
      message: 'The header says "b64": false and the unencoded payload contains "."; the compact serialization cannot carry such a payload (RFC 7797 §5.2)',
      segment: 'payload',
      offset: base + starts[2]! - 1,
    });
    parts = [parts[0]!, parts.slice(1, last).join('.'), parts[last]!];
    starts = [starts[0]!, starts[1]!, starts[last]!];
  }
  const n = parts.length;
  const labels = n <= 3 ? JWS_LABELS : JWE_LABELS;
  header.label = labels[0]![2];
  const unencoded = n === 3 && payloadUnencoded(protectedHeader);
  for (let i = 1; i < n; i++) {
    const [name, part, label] = labels[i] ?? (['token', 'payload', `Extra segment ${i + 1}`] as [SegmentName, SegmentPart, string]);
    const isPayload = n <= 3 && i === 1;
    decodeSegment(c, {
      name,
      part,
      label,
      encoding: isPayload && unencoded ? 'text' : 'base64url',
      start: base + starts[i]!,
      raw: parts[i]!,
      allowEmpty: isPayload || name === 'signature' || name === 'encrypted_key' || name === 'ciphertext',
      ...(isPayload ? { json: 'payload' as const } : {}),
    });
  }
  if (n !== 3 && n !== 5) {
    const dotAt = n > 5 ? base + starts[5]! - 1 : n === 4 ? base + starts[3]! - 1 : base + text.length;
    problem(c, {
      code: 'SEGMENT_COUNT',
      message: `A compact JWS has 3 segments and a compact JWE 5, separated by "."; this token has ${n}`,
      segment: 'token',
      offset: dotAt,
      length: n > 5 || n === 4 ? 1 : 0,
    });
    r.kind = 'unknown';
    r.reason = `${n} segments separated by "." : neither a JWS (3) nor a JWE (5) (RFC 7516 §9)`;
    return;
  }
  const structural = n === 3 ? 'JWS' : 'JWE';
  const cls = protectedHeader ? classifyHeader(protectedHeader) : undefined;
  const count = `${n} segments (RFC 7516 §9: a JWS has 3, a JWE 5)`;
  r.kind = structural === 'JWS' && cls?.kind === 'unsecured' ? 'unsecured' : structural;
  r.reason = cls ? `${count}; ${cls.reason}` : `${count}; the header could not be read`;
  if (c.problems.length > 0) return;
  if (n === 3) {
    r.jws = { kind: 'JWS', payload: parts[1]!, signatures: [{ protected: parts[0]!, signature: parts[2]! }] };
  } else {
    r.jwe = { kind: 'JWE', protected: parts[0]!, recipients: [{ encrypted_key: parts[1]! }], iv: parts[2]!, ciphertext: parts[3]!, tag: parts[4]! };
  }
}
