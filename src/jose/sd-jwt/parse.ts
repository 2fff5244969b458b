import { JoseError } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonMember, type JsonObject, type JsonValue } from '../lib/json.ts';
import { deserializeJson } from '../serialize/json.ts';
import { readToken } from '../serialize/parse.ts';
import type { ParsedToken } from '../serialize/types.ts';
import type { Jws } from '../types.ts';
import { JSON_MEMBERS, splitTildes } from './syntax.ts';
import type { Range, SdJwtSerialization } from './types.ts';

/** An SD-JWT or SD-JWT+KB split into its parts, nothing verified yet. */
export interface SdJwtParts {
  serialization: SdJwtSerialization;
  /** The Issuer-signed JWT as a JWS (the SD-JWT members "disclosures" and "kb_jwt" taken out of the unprotected headers). */
  jws: Jws;
  /** The Issuer-signed JWT in compact form: for JSON, protected.payload.signature of the first signature (RFC 9901 §8.1). */
  issuerJwt: string;
  /** Compact: the Issuer-signed JWT read once (its payload read on first use); verify and the payload reader share it. */
  issuer?: ParsedToken;
  /** Its range in the text (compact only). */
  issuerRange?: Range;
  disclosures: { encoded: string; start?: number; end?: number }[];
  kb?: { text: string; start?: number; end?: number };
  /** The text sd_hash covers: <Issuer-signed JWT>~<Disclosure 1>~...~<Disclosure N>~ (RFC 9901 §4.3.1, §8.1). */
  hashedText: string;
}


function fail(code: 'ERR_SDJWT_MALFORMED' | 'ERR_SDJWT_ORDER', message: string, offset?: number): never {
  throw new JoseError(code, message, { segment: 'token', step: 'sd-split', ...(offset !== undefined ? { offset } : {}) });
}

/** Compact: <Issuer-signed JWT>~<Disclosure 1>~...~<Disclosure N>~[<KB-JWT>] (RFC 9901 §4). */
function parseCompact(text: string): SdJwtParts {
  if (!text.includes('~')) fail('ERR_SDJWT_MALFORMED', 'There is no "~": an SD-JWT is <Issuer-signed JWT>~<Disclosures>~, and this text is a plain JWT or not a token (RFC 9901 §4)');
  const { parts, starts } = splitTildes(text);
  const first = parts[0]!;
  if (!first.includes('.')) {
    fail('ERR_SDJWT_ORDER', `The first part must be the Issuer-signed JWT, but it has no "." (a Disclosure in its place?) (RFC 9901 §4)`, 0);
  }
  const issuer = readToken(first, { as: 'compact', deferContent: true }).token;
  if (issuer.error) throw issuer.error;
  const jws = issuer.jws;
  if (!jws) fail('ERR_SDJWT_MALFORMED', 'The Issuer-signed JWT is a JWE; an SD-JWT is signed, not encrypted (RFC 9901 §4.1)', 0);
  const last = parts.length - 1;
  const disclosures: SdJwtParts['disclosures'] = [];
  for (let i = 1; i < last; i++) {
    const part = parts[i]!;
    if (part.includes('.')) {
      fail('ERR_SDJWT_ORDER', `Part ${i + 1} is a JWT where a Disclosure belongs: the Key Binding JWT must come last, after the final "~" (RFC 9901 §4)`, starts[i]);
    }
    disclosures.push({ encoded: part, start: starts[i]!, end: starts[i]! + part.length });
  }
  const tail = parts[last]!;
  let kb: SdJwtParts['kb'];
  if (tail !== '') {
    if (!tail.includes('.')) {
      fail('ERR_SDJWT_ORDER', 'The last part is neither empty nor a Key Binding JWT: a Disclosure without the closing "~"? An SD-JWT ends with "~" (RFC 9901 §4)', starts[last]);
    }
    kb = { text: tail, start: starts[last]!, end: text.length };
  }
  return {
    serialization: 'compact',
    jws,
    issuerJwt: first,
    issuer,
    issuerRange: { start: 0, end: first.length },
    disclosures,
    ...(kb ? { kb } : {}),
    hashedText: text.slice(0, starts[last]),
  };
}

/** The unprotected header of the first signature: where RFC 9901 §8.1 puts "disclosures" and "kb_jwt". */
function sdHeaderPath(root: JsonObject): (string | number)[] {
  return Object.prototype.hasOwnProperty.call(root, 'signatures') ? ['signatures', 0, 'header'] : ['header'];
}

function readJsonMembers(root: JsonObject, members: JsonMember[], path: (string | number)[]): Pick<SdJwtParts, 'disclosures' | 'kb'> {
  const at = (p: (string | number)[]) => members.find((m) => m.path.length === p.length && m.path.every((x, i) => x === p[i]));
  let header: JsonValue | undefined = root;
  for (const k of path) header = header === undefined ? undefined : (header as Record<string | number, JsonValue>)[k];
  const out: Pick<SdJwtParts, 'disclosures' | 'kb'> = { disclosures: [] };
  if (!isJsonObject(header)) return out;
  if (Object.prototype.hasOwnProperty.call(header, 'disclosures')) {
    const list = header.disclosures;
    if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) {
      fail('ERR_SDJWT_MALFORMED', '"disclosures" must be an array of Disclosure strings (RFC 9901 §8.1)', at([...path, 'disclosures'])?.valueStart);
    }
    list.forEach((encoded, i) => {
      const m = at([...path, 'disclosures', i]);
      out.disclosures.push({ encoded: encoded as string, ...(m ? { start: m.valueStart + 1, end: m.valueEnd - 1 } : {}) });
    });
  }
  if (Object.prototype.hasOwnProperty.call(header, 'kb_jwt')) {
    const m = at([...path, 'kb_jwt']);
    if (typeof header.kb_jwt !== 'string') fail('ERR_SDJWT_MALFORMED', '"kb_jwt" must be the Key Binding JWT as a string (RFC 9901 §8.1)', m?.valueStart);
    out.kb = { text: header.kb_jwt, ...(m ? { start: m.valueStart + 1, end: m.valueEnd - 1 } : {}) };
  }
  return out;
}

/** A copy of the JSON serialization without the SD-JWT members, for the JWS parser and verify. */
function withoutSdMembers(root: JsonObject): JsonObject {
  const strip = (h: JsonValue | undefined): JsonObject | undefined => {
    if (!isJsonObject(h)) return undefined;
    const rest = Object.fromEntries(Object.entries(h).filter(([k]) => !(JSON_MEMBERS as readonly string[]).includes(k))) as JsonObject;
    return Object.keys(rest).length ? rest : undefined;
  };
  const sig = (s: JsonObject): JsonObject => {
    const { header, ...rest } = s;
    const h = strip(header);
    return h ? { ...rest, header: h } : (rest as JsonObject);
  };
  if (Array.isArray(root.signatures)) return { ...root, signatures: root.signatures.map((s) => (isJsonObject(s) ? sig(s) : s)) };
  return sig(root);
}

/** JWS JSON serialization with "disclosures" and "kb_jwt" in the (first) unprotected header (RFC 9901 §8). */
function parseJsonSerialization(text: string): SdJwtParts {
  let parsed;
  try {
    parsed = parseJson(text, { what: 'SD-JWT JSON serialization' });
  } catch (error) {
    const e = error as JoseError;
    throw new JoseError(e.code === 'ERR_LIMIT_EXCEEDED' ? 'ERR_LIMIT_EXCEEDED' : 'ERR_SDJWT_MALFORMED', e.message, { segment: 'token', step: 'sd-split', ...(e.offset !== undefined ? { offset: e.offset } : {}) });
  }
  const root = parsed.value;
  if (!isJsonObject(root)) fail('ERR_SDJWT_MALFORMED', 'The JSON serialization of an SD-JWT must be an object (RFC 9901 §8)', 0);
  const general = Object.prototype.hasOwnProperty.call(root, 'signatures');
  if (general && Array.isArray(root.signatures)) {
    root.signatures.forEach((s, i) => {
      if (i > 0 && isJsonObject(s) && isJsonObject(s.header) && JSON_MEMBERS.some((k) => Object.prototype.hasOwnProperty.call(s.header, k))) {
        fail('ERR_SDJWT_MALFORMED', `Signature ${i + 1} carries "disclosures" or "kb_jwt"; they belong in the first signature's unprotected header only (RFC 9901 §8.3)`);
      }
    });
  }
  const { disclosures, kb } = readJsonMembers(root, parsed.members, sdHeaderPath(root));
  const jws = deserializeJson(withoutSdMembers(root));
  if (jws.kind !== 'JWS') fail('ERR_SDJWT_MALFORMED', 'This is a JWE; an SD-JWT is a signed JWS (RFC 9901 §8)');
  const first = jws.signatures[0]!;
  const issuerJwt = `${first.protected ?? ''}.${jws.payload}.${first.signature}`;
  return {
    serialization: general ? 'json-general' : 'json-flattened',
    jws,
    issuerJwt,
    disclosures,
    ...(kb ? { kb } : {}),
    hashedText: [issuerJwt, ...disclosures.map((d) => d.encoded)].join('~') + '~',
  };
}

/**
 * Splits an SD-JWT or SD-JWT+KB (compact, or the JWS JSON serialization of RFC 9901 §8) into the
 * Issuer-signed JWT, the Disclosures and the Key Binding JWT, checking their order. No digest or
 * signature is checked. Throws ERR_SDJWT_MALFORMED / ERR_SDJWT_ORDER with the character offset.
 */
export function parseSdJwt(text: string): SdJwtParts {
  if (typeof text !== 'string') throw new TypeError('An SD-JWT must be given as text');
  return text.trimStart().startsWith('{') ? parseJsonSerialization(text) : parseCompact(text);
}
