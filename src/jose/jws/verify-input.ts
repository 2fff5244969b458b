import { base64urlDecode } from '../lib/base64url.ts';
import type { Bytes } from '../lib/bytes.ts';
import { JoseError } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import { isParsedToken, payloadContent, readToken, wrongKind } from '../serialize/parse.ts';
import { collector, decodeSegment } from '../serialize/segment.ts';
import { decodeProtectedHeader } from '../serialize/segments.ts';
import type { InspectedSegment, ParsedToken } from '../serialize/types.ts';
import type { Jws, JwsSignature } from '../types.ts';

/** One signature as verify needs it: the strings of the token, the decoded header and signature. */
export interface SignatureInput {
  sig: JwsSignature;
  protectedHeader: JsonObject | undefined;
  unprotectedHeader: JsonObject | undefined;
  signature: Bytes;
}

/**
 * What verify reads, whatever it was given (text, a parsed token, a Jws object): each signature
 * decoded on demand, and the payload as a segment whose bytes, text and JSON are read on first use,
 * so verify can start the signature check first and read the claims while it runs.
 */
export interface VerifyInput {
  jws: Jws;
  /** Where the token came from: text (or a parsed token) is traced as split; an object is not. */
  fromText: boolean;
  compact: boolean;
  /** Throws a JoseError for an object whose header or signature does not decode. */
  signature(index: number): SignatureInput;
  /** The payload (its encoding follows the signature's "b64"); undefined when a JSON serialization has none (detached). */
  payload(unencoded: boolean): InspectedSegment | undefined;
  /** "BASE64URL(header).payload" as it stands in a compact token: the signing input without rebuilding it. */
  signingText?: string;
}

/** A parsed token (parseToken or inspect's result) as verify reads it: its decoded parts as they are. */
class TokenInput implements VerifyInput {
  readonly jws: Jws;
  readonly fromText = true;
  readonly compact: boolean;
  readonly signingText?: string;
  readonly #token: ParsedToken;
  readonly #payload: InspectedSegment | undefined;

  constructor(token: ParsedToken) {
    if (token.error) throw token.error;
    if (!token.jws) throw wrongKind('JWS');
    this.#token = token;
    this.jws = token.jws;
    this.compact = token.serialization === 'compact';
    const segments = token.segments;
    this.#payload = this.compact ? segments[1] : segments.find((s) => s.part === 'payload');
    // From the lengths, not the offsets: inspect's offsets count the whitespace it removed from a broken token.
    if (this.compact) this.signingText = token.text.slice(0, segments[0]!.raw.length + 1 + segments[1]!.raw.length);
  }

  signature(index: number): SignatureInput {
    const token = this.#token;
    const s = token.signatures![index]!;
    const seg = this.compact ? token.segments[2] : s.segmentIds.map((id) => token.segments[id]!).find((x) => x.part === 'signature');
    return { sig: this.jws.signatures[index]!, protectedHeader: s.protectedHeader, unprotectedHeader: s.unprotectedHeader, signature: seg?.bytes ?? new Uint8Array(0) };
  }

  payload(): InspectedSegment | undefined {
    return this.#payload ? payloadContent(this.#payload) : undefined;
  }
}

function fromObject(jws: Jws): VerifyInput {
  if (!jws || typeof jws !== 'object' || jws.kind !== 'JWS' || !Array.isArray(jws.signatures) || typeof jws.payload !== 'string') {
    throw new JoseError('ERR_MALFORMED', 'verify needs a JWS (compact or JSON text, a parsed token, or a Jws object)', { segment: 'token' });
  }
  const payloads = new Map<boolean, InspectedSegment>();
  return {
    jws,
    fromText: false,
    compact: false,
    signature(index) {
      const sig = jws.signatures[index]!;
      return {
        sig,
        protectedHeader: sig.protected !== undefined && sig.protected !== '' ? decodeProtectedHeader(sig.protected, 0) : undefined,
        unprotectedHeader: sig.header,
        signature: base64urlDecode(sig.signature, { segment: 'signature', allowEmpty: true }),
      };
    },
    payload(unencoded) {
      let seg = payloads.get(unencoded);
      if (!seg) {
        const c = collector();
        seg = decodeSegment(c, { name: 'payload', part: 'payload', label: 'JWS Payload', encoding: unencoded ? 'text' : 'base64url', start: 0, raw: jws.payload, allowEmpty: true, json: 'payload' });
        if (c.faults.length) throw c.faults[0]!;
        payloads.set(unencoded, seg);
      }
      return seg;
    },
  };
}

/** Text is read once (parseToken, its payload left for later); a parsed token or a Jws object is used as it is. */
export function verifyInput(input: Jws | ParsedToken | string): VerifyInput {
  if (typeof input === 'string') return new TokenInput(readToken(input, { deferContent: true }).token);
  if (isParsedToken(input)) return new TokenInput(input);
  return fromObject(input);
}
