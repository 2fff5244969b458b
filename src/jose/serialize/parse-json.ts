import { JoseError, echo, type SegmentName } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonMember, type JsonObject, type JsonValue, type ParsedJson } from '../lib/json.ts';
import { payloadUnencoded } from '../header/crit.ts';
import { jsonStructure, readJsonSerialization } from './json-reader.ts';
import { decodeSegment, problem, type Collector } from './segment.ts';
import type { InspectedSegment, ParsedToken, SegmentPart } from './types.ts';

type Path = (string | number)[];
const key = (path: Path) => path.join('\u0000');

/** Reading one JSON serialization: its text, where it starts, its members, and the segments made so far by path. */
class JsonSegments {
  private readonly index = new Map<string, JsonMember>();
  readonly byPath = new Map<string, InspectedSegment>();

  constructor(
    private readonly c: Collector,
    private readonly text: string,
    private readonly base: number,
    parsed: ParsedJson,
  ) {
    for (const m of parsed.members) this.index.set(key(m.path), m);
  }

  member(path: Path): JsonMember | undefined {
    return this.index.get(key(path));
  }

  /** A base64url (or unencoded) string member as a segment; its range is the characters inside the quotes. */
  string(obj: JsonObject, path: Path, name: SegmentName, part: SegmentPart, label: string, i: number | undefined, opts: { json?: 'header' | 'payload'; allowEmpty?: boolean; text?: boolean } = {}): InspectedSegment | undefined {
    const name0 = path[path.length - 1] as string;
    if (!Object.prototype.hasOwnProperty.call(obj, name0) || typeof obj[name0] !== 'string') return undefined;
    const value = obj[name0];
    const m = this.member(path)!;
    const raw = this.text.slice(m.valueStart + 1, m.valueEnd - 1);
    if (raw !== value) {
      problem(this.c, { code: 'JSON_ESCAPES', message: `The "${name0}" string uses JSON escapes; offsets inside it are approximate`, segment: name, offset: this.base + m.valueStart, length: m.valueEnd - m.valueStart });
    }
    const seg = decodeSegment(this.c, { name, part, label, ...(i !== undefined ? { index: i } : {}), encoding: opts.text ? 'text' : 'base64url', start: this.base + m.valueStart + 1, raw, value, allowEmpty: opts.allowEmpty ?? true, ...(opts.json ? { json: opts.json } : {}) });
    this.byPath.set(key(path), seg);
    return seg;
  }

  /** An unprotected header object as a segment of JSON text. */
  object(obj: JsonObject, path: Path, part: SegmentPart, label: string, i: number | undefined): JsonObject | undefined {
    const name0 = path[path.length - 1] as string;
    if (!Object.prototype.hasOwnProperty.call(obj, name0)) return undefined;
    const m = this.member(path)!;
    decodeSegment(this.c, { name: 'header', part, label, ...(i !== undefined ? { index: i } : {}), encoding: 'json', start: this.base + m.valueStart, raw: this.text.slice(m.valueStart, m.valueEnd), json: 'header' });
    return isJsonObject(obj[name0]) ? obj[name0] : undefined;
  }

  /** The signature or recipient objects with their paths (the flattened form is the root itself). */
  entries(root: JsonObject, list: string): { obj: JsonObject; path: Path; i: number | undefined }[] {
    const items: JsonValue | undefined = root[list];
    if (items === undefined) return [{ obj: root, path: [], i: undefined }];
    if (!Array.isArray(items)) return [];
    return items.flatMap((obj, i) => (isJsonObject(obj) ? [{ obj, path: [list, i], i }] : []));
  }
}

const protectedOf = (seg: InspectedSegment | undefined) => (seg?.json && isJsonObject(seg.json.value) ? seg.json.value : undefined);
const nth = (i: number | undefined) => (i === undefined ? '' : ` (${i + 1})`);
const idsFrom = (c: Collector, before: number) => Array.from({ length: c.segments.length - before }, (_, k) => before + k);
const algKid = (header: JsonObject) => ({ ...(typeof header.alg === 'string' ? { alg: header.alg } : {}), ...(typeof header.kid === 'string' ? { kid: header.kid } : {}) });

function readJwsSegments(s: JsonSegments, c: Collector, t: ParsedToken, root: JsonObject): void {
  t.serialization = Object.prototype.hasOwnProperty.call(root, 'signatures') ? 'json-general' : 'json-flattened';
  t.signatures = [];
  for (const { obj, path, i } of s.entries(root, 'signatures')) {
    const before = c.segments.length;
    const prot = protectedOf(s.string(obj, [...path, 'protected'], 'header', 'protected', `JWS Protected Header${nth(i)}`, i, { json: 'header', allowEmpty: false }));
    const unprot = s.object(obj, [...path, 'header'], 'header', `JWS Unprotected Header${nth(i)}`, i);
    const sig = s.string(obj, [...path, 'signature'], 'signature', 'signature', `JWS Signature${nth(i)}`, i);
    const header = { ...(prot ?? {}), ...(unprot ?? {}) } as JsonObject;
    t.signatures.push({
      index: i ?? 0,
      ...(prot ? { protectedHeader: prot } : {}),
      ...(unprot ? { unprotectedHeader: unprot } : {}),
      header,
      ...algKid(header),
      size: sig?.bytes?.length ?? 0,
      segmentIds: idsFrom(c, before),
    });
  }
  const first = t.signatures[0];
  s.string(root, ['payload'], 'payload', 'payload', 'JWS Payload', undefined, { json: 'payload', text: payloadUnencoded(first?.protectedHeader) });
  if (first) {
    t.header = first.header;
    if (first.protectedHeader) t.protectedHeader = first.protectedHeader;
  }
}

function readJweSegments(s: JsonSegments, c: Collector, t: ParsedToken, root: JsonObject): void {
  t.serialization = Object.prototype.hasOwnProperty.call(root, 'recipients') ? 'json-general' : 'json-flattened';
  const prot = protectedOf(s.string(root, ['protected'], 'header', 'protected', 'JWE Protected Header', undefined, { json: 'header', allowEmpty: false }));
  const shared = s.object(root, ['unprotected'], 'unprotected', 'JWE Shared Unprotected Header', undefined);
  t.recipients = [];
  for (const { obj, path, i } of s.entries(root, 'recipients')) {
    const before = c.segments.length;
    const own = s.object(obj, [...path, 'header'], 'header', `JWE Per-Recipient Unprotected Header${nth(i)}`, i);
    const ek = s.string(obj, [...path, 'encrypted_key'], 'encrypted_key', 'encrypted_key', `JWE Encrypted Key${nth(i)}`, i);
    const header = { ...(prot ?? {}), ...(shared ?? {}), ...(own ?? {}) } as JsonObject;
    t.recipients.push({ index: i ?? 0, ...(own ? { unprotectedHeader: own } : {}), header, ...algKid(header), encryptedKeySize: ek?.bytes?.length ?? 0, segmentIds: idsFrom(c, before) });
  }
  for (const [name, label] of [['aad', 'JWE AAD'], ['iv', 'JWE Initialization Vector'], ['ciphertext', 'JWE Ciphertext'], ['tag', 'JWE Authentication Tag']] as const) {
    s.string(root, [name], name, name, label, undefined);
  }
  if (prot) t.protectedHeader = prot;
  t.header = t.recipients[0]?.header ?? { ...(prot ?? {}), ...(shared ?? {}) };
}

/** The first fault of the serialization JSON itself: bad JSON, or (RFC 7515 §4) a repeated member name. */
function jsonFault(text: string, base: number): JoseError {
  try {
    parseJson(text, { what: 'JSON serialization' });
    return new JoseError('ERR_MALFORMED', 'The JSON serialization could not be read');
  } catch (error) {
    const e = error as JoseError;
    return new JoseError(e.code, e.message, { ...(e.segment ? { segment: e.segment } : {}), offset: base + (e.offset ?? 0), cause: e, ...(e.details ? { details: e.details } : {}) });
  }
}

/**
 * Reads a JSON serialization (RFC 7515 §7.2, RFC 7516 §7.2) into `t`: the text is parsed once, each
 * base64url member decoded once as a segment, and the members checked in RFC order (json-reader.ts)
 * against those segments; the first fault is `t.error`. Says how far it got: not JSON, JSON but not
 * an object, an object that is both or neither a JWS and a JWE, or read.
 */
export function readJson(c: Collector, t: ParsedToken, text: string, base: number): JsonOutcome {
  let parsed: ParsedJson;
  try {
    parsed = parseJson(text, { rejectDuplicates: false, what: 'JSON serialization' });
  } catch (error) {
    const e = error as JoseError;
    problem(c, { code: e.code === 'ERR_LIMIT_EXCEEDED' ? 'JSON_LIMIT' : 'JSON', message: e.message, segment: 'token', offset: base + Math.min(e.offset ?? 0, text.length) });
    t.error = jsonFault(text, base);
    return 'not-json';
  }
  for (const d of parsed.duplicates) {
    problem(c, { code: 'DUPLICATE_MEMBER', message: `Duplicate member name ${echo(d.name)} in the JSON serialization`, params: { name: echo(d.name) }, segment: 'token', offset: base + d.offset, length: d.name.length + 2 });
  }
  const root = parsed.value;
  if (!isJsonObject(root)) {
    t.error = parsed.duplicates.length ? jsonFault(text, base) : new JoseError('ERR_MALFORMED', 'A JOSE JSON serialization must be a JSON object', { segment: 'token', offset: base });
    return 'not-object';
  }
  const s = new JsonSegments(c, text, base, parsed);
  const structure = jsonStructure(root);
  if (structure === 'both' || structure === 'neither') {
    problem(c, { code: 'STRUCTURE', message: NOT_ONE_KIND[structure], segment: 'token', offset: base, length: 1 });
  } else {
    t.structure = structure;
    if (structure === 'JWS') readJwsSegments(s, c, t, root);
    else readJweSegments(s, c, t, root);
  }
  checkStructure(s, c, t, root, parsed, text, base);
  return structure === 'JWS' || structure === 'JWE' ? 'read' : structure;
}

/** Why a JSON object is neither a JWS nor a JWE (RFC 7516 §9), in inspect's words. */
export const NOT_ONE_KIND = {
  both: 'The JSON object has both "payload" (JWS) and "ciphertext" (JWE) (RFC 7516 §9)',
  neither: 'The JSON object has neither "payload" (JWS) nor "ciphertext" (JWE) (RFC 7516 §9)',
} as const;

export type JsonOutcome = 'not-json' | 'not-object' | 'both' | 'neither' | 'read';

function checkStructure(s: JsonSegments, c: Collector, t: ParsedToken, root: JsonObject, parsed: ParsedJson, text: string, base: number): void {
  if (parsed.duplicates.length) {
    t.error = jsonFault(text, base);
    return;
  }
  try {
    const x = readJsonSerialization(root, {
      origin: base,
      locate: (path) => {
        const m = s.member(path);
        return m ? base + m.valueStart : undefined;
      },
      decoded: (path) => {
        const seg = s.byPath.get(key(path));
        if (!seg) return undefined;
        const fault = c.faultOf?.get(seg.id);
        return { ...(fault ? { fault } : {}), ...(seg.json && isJsonObject(seg.json.value) ? { header: seg.json.value } : {}) };
      },
    });
    if (x.kind === 'JWS') t.jws = x;
    else t.jwe = x;
  } catch (error) {
    if (!(error instanceof JoseError)) throw error;
    t.error = error;
    const offset = error.offset ?? base;
    // The segment decoder has already reported bad base64url and bad headers at the same place.
    if (!c.problems.some((p) => p.offset === offset || (error.code !== 'ERR_MALFORMED' && p.segment === error.segment))) {
      problem(c, { code: 'STRUCTURE', message: error.message, ...(error.segment ? { segment: error.segment } : {}), offset });
    }
  }
}
