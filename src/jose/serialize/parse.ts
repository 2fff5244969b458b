import { JoseError } from '../lib/errors.ts';
import { readCompact } from './parse-compact.ts';
import { readJson, type JsonOutcome } from './parse-json.ts';
import { collector, readContent } from './segment.ts';
import type { InspectedSegment, ParsedToken } from './types.ts';

export interface ReadOptions {
  /** Where the text starts in the caller's input (inspect trims first): every offset includes it. */
  base?: number;
  /** Read as this serialization whatever the text looks like (deserializeCompact, deserializeJson). */
  as?: 'compact' | 'json';
  /** Leave a compact payload's text and JSON for readContent (verify reads them while the signature is checked). */
  deferContent?: boolean;
}

export interface TokenRead {
  token: ParsedToken;
  /** For a JSON serialization: how far reading got. */
  json?: JsonOutcome;
}

/** A JSON serialization starts with "{" (after whitespace); anything else is read as compact. */
export function looksLikeJson(text: string): boolean {
  return text.trimStart().charCodeAt(0) === 123;
}

/** The one read of a token's text that parseToken, inspect, verify, decrypt and the deserializers share. */
export function readToken(text: string, options: ReadOptions = {}): TokenRead {
  const base = options.base ?? 0;
  const c = collector();
  const token: ParsedToken = { text, start: base, end: base + text.length, segments: c.segments, problems: c.problems };
  const json = options.as === 'json' || (options.as === undefined && looksLikeJson(text));
  if (json) {
    const outcome = readJson(c, token, text, base);
    sortSegments(token);
    return { token, json: outcome };
  }
  readCompact(c, token, text, base, options.deferContent);
  if (c.faults.length > 0) token.error = c.faults[0]!;
  return { token };
}

/**
 * Reads a compact or JSON serialized JWS or JWE once, without crypto and without throwing: every
 * segment with its range in `text`, bytes, text and JSON (member ranges computed when first asked
 * for), the headers, every problem with its offset, and — when verify or decrypt would refuse the
 * text — `error`, the JoseError they throw. Pass the result to verify or decrypt (or use inspect,
 * which returns the same value with findings): nothing is decoded twice.
 *
 * @example
 * const token = parseToken(text);
 * if (token.error) console.log(token.error.message, token.error.offset);
 * else await verify(token, key);
 */
export function parseToken(text: string): ParsedToken {
  if (typeof text !== 'string') throw new TypeError('parseToken: the token must be a string');
  return readToken(text).token;
}

/**
 * Segments in input order (a JSON serialization may list them in any order), ids renumbered and the
 * token's references updated; returns the old id -> new id map (undefined when already in order) for
 * references the caller holds.
 */
export function sortSegments(t: ParsedToken): Map<number, number> | undefined {
  const order = [...t.segments].sort((a, b) => a.start - b.start || a.id - b.id);
  if (order.every((s, i) => s.id === i)) return undefined;
  const map = new Map(order.map((s, i) => [s.id, i]));
  order.forEach((s, i) => (s.id = i));
  t.segments.splice(0, t.segments.length, ...order);
  for (const p of t.problems) if (p.segmentId !== undefined) p.segmentId = map.get(p.segmentId)!;
  for (const s of t.signatures ?? []) s.segmentIds = s.segmentIds.map((id) => map.get(id)!);
  for (const s of t.recipients ?? []) s.segmentIds = s.segmentIds.map((id) => map.get(id)!);
  return map;
}

/** Whether a value is a ParsedToken (or an InspectResult, which is one) rather than a Jws or Jwe object. */
export function isParsedToken(value: unknown): value is ParsedToken {
  return typeof value === 'object' && value !== null && Array.isArray((value as ParsedToken).segments) && typeof (value as ParsedToken).text === 'string';
}

/** The payload segment's text and JSON, read now if a deferred read left them for later. */
export function payloadContent(seg: InspectedSegment): InspectedSegment {
  readContent(seg);
  return seg;
}

/** A wrong kind of token for the operation, named by RFC 7516 §9's rule. */
export function wrongKind(want: 'JWS' | 'JWE'): JoseError {
  return want === 'JWS'
    ? new JoseError('ERR_MALFORMED', 'This is a JWE (RFC 7516 §9): decrypt it instead of verifying', { segment: 'token' })
    : new JoseError('ERR_MALFORMED', 'This is a JWS (signed), not a JWE (encrypted): verify it instead of decrypting it', { segment: 'token' });
}
