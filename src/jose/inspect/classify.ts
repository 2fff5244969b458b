import { classifyHeader } from '../lib/classify-header.ts';
import { readToken, type TokenRead } from '../serialize/parse.ts';
import { NOT_ONE_KIND } from '../serialize/parse-json.ts';
import type { InspectResult } from './types.ts';

/** Kind and reason of a compact token: the segment count, then the header (RFC 7516 §9). */
export function classifyCompact(r: InspectResult): void {
  const n = r.segments.length;
  if (!r.structure) {
    r.kind = 'unknown';
    r.reason = `${n} segments separated by "." : neither a JWS (3) nor a JWE (5) (RFC 7516 §9)`;
    return;
  }
  const cls = r.protectedHeader ? classifyHeader(r.protectedHeader) : undefined;
  const count = `${n} segments (RFC 7516 §9: a JWS has 3, a JWE 5)`;
  r.kind = r.structure === 'JWS' && cls?.kind === 'unsecured' ? 'unsecured' : r.structure;
  r.reason = cls ? `${count}; ${cls.reason}` : `${count}; the header could not be read`;
}

/** Kind and reason of a JSON serialization: "payload" or "ciphertext", then the header (RFC 7516 §9). */
export function classifyJson(r: InspectResult, outcome: TokenRead['json']): void {
  if (outcome === 'not-json') {
    r.kind = 'not-a-token';
    r.reason = 'The text starts with "{" but is not valid JSON, so it is not a JWS or JWE JSON serialization';
  } else if (outcome === 'not-object') {
    r.kind = 'not-a-token';
    r.reason = 'JSON, but not an object: a JOSE JSON serialization is an object with "payload" (JWS) or "ciphertext" (JWE)';
  } else if (outcome === 'both' || outcome === 'neither') {
    r.kind = 'unknown';
    r.reason = NOT_ONE_KIND[outcome];
  } else if (r.structure === 'JWS') {
    const first = r.signatures?.[0];
    const cls = first ? classifyHeader(first.header) : undefined;
    r.kind = cls?.kind === 'unsecured' ? 'unsecured' : 'JWS';
    r.reason = cls ? `A JSON object with "payload" is a JWS (RFC 7516 §9); ${cls.reason}` : 'A JSON object with "payload" is a JWS (RFC 7516 §9), but it has no readable signature';
  } else {
    r.kind = 'JWE';
    r.reason = `A JSON object with "ciphertext" is a JWE (RFC 7516 §9); ${classifyHeader(r.header ?? {}).reason}`;
  }
}

/**
 * Reads `token` (at `base` in the input) as a compact or JSON serialization into `r`, with its kind
 * and reason. `r` keeps its own text and range (an SD-JWT reads only its first part this way).
 */
export function readInto(r: InspectResult, token: string, base: number, as: 'compact' | 'json'): void {
  const read = readToken(token, { base, as });
  const { text: _text, start: _start, end: _end, ...parsed } = read.token;
  Object.assign(r, parsed);
  if (as === 'json') classifyJson(r, read.json);
  else classifyCompact(r);
}
