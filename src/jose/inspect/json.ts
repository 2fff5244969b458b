import { JoseError, echo, type SegmentName } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonMember, type JsonObject, type JsonValue } from '../lib/json.ts';
import { classifyHeader } from '../lib/classify-header.ts';
import { payloadUnencoded } from '../jws/header.ts';
import { deserializeJson } from '../serialize/json.ts';
import { decodeSegment, problem, type Collector } from './segment.ts';
import type { InspectedSegment, InspectResult, SegmentPart } from './types.ts';

type Path = (string | number)[];

/** Fills `r` for a JSON serialization (text = the trimmed token starting with "{", base = its offset in the input). */
export function inspectJson(r: InspectResult, c: Collector, text: string, base: number): void {
  let parsed;
  try {
    parsed = parseJson(text, { rejectDuplicates: false, what: 'JSON serialization' });
  } catch (error) {
    const e = error as JoseError;
    problem(c, { code: e.code === 'ERR_LIMIT_EXCEEDED' ? 'JSON_LIMIT' : 'JSON', message: e.message, segment: 'token', offset: base + Math.min(e.offset ?? 0, text.length) });
    r.kind = 'not-a-token';
    r.reason = 'The text starts with "{" but is not valid JSON, so it is not a JWS or JWE JSON serialization';
    return;
  }
  for (const d of parsed.duplicates) {
    problem(c, { code: 'DUPLICATE_MEMBER', message: `Duplicate member name ${echo(d.name)} in the JSON serialization`, segment: 'token', offset: base + d.offset, length: d.name.length + 2 });
  }
  const root = parsed.value;
  const index = new Map<string, JsonMember>();
  for (const m of parsed.members) index.set(m.path.join('\u0000'), m);
  const member = (path: Path) => index.get(path.join('\u0000'));
  if (!isJsonObject(root)) {
    r.kind = 'not-a-token';
    r.reason = 'JSON, but not an object: a JOSE JSON serialization is an object with "payload" (JWS) or "ciphertext" (JWE)';
    return;
  }
  const has = (k: string) => Object.prototype.hasOwnProperty.call(root, k);
  const isJws = has('payload') || has('signatures') || has('signature');
  const isJwe = Object.prototype.hasOwnProperty.call(root, 'ciphertext');
  if (isJws === isJwe) {
    r.kind = 'unknown';
    r.reason = isJws ? 'The JSON object has both "payload" (JWS) and "ciphertext" (JWE) (RFC 7516 §9)' : 'The JSON object has neither "payload" (JWS) nor "ciphertext" (JWE) (RFC 7516 §9)';
    problem(c, { code: 'STRUCTURE', message: r.reason, segment: 'token', offset: base, length: 1 });
    return;
  }

  /** A base64url string member as a segment; its range is the characters inside the quotes. */
  const stringSegment = (obj: JsonObject, path: Path, name: SegmentName, part: SegmentPart, label: string, i: number | undefined, opts: { json?: 'header' | 'payload'; allowEmpty?: boolean; text?: boolean } = {}): InspectedSegment | undefined => {
    const key = path[path.length - 1] as string;
    if (!Object.prototype.hasOwnProperty.call(obj, key) || typeof obj[key] !== 'string') return undefined;
    const value = obj[key];
    const m = member(path)!;
    const raw = text.slice(m.valueStart + 1, m.valueEnd - 1);
    if (raw !== value) {
      problem(c, { code: 'JSON_ESCAPES', message: `The "${key}" string uses JSON escapes; offsets inside it are approximate`, segment: name, offset: base + m.valueStart, length: m.valueEnd - m.valueStart });
    }
    return decodeSegment(c, { name, part, label, ...(i !== undefined ? { index: i } : {}), encoding: opts.text ? 'text' : 'base64url', start: base + m.valueStart + 1, raw, value, allowEmpty: opts.allowEmpty ?? true, ...(opts.json ? { json: opts.json } : {}) });
  };
  /** An unprotected header object as a segment of JSON text. */
  const objectSegment = (obj: JsonObject, path: Path, part: SegmentPart, label: string, i: number | undefined): JsonObject | undefined => {
    const key = path[path.length - 1] as string;
    if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
    const m = member(path)!;
    decodeSegment(c, { name: 'header', part, label, ...(i !== undefined ? { index: i } : {}), encoding: 'json', start: base + m.valueStart, raw: text.slice(m.valueStart, m.valueEnd), json: 'header' });
    return isJsonObject(obj[key]) ? obj[key] : undefined;
  };
  const protectedOf = (seg: InspectedSegment | undefined) => (seg?.json && isJsonObject(seg.json.value) ? seg.json.value : undefined);
  const entries = (listName: string): { obj: JsonObject; path: Path; i: number | undefined }[] => {
    const list: JsonValue | undefined = root[listName];
    if (list === undefined) return [{ obj: root, path: [], i: undefined }];
    if (!Array.isArray(list)) return [];
    return list.flatMap((obj, i) => (isJsonObject(obj) ? [{ obj, path: [listName, i], i }] : []));
  };
  const n = (i: number | undefined) => (i === undefined ? '' : ` (${i + 1})`);

  if (isJws) {
    const general = Object.prototype.hasOwnProperty.call(root, 'signatures');
    r.serialization = general ? 'json-general' : 'json-flattened';
    r.signatures = [];
    for (const { obj, path, i } of entries('signatures')) {
      const before = c.segments.length;
      const prot = protectedOf(stringSegment(obj, [...path, 'protected'], 'header', 'protected', `JWS Protected Header${n(i)}`, i, { json: 'header', allowEmpty: false }));
      const unprot = objectSegment(obj, [...path, 'header'], 'header', `JWS Unprotected Header${n(i)}`, i);
      const sig = stringSegment(obj, [...path, 'signature'], 'signature', 'signature', `JWS Signature${n(i)}`, i);
      const header = { ...(prot ?? {}), ...(unprot ?? {}) } as JsonObject;
      r.signatures.push({
        index: i ?? 0,
        ...(prot ? { protectedHeader: prot } : {}),
        ...(unprot ? { unprotectedHeader: unprot } : {}),
        header,
        ...(typeof header.alg === 'string' ? { alg: header.alg } : {}),
        ...(typeof header.kid === 'string' ? { kid: header.kid } : {}),
        size: sig?.bytes?.length ?? 0,
        segmentIds: Array.from({ length: c.segments.length - before }, (_, k) => before + k),
      });
    }
    const first = r.signatures[0];
    const unencoded = payloadUnencoded(first?.protectedHeader);
    stringSegment(root, ['payload'], 'payload', 'payload', 'JWS Payload', undefined, { json: 'payload', text: unencoded });
    if (first) {
      r.header = first.header;
      if (first.protectedHeader) r.protectedHeader = first.protectedHeader;
      const cls = classifyHeader(first.header);
      r.kind = cls.kind === 'unsecured' ? 'unsecured' : 'JWS';
      r.reason = `A JSON object with "payload" is a JWS (RFC 7516 §9); ${cls.reason}`;
    } else {
      r.kind = 'JWS';
      r.reason = 'A JSON object with "payload" is a JWS (RFC 7516 §9), but it has no readable signature';
    }
  } else {
    const general = Object.prototype.hasOwnProperty.call(root, 'recipients');
    r.serialization = general ? 'json-general' : 'json-flattened';
    const prot = protectedOf(stringSegment(root, ['protected'], 'header', 'protected', 'JWE Protected Header', undefined, { json: 'header', allowEmpty: false }));
    const shared = objectSegment(root, ['unprotected'], 'unprotected', 'JWE Shared Unprotected Header', undefined);
    r.recipients = [];
    for (const { obj, path, i } of entries('recipients')) {
      const before = c.segments.length;
      const own = objectSegment(obj, [...path, 'header'], 'header', `JWE Per-Recipient Unprotected Header${n(i)}`, i);
      const ek = stringSegment(obj, [...path, 'encrypted_key'], 'encrypted_key', 'encrypted_key', `JWE Encrypted Key${n(i)}`, i);
      const header = { ...(prot ?? {}), ...(shared ?? {}), ...(own ?? {}) } as JsonObject;
      r.recipients.push({
        index: i ?? 0,
        ...(own ? { unprotectedHeader: own } : {}),
        header,
        ...(typeof header.alg === 'string' ? { alg: header.alg } : {}),
        ...(typeof header.kid === 'string' ? { kid: header.kid } : {}),
        encryptedKeySize: ek?.bytes?.length ?? 0,
        segmentIds: Array.from({ length: c.segments.length - before }, (_, k) => before + k),
      });
    }
    for (const [key, name, label] of [['aad', 'aad', 'JWE AAD'], ['iv', 'iv', 'JWE Initialization Vector'], ['ciphertext', 'ciphertext', 'JWE Ciphertext'], ['tag', 'tag', 'JWE Authentication Tag']] as const) {
      stringSegment(root, [key], name, name, label, undefined);
    }
    if (prot) r.protectedHeader = prot;
    r.header = r.recipients[0]?.header ?? { ...(prot ?? {}), ...(shared ?? {}) };
    r.kind = 'JWE';
    r.reason = `A JSON object with "ciphertext" is a JWE (RFC 7516 §9); ${classifyHeader(r.header).reason}`;
  }
  try {
    const x = deserializeJson(text);
    if (c.problems.length === 0) {
      if (x.kind === 'JWS') r.jws = x;
      else r.jwe = x;
    }
  } catch (error) {
    if (error instanceof JoseError) {
      const offset = base + (error.offset ?? 0);
      // The segment decoder has already reported bad base64url and bad headers at the same place.
      if (!c.problems.some((p) => p.offset === offset || (error.code !== 'ERR_MALFORMED' && p.segment === error.segment))) {
        problem(c, { code: 'STRUCTURE', message: error.message, ...(error.segment ? { segment: error.segment } : {}), offset });
      }
    }
  }
}
