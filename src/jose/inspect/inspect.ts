import { rfcRef, echo, type Finding } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { validateClaims } from '../claims/validate.ts';
import { payloadUnencoded } from '../header/crit.ts';
import { headerFindings } from '../header/findings.ts';
import type { InspectedSegment } from '../serialize/types.ts';
import { inspectSdJwt } from '../sd-jwt/inspect.ts';
import { readInto } from './classify.ts';
import { closeGaps, findGaps, gapNotices, GapMap, remapToInput } from './gaps.ts';
import { trimToken } from './trim.ts';
import type { InspectOptions, InspectResult } from './types.ts';

/** Tokens larger than this are flagged (Microsoft IdentityModel's default cap is 250 KiB). */
export const LARGE_TOKEN_CHARS = 256 * 1024;

/** base64url, the dots, and the characters of common base64url mistakes (reported as problems). */
const TOKEN_CHARS = /^[A-Za-z0-9_\-.=+/]+$/;

/**
 * Reads any text as a JOSE object without crypto and without ever throwing: what it is (JWS, JWE,
 * unsecured JWS, not a token) and why (RFC 7516 §9), every segment with its character range in the
 * ORIGINAL text, raw text, bytes and JSON, the header and claims, every problem with its offset,
 * and findings (alg none, embedded keys, crit, expired...). Surrounding whitespace, quotes and a
 * "Bearer " / "Authorization: Bearer " prefix are trimmed, and whitespace inside a compact token
 * removed, each reported as a notice; `text` is the token read.
 * The result is a parsed token (serialize/types.ts): give it to verify or decrypt as it is.
 *
 * @example
 * const r = inspect('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln');
 * r.kind // 'JWS'; r.notices[0].code // 'TRIMMED_BEARER'; r.claims // { sub: '1' }
 * await verify(r, key);
 */
export function inspect(text: string, options: InspectOptions = {}): InspectResult {
  const input = typeof text === 'string' ? text : String(text);
  const { start, end, notices } = trimToken(input);
  // A compact token broken across lines is read without the breaks (./gaps.ts), offsets mapped back.
  const gaps = input.charCodeAt(start) === 123 /* { */ ? [] : findGaps(input, start, end);
  if (gaps.length === 0) return inspectToken(input, start, end, input.slice(start, end), notices, options);
  const closed = closeGaps(input, start, end, gaps);
  // A broken token is then made of token characters, or starts like a JOSE header ("{" is "e" then w-z
  // in base64url) and holds a typo; a sentence is left as it is.
  if (!closed.includes('.') || !(TOKEN_CHARS.test(closed) || /^e[w-z]/.test(closed))) return inspectToken(input, start, end, input.slice(start, end), notices, options);
  const r = inspectToken(input, start, end, closed, [...notices, ...gapNotices(gaps)], options);
  // Whitespace in an unencoded payload (RFC 7797) is the payload itself: then nothing is removed.
  if (r.segments.some((s) => s.part === 'payload' && s.encoding === 'text')) return inspectToken(input, start, end, input.slice(start, end), notices, options);
  remapToInput(r, new GapMap(gaps));
  r.notices.sort((a, b) => a.start - b.start);
  return r;
}

function inspectToken(input: string, start: number, end: number, token: string, notices: InspectResult['notices'], options: InspectOptions): InspectResult {
  const r: InspectResult = { input, start, end, text: token, kind: 'not-a-token', reason: '', notices, segments: [], problems: [], findings: [] };
  try {
    if (token.length === 0) {
      r.reason = 'There is no text to read';
      r.problems.push({ code: 'EMPTY', message: 'The token is empty', segment: 'token', offset: start, length: 0 });
    } else if (inspectSdJwt(r, token, start)) {
      // RFC 9901: "~"-separated, or a JSON serialization with "disclosures" / "kb_jwt"
      finish(r, options);
    } else if (token.charCodeAt(0) === 123 /* { */) {
      readInto(r, token, start, 'json');
      finish(r, options);
    } else if (!token.includes('.')) {
      r.reason = 'There is no "." separating segments and the text is not a JSON object: this is not a compact or JSON JOSE serialization';
      r.problems.push({ code: 'NOT_A_TOKEN', message: r.reason, segment: 'token', offset: start, length: token.length });
    } else {
      readInto(r, token, start, 'compact');
      finish(r, options);
    }
  } catch (error) {
    // A bug here must not take the decoder down: report it like any other problem.
    r.problems.push({ code: 'INTERNAL', message: `Inspection stopped: ${(error as Error)?.message ?? String(error)}`, offset: start, length: 0 });
  }
  return r;
}

function finish(r: InspectResult, options: InspectOptions): void {
  if (r.end - r.start > LARGE_TOKEN_CHARS) {
    r.findings.push({ code: 'TOKEN_LARGE', severity: 'warning', message: `The token is ${r.end - r.start} characters; many servers refuse tokens over 250 KiB`, params: { chars: r.end - r.start }, segment: 'token' });
  }
  if (r.kind === 'JWS' || r.kind === 'unsecured' || r.kind === 'SD-JWT') finishJws(r, options);
  else if (r.kind === 'JWE') finishJwe(r);
}

function finishJws(r: InspectResult, options: InspectOptions): void {
  const seen = new Set<string>();
  for (const s of r.signatures ?? []) {
    for (const f of headerFindings('JWS', s.header, s.protectedHeader, [s.unprotectedHeader])) {
      if (!seen.has(f.code + f.message)) r.findings.push(f);
      seen.add(f.code + f.message);
    }
  }
  const payloadSeg = r.segments.find((s) => s.part === 'payload');
  const signature = r.segments.find((s) => s.part === 'signature');
  if (r.kind === 'unsecured' && signature && signature.raw.length > 0) {
    r.findings.push({ code: 'ALG_NONE_WITH_SIGNATURE', severity: 'danger', message: '"alg" is "none" yet the signature is not empty; an Unsecured JWS has an empty signature (RFC 7515 §A.5)', segment: 'signature', offset: signature.start });
  }
  if (payloadSeg?.bytes) {
    r.payload = {
      bytes: payloadSeg.bytes,
      ...(payloadSeg.text !== undefined ? { text: payloadSeg.text } : {}),
      ...(payloadSeg.json ? { json: payloadSeg.json.value } : {}),
      detached: payloadSeg.raw.length === 0,
      encoded: payloadSeg.encoding === 'base64url',
    };
    r.findings.push(...payloadFindings(payloadSeg));
    if (payloadSeg.json && isJsonObject(payloadSeg.json.value)) {
      r.claims = payloadSeg.json.value;
      if (options.claims !== false) r.findings.push(...claimFindings(r.claims, payloadSeg, options));
    }
    for (const d of payloadSeg.json?.duplicates ?? []) {
      r.findings.push({ code: 'CLAIM_DUPLICATE', severity: 'warning', message: `The payload repeats the member ${echo(d.name)}; parsers disagree on which value wins (JSON.parse keeps the last)`, params: { name: echo(d.name), lastWins: true }, segment: 'payload', offset: d.offset });
    }
  }
  if (r.signatures && r.signatures.length > 1 && new Set(r.signatures.map((s) => payloadUnencoded(s.protectedHeader))).size > 1) {
    r.problems.push({ code: 'STRUCTURE', message: 'The signatures disagree on "b64": one payload cannot be both encoded and unencoded (RFC 7797 §3)', segment: 'payload', offset: r.start, length: 0 });
  }
}

function payloadFindings(seg: InspectedSegment): Finding[] {
  if (seg.raw.length === 0) {
    return [{ code: 'PAYLOAD_DETACHED', severity: 'info', message: 'The payload is empty: a detached payload (RFC 7515 Appendix F) must be supplied to verify', segment: 'payload', ref: rfcRef(7515, 'appendix-F') }];
  }
  if (seg.text === undefined) {
    return [{ code: 'PAYLOAD_NOT_UTF8', severity: 'info', message: 'The payload is binary (not UTF-8 text), so it is not a JWT Claims Set', segment: 'payload', offset: seg.start }];
  }
  if (seg.text.charCodeAt(0) === 0xfeff) {
    return [{ code: 'PAYLOAD_BOM', severity: 'warning', message: 'The payload starts with a byte order mark (U+FEFF); JSON text must not (RFC 8259 §8.1), some parsers ignore it and others fail', segment: 'payload', offset: seg.start }];
  }
  return [];
}

function finishJwe(r: InspectResult): void {
  const shared = r.segments.find((s) => s.part === 'unprotected')?.json?.value;
  for (const rec of r.recipients ?? []) {
    r.findings.push(...headerFindings('JWE', rec.header, r.protectedHeader, [isJsonObject(shared) ? shared : undefined, rec.unprotectedHeader]));
  }
  const size = (part: string) => r.segments.filter((s) => s.part === part).reduce((n, s) => n + (s.bytes?.length ?? 0), 0);
  const aad = r.segments.find((s) => s.part === 'aad');
  r.encrypted = { encryptedKey: size('encrypted_key'), iv: size('iv'), ciphertext: size('ciphertext'), tag: size('tag'), ...(aad ? { aad: aad.bytes?.length ?? 0 } : {}) };
}

/** Claim findings pointed at the member in the token. */
function claimFindings(claims: JsonObject, seg: InspectedSegment, options: InspectOptions): Finding[] {
  const found = validateClaims(claims, options.now !== undefined ? { now: options.now } : {});
  return found.map(({ claim, ...f }) => {
    const m = claim !== undefined ? seg.json?.topMembers.find((x) => x.path[0] === claim) : undefined;
    return m ? { ...f, offset: m.input.start } : { ...f, offset: seg.start };
  });
}
