import { JoseError, type Finding, echo } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { splitDots } from '../serialize/segments.ts';
import { sortSegments } from '../serialize/parse.ts';
import { decodeSegment, problem, type Collector, type SegmentSpec } from '../serialize/segment.ts';
import type { InspectedMember, InspectedSegment } from '../serialize/types.ts';
import { readInto } from '../inspect/classify.ts';
import type { InspectResult } from '../inspect/types.ts';
import { decodeDisclosure } from './disclosure.ts';
import { JSON_MEMBERS, KB_JWT_TYP, splitTildes } from './syntax.ts';
import type { InspectedDisclosure, InspectedKeyBinding, InspectedSdJwt } from './types.ts';

/** Segments added after the Issuer-signed JWT was read go into the same lists, numbered after its own. */
function collectorOf(r: InspectResult): Collector {
  return { segments: r.segments, problems: r.problems, faults: [], faultOf: new Map() };
}

/** A segment decoded with its repeated JSON names reported as problems of its own (not the JWS payload's findings). */
function decodeOwnSegment(c: Collector, spec: SegmentSpec): InspectedSegment {
  const seg = decodeSegment(c, spec);
  for (const d of seg.json?.duplicates ?? []) {
    problem(c, { code: 'SD_JWT', message: `${spec.label} repeats the member ${echo(d.name)}; parsers disagree on which value wins`, segment: spec.name, segmentId: seg.id, offset: d.offset });
  }
  return seg;
}

function inspectDisclosure(c: Collector, index: number, raw: string, start: number): InspectedDisclosure {
  const label = `Disclosure ${index + 1}`;
  const seg = decodeOwnSegment(c, { name: 'disclosure', part: 'disclosure', label, encoding: 'base64url', start, raw, json: 'payload' });
  const out: InspectedDisclosure = { index, segmentId: seg.id, encoded: raw, start, end: start + raw.length };
  try {
    const d = decodeDisclosure(raw, index, start);
    Object.assign(out, { decoded: d.decoded, kind: d.kind, salt: d.salt, value: d.value }, d.name !== undefined ? { name: d.name } : {});
  } catch (error) {
    if (!(error instanceof JoseError)) throw error;
    out.problem = error.message;
    // Bad base64url is already reported by the segment decoder at the same place.
    if (seg.ok) problem(c, { code: 'SD_JWT', message: error.message, segment: 'disclosure', segmentId: seg.id, offset: start, length: raw.length });
  }
  return out;
}

function inspectKeyBinding(c: Collector, findings: Finding[], text: string, start: number): InspectedKeyBinding {
  const { parts, starts } = splitDots(text);
  const kb: InspectedKeyBinding = { text, start, end: start + text.length, segmentIds: [] };
  if (parts.length !== 3) {
    problem(c, { code: 'SD_JWT', message: `The Key Binding JWT must be a compact JWS of 3 segments; it has ${parts.length}`, segment: 'kb_jwt', offset: start, length: text.length });
  }
  const specs = [
    { part: 'kb_protected', label: 'KB-JWT Protected Header', json: 'header' },
    { part: 'kb_payload', label: 'KB-JWT Payload', json: 'payload' },
    { part: 'kb_signature', label: 'KB-JWT Signature' },
  ] as const;
  parts.slice(0, 3).forEach((raw, i) => {
    const spec = specs[i]!;
    const seg = decodeOwnSegment(c, { name: 'kb_jwt', part: spec.part, label: spec.label, encoding: 'base64url', start: start + starts[i]!, raw, ...('json' in spec ? { json: spec.json } : {}) });
    kb.segmentIds.push(seg.id);
    const value = seg.json?.value;
    if (i === 0 && isJsonObject(value)) kb.header = value;
    if (i === 1 && isJsonObject(value)) kb.payload = value;
  });
  if (kb.header && kb.header.typ !== KB_JWT_TYP) {
    findings.push({ code: 'SDJWT_KB_TYP', severity: 'danger', message: `The Key Binding JWT's "typ" is ${echo(kb.header.typ ?? null)}; it must be "kb+jwt" (RFC 9901 §4.3)`, params: { typ: echo(kb.header.typ ?? null) }, segment: 'kb_jwt', offset: start });
  }
  if (kb.header && typeof kb.header.alg === 'string' && kb.header.alg.toLowerCase() === 'none') {
    findings.push({ code: 'SDJWT_KB_ALG_NONE', severity: 'danger', message: 'The Key Binding JWT is unsigned ("alg": "none"); it proves nothing (RFC 9901 §4.3)', segment: 'kb_jwt', offset: start });
  }
  return kb;
}

/** The issuer payload's _sd_alg, as written (sha-256 when absent). */
function sdAlgOf(r: InspectResult): string {
  const payload = r.segments.find((s) => s.part === 'payload')?.json?.value;
  return isJsonObject(payload) && typeof payload._sd_alg === 'string' ? payload._sd_alg : 'sha-256';
}

function finishSdJwt(r: InspectResult, sd: InspectedSdJwt): void {
  if (r.kind === 'JWE') {
    r.problems.push({ code: 'SD_JWT', message: 'The Issuer-signed JWT of an SD-JWT must be a JWS; this one is a JWE (RFC 9901 §4.1)', segment: 'token', offset: r.start, length: 0 });
  }
  r.kind = 'SD-JWT';
  const n = sd.disclosures.length;
  r.reason = `An SD-JWT (RFC 9901): an Issuer-signed JWT, ${n} Disclosure${n === 1 ? '' : 's'} and ${sd.keyBinding ? 'a Key Binding JWT (an SD-JWT+KB)' : 'no Key Binding JWT'}${sd.serialization === 'compact' ? ', separated by "~"' : ' in the unprotected header of a JWS JSON serialization (RFC 9901 §8)'}. ${r.reason}`;
  sd.sdAlg = sdAlgOf(r);
  r.sdJwt = sd;
}

/** Compact: <Issuer-signed JWT>~<Disclosure>~...~[<KB-JWT>]. */
function inspectCompactSdJwt(r: InspectResult, token: string, base: number): void {
  const { parts, starts } = splitTildes(token);
  if (!parts[0]!.includes('.')) {
    r.problems.push({ code: 'SD_JWT', message: 'The first part must be the Issuer-signed JWT, but it has no "." (a Disclosure in its place?) (RFC 9901 §4)', segment: 'token', offset: base, length: parts[0]!.length });
  }
  const before = r.problems;
  readInto(r, parts[0]!, base, 'compact');
  r.problems.unshift(...before);
  const c = collectorOf(r);
  const sd: InspectedSdJwt = { serialization: 'compact', issuerJwt: { start: base, end: base + parts[0]!.length }, disclosures: [], sdAlg: 'sha-256' };
  const last = parts.length - 1;
  for (let i = 1; i <= last; i++) {
    const raw = parts[i]!;
    const at = base + starts[i]!;
    if (i === last && raw === '') break;
    if (i === last && raw.includes('.')) {
      sd.keyBinding = inspectKeyBinding(c, r.findings, raw, at);
      break;
    }
    if (raw.includes('.')) {
      problem(c, { code: 'SD_JWT', message: `Part ${i + 1} is a JWT where a Disclosure belongs: the Key Binding JWT must come last, after the final "~" (RFC 9901 §4)`, segment: 'disclosure', offset: at, length: raw.length });
    } else if (i === last) {
      problem(c, { code: 'SD_JWT', message: 'The last part is neither empty nor a Key Binding JWT: an SD-JWT ends with "~" (RFC 9901 §4)', segment: 'disclosure', offset: at + raw.length, length: 0 });
    }
    sd.disclosures.push(inspectDisclosure(c, sd.disclosures.length, raw, at));
  }
  finishSdJwt(r, sd);
}

/** A member of a JSON-encoded header segment by its path (member ranges are computed on this first ask). */
function memberOf(seg: InspectedSegment, path: (string | number)[]): InspectedMember | undefined {
  return seg.json?.members.find((x) => x.path.length === path.length && x.path.every((p, i) => p === path[i]));
}

/** A string member's characters (inside the quotes) and where they start in the input. */
function stringIn(seg: InspectedSegment, m: InspectedMember): { raw: string; start: number } {
  return { raw: seg.raw.slice(m.valueText.start + 1, m.valueText.end - 1), start: seg.start + m.valueText.start + 1 };
}

/** JWS JSON serialization with "disclosures" / "kb_jwt" in the first unprotected header (RFC 9901 §8): the header segment's own JSON, no second parse. */
function inspectJsonSdJwt(r: InspectResult, token: string, base: number): void {
  readInto(r, token, base, 'json');
  if (r.kind !== 'JWS' && r.kind !== 'unsecured') return;
  const first = r.signatures?.[0]?.unprotectedHeader;
  const seg = r.segments.find((s) => s.part === 'header' && (s.index ?? 0) === 0 && s.encoding === 'json');
  if (!first || !seg || !JSON_MEMBERS.some((k) => Object.prototype.hasOwnProperty.call(first, k))) return;
  const c = collectorOf(r);
  const sd: InspectedSdJwt = { serialization: r.serialization === 'json-general' ? 'json-general' : 'json-flattened', disclosures: [], sdAlg: 'sha-256' };
  const list = (first as JsonObject).disclosures;
  if (Array.isArray(list)) {
    list.forEach((d, i) => {
      const m = memberOf(seg, ['disclosures', i]);
      if (typeof d === 'string' && m) {
        const s = stringIn(seg, m);
        sd.disclosures.push(inspectDisclosure(c, sd.disclosures.length, s.raw, s.start));
      } else {
        problem(c, { code: 'SD_JWT', message: `"disclosures"[${i}] must be a Disclosure string (RFC 9901 §8.1)`, segment: 'disclosure', offset: seg.start + (m?.valueText.start ?? 0) });
      }
    });
  } else if (list !== undefined) {
    problem(c, { code: 'SD_JWT', message: '"disclosures" must be an array of Disclosure strings (RFC 9901 §8.1)', segment: 'disclosure', offset: seg.start + (memberOf(seg, ['disclosures'])?.valueText.start ?? 0) });
  }
  const kbMember = typeof first.kb_jwt === 'string' ? memberOf(seg, ['kb_jwt']) : undefined;
  if (kbMember) {
    const kb = stringIn(seg, kbMember);
    sd.keyBinding = inspectKeyBinding(c, r.findings, kb.raw, kb.start);
  }
  finishSdJwt(r, sd);
  // The Disclosures lie inside the header's segment: put every segment back in input order.
  const map = sortSegments(r);
  if (!map) return;
  for (const d of sd.disclosures) d.segmentId = map.get(d.segmentId)!;
  if (sd.keyBinding) sd.keyBinding.segmentIds = sd.keyBinding.segmentIds.map((id) => map.get(id)!);
}

/**
 * inspect's SD-JWT reader (RFC 9901 §4 and §8): the Issuer-signed JWT read as any JWS, then every
 * Disclosure and the Key Binding JWT as segments of their own with character ranges, each
 * Disclosure decoded to [salt, name, value] or [salt, value], problems with their offsets. Returns
 * false when the text is not an SD-JWT candidate (no "~" in compact text — base64url never has
 * one —, no "disclosures" / "kb_jwt" in JSON), leaving it to the JWS/JWE readers. No crypto: digests need decodeSdJwt.
 */
export function inspectSdJwt(r: InspectResult, token: string, base: number): boolean {
  if (token.charCodeAt(0) === 123 /* { */) {
    if (!token.includes('"disclosures"') && !token.includes('"kb_jwt"')) return false;
    inspectJsonSdJwt(r, token, base);
    return true;
  }
  if (!token.includes('~')) return false;
  inspectCompactSdJwt(r, token, base);
  return true;
}
