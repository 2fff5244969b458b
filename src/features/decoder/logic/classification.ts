/**
 * What the classification reason beside the badge is made of (RFC 7516 §9: segments or JSON members,
 * then the header's "alg" and "enc"), read off the inspection as plain data, so the page can word the
 * reason in the person's language. The engine's English sentence stays the English one; a test
 * builds the English from these facts and compares it with the engine's, so nothing is missing.
 */
import { isJweAlg, isJwsAlg, type InspectResult } from '../../../jose/index.ts';

/** The header's part of the reason (the engine's classifyHeader). */
export interface HeaderFacts {
  /** "alg" when it is a string. */
  alg?: string;
  algKind: 'none' | 'jws' | 'jwe' | 'unknown';
  enc: boolean;
}

export type ClassificationFacts =
  | { form: 'empty' | 'no-dot' | 'json-unreadable' | 'json-both' | 'json-neither' }
  /** Compact: the segment count; `structure` absent when it is neither 3 nor 5; `header` absent when it could not be read. */
  | { form: 'compact'; segments: number; structure?: 'JWS' | 'JWE'; header?: HeaderFacts }
  /** A JSON serialization with "payload" (header: the first signature's, absent when none is readable) or "ciphertext". */
  | { form: 'json-jws' | 'json-jwe'; header?: HeaderFacts };

export interface Classification {
  facts: ClassificationFacts;
  /** An SD-JWT wraps the reason of its Issuer-signed JWT. */
  sdJwt?: { disclosures: number; keyBinding: boolean; compact: boolean };
}

function headerFacts(header: { alg?: unknown; enc?: unknown }): HeaderFacts {
  const alg = header.alg;
  const algKind = alg === 'none' ? 'none' : isJweAlg(alg) ? 'jwe' : isJwsAlg(alg) ? 'jws' : 'unknown';
  return { ...(typeof alg === 'string' ? { alg } : {}), algKind, enc: header.enc !== undefined };
}

/** Which of the JSON forms a text that starts with "{" is; undefined when the page cannot tell (the English then stays). */
function jsonFacts(r: InspectResult): ClassificationFacts | undefined {
  if (r.structure === 'JWS') {
    const first = r.signatures?.[0];
    return { form: 'json-jws', ...(first ? { header: headerFacts(first.header) } : {}) };
  }
  if (r.structure === 'JWE') return { form: 'json-jwe', header: headerFacts(r.header ?? {}) };
  if (r.kind === 'not-a-token') return { form: 'json-unreadable' };
  let value: unknown;
  try {
    value = JSON.parse(r.text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const has = (name: string) => Object.hasOwn(value, name);
  return has('payload') && has('ciphertext') ? { form: 'json-both' } : !has('payload') && !has('ciphertext') ? { form: 'json-neither' } : undefined;
}

/** The token's own classification: the Issuer-signed JWT's, for an SD-JWT. */
function tokenFacts(r: InspectResult): ClassificationFacts | undefined {
  if (r.sdJwt) return r.structure === undefined ? undefined : r.sdJwt.serialization === 'compact' ? compactFacts(r) : jsonFacts(r);
  if (r.text.length === 0) return { form: 'empty' };
  if (r.text.startsWith('{')) return jsonFacts(r);
  if (!r.text.includes('.')) return { form: 'no-dot' };
  return compactFacts(r);
}

function compactFacts(r: InspectResult): ClassificationFacts {
  return {
    form: 'compact',
    segments: r.segments.filter((s) => s.part !== 'disclosure' && !s.part.startsWith('kb_')).length,
    ...(r.structure ? { structure: r.structure } : {}),
    ...(r.protectedHeader ? { header: headerFacts(r.protectedHeader) } : {}),
  };
}

export function classificationOf(r: InspectResult): Classification | undefined {
  const facts = tokenFacts(r);
  if (!facts) return undefined;
  const sd = r.sdJwt;
  return sd ? { facts, sdJwt: { disclosures: sd.disclosures.length, keyBinding: sd.keyBinding !== undefined, compact: sd.serialization === 'compact' } } : { facts };
}
