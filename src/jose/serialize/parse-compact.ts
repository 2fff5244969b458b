import { decodedLength } from '../lib/base64url.ts';
import { JoseError, type SegmentName } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { payloadUnencoded } from '../header/crit.ts';
import { decodeSegment, fault, problem, type Collector } from './segment.ts';
import { splitDots } from './segments.ts';
import type { InspectedRecipient, InspectedSignature, ParsedToken, SegmentPart } from './types.ts';

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

/** Reads the protected header (the first segment) and says whether it is a JSON object with an "alg". */
function readHeader(c: Collector, raw: string, start: number, label: string): JsonObject | undefined {
  const header = decodeSegment(c, { name: 'header', part: 'protected', label, encoding: 'base64url', start, raw, json: 'header' });
  if (!header.json) return undefined;
  if (!isJsonObject(header.json.value)) {
    const error = new JoseError('ERR_MALFORMED', 'The JOSE Header must be a JSON object', { segment: 'header', offset: header.start });
    fault(c, header, 'HEADER_NOT_OBJECT', `The ${label} must be a JSON object`, header.start, error, header.raw.length);
    return undefined;
  }
  const protectedHeader = header.json.value;
  if (typeof protectedHeader.alg !== 'string' || protectedHeader.alg === '') {
    // A fault of meaning, not of form: verify and decrypt say so in their own words.
    problem(c, { code: 'ALG_MISSING', message: 'The header has no "alg" string (RFC 7515 §4.1.1: it MUST be present)', segment: 'header', segmentId: header.id, offset: header.start, length: header.raw.length });
  }
  return protectedHeader;
}

/**
 * Reads a compact serialization (RFC 7515 §7.1, RFC 7516 §7.1) into `t`: `text` is the token, `base`
 * where it starts in the input. Every segment is decoded once; every fault becomes a problem (with
 * its offset) and a JoseError, the first of which, in the order RFC 7515 §5.2 and RFC 7516 §5.2
 * check them (segment count, then each segment in turn), is `t.error`.
 */
export function readCompact(c: Collector, t: ParsedToken, text: string, base: number, deferContent = false): void {
  let { parts, starts } = splitDots(text);
  t.serialization = 'compact';
  const protectedHeader = readHeader(c, parts[0]!, base, (parts.length <= 3 ? JWS_LABELS : JWE_LABELS)[0]![2]);
  if (parts.length > 3 && payloadUnencoded(protectedHeader)) {
    // RFC 7797 §5.2: a "." in an unencoded payload splits it; read it as one payload and say why.
    const message = 'The header says "b64": false and the unencoded payload contains "."; the compact serialization cannot carry such a payload (RFC 7797 §5.2)';
    problem(c, { code: 'UNENCODED_PAYLOAD', message, segment: 'payload', offset: base + starts[2]! - 1 });
    c.faults.unshift(new JoseError('ERR_MALFORMED', message, { segment: 'payload', offset: base + starts[2]! - 1 }));
    const last = parts.length - 1;
    parts = [parts[0]!, parts.slice(1, last).join('.'), parts[last]!];
    starts = [starts[0]!, starts[1]!, starts[last]!];
  }
  const n = parts.length;
  const labels = n <= 3 ? JWS_LABELS : JWE_LABELS;
  c.segments[0]!.label = labels[0]![2];
  const unencoded = n === 3 && payloadUnencoded(protectedHeader);
  // A JWE's ciphertext and tag are decoded into one buffer: AES-GCM takes them joined, with no copy.
  const sealed = n === 5 ? new Uint8Array(decodedLength(parts[3]!.length) + decodedLength(parts[4]!.length)) : undefined;
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
      // An empty signature is an Unsecured JWS (RFC 7515 §A.5); the encrypted key is empty for dir and
      // ECDH-ES; the ciphertext of an empty plaintext is empty with GCM.
      allowEmpty: isPayload || name === 'signature' || name === 'encrypted_key' || name === 'ciphertext',
      ...(isPayload ? { json: 'payload' as const, deferContent } : {}),
      ...(sealed && i >= 3 ? { target: i === 3 ? sealed.subarray(0, decodedLength(parts[3]!.length)) : sealed.subarray(decodedLength(parts[3]!.length)) } : {}),
    });
  }
  if (protectedHeader) {
    t.protectedHeader = protectedHeader;
    t.header = protectedHeader;
  }
  if (n !== 3 && n !== 5) {
    // Point at the first dot too many, or at the end when dots are missing.
    const offset = n > 5 ? base + starts[5]! - 1 : n === 4 ? base + starts[3]! - 1 : base + text.length;
    const counted = (what: string) => `A compact JWS has 3 segments and a compact JWE 5, separated by "."; this ${what} has ${n}`;
    problem(c, { code: 'SEGMENT_COUNT', message: counted('token'), params: { count: n }, segment: 'token', offset, length: n > 5 || n === 4 ? 1 : 0 });
    c.faults.unshift(new JoseError('ERR_MALFORMED', counted('text'), { segment: 'token', offset, details: { segments: n } }));
    return;
  }
  t.structure = n === 3 ? 'JWS' : 'JWE';
  if (protectedHeader) {
    const ids = c.segments.map((seg) => seg.id);
    const alg = protectedHeader.alg;
    const kid = protectedHeader.kid;
    if (n === 3) {
      const signature: InspectedSignature = { index: 0, header: protectedHeader, protectedHeader, size: c.segments[2]!.bytes?.length ?? 0, segmentIds: ids };
      if (typeof alg === 'string') signature.alg = alg;
      if (typeof kid === 'string') signature.kid = kid;
      t.signatures = [signature];
    } else {
      const recipient: InspectedRecipient = { index: 0, header: protectedHeader, encryptedKeySize: c.segments[1]!.bytes?.length ?? 0, segmentIds: ids };
      if (typeof alg === 'string') recipient.alg = alg;
      if (typeof kid === 'string') recipient.kid = kid;
      t.recipients = [recipient];
    }
  }
  if (c.faults.length > 0) return;
  if (n === 3) t.jws = { kind: 'JWS', payload: parts[1]!, signatures: [{ protected: parts[0]!, signature: parts[2]! }] };
  else t.jwe = { kind: 'JWE', protected: parts[0]!, recipients: [{ encrypted_key: parts[1]! }], iv: parts[2]!, ciphertext: parts[3]!, tag: parts[4]! };
}
