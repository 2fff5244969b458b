/**
 * RFC 9901's reserved names and its "~" split, in a module of their own: inspect uses them on the
 * main thread without pulling in the parser, verify and the key code the other operations need.
 */

/** The Key Binding JWT's "typ" (RFC 9901 §4.3). */
export const KB_JWT_TYP = 'kb+jwt';

/** Claim names a Disclosure must never carry: they would forge digests (RFC 9901 §4.2.1). */
export const RESERVED_NAMES: readonly string[] = ['_sd', '...'];

/** The members RFC 9901 §8.1 adds to the unprotected header of a JWS JSON serialization. */
export const JSON_MEMBERS = ['disclosures', 'kb_jwt'] as const;

/** Splits on "~", recording where each part starts. */
export function splitTildes(text: string): { parts: string[]; starts: number[] } {
  const parts = text.split('~');
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += part.length + 1;
  }
  return { parts, starts };
}
