import { assertBase64url, base64urlDecode } from '../lib/base64url.ts';
import type { Bytes } from '../lib/bytes.ts';
import { JoseError, type SegmentName } from '../lib/errors.ts';
import type { JsonObject } from '../lib/json.ts';
import { isParsedToken, readToken, wrongKind } from '../serialize/parse.ts';
import { decodeProtectedHeader } from '../serialize/segments.ts';
import type { InspectedSegment, ParsedToken } from '../serialize/types.ts';
import type { Jwe } from '../types.ts';

/**
 * What decrypt reads, whatever it was given (text, a parsed token, a Jwe object): the protected
 * header decoded, the IV, ciphertext and tag as bytes (a compact token's ciphertext and tag in one
 * buffer), each recipient's encrypted key, and where each part starts in the text for errors.
 */
export interface DecryptInput {
  jwe: Jwe;
  protectedHeader: JsonObject | undefined;
  iv: Bytes;
  ciphertext: Bytes;
  tag: Bytes;
  /** Character offsets of the compact parts, for errors that point at a character (undefined for JSON and objects). */
  offsets: { encryptedKey?: number; iv?: number; tag?: number };
  /** Throws ERR_BASE64URL for an object whose encrypted key does not decode. */
  encryptedKey(index: number): Bytes;
}

/** The IV and tag must not be empty (a JSON serialization may omit them; RFC 7516 §5.2 needs both). */
function assertPresent(raw: string, segment: SegmentName, offset: number | undefined): void {
  if (raw === '') assertBase64url(raw, { segment, offset, allowEmpty: false });
}

function fromToken(token: ParsedToken): DecryptInput {
  if (token.error) throw token.error;
  const jwe = token.jwe;
  if (!jwe) throw wrongKind('JWE');
  const compact = token.serialization === 'compact';
  const part = (name: string, recipient?: number): InspectedSegment | undefined =>
    token.segments.find((s) => s.part === name && (recipient === undefined || (s.index ?? 0) === recipient));
  const start = (name: string) => (compact ? part(name)?.start : undefined);
  const offsets = { encryptedKey: start('encrypted_key'), iv: start('iv'), tag: start('tag') };
  assertPresent(jwe.iv, 'iv', offsets.iv);
  assertPresent(jwe.tag, 'tag', offsets.tag);
  const empty = new Uint8Array(0);
  const byRecipient = token.recipients ?? [];
  return {
    jwe,
    protectedHeader: token.protectedHeader,
    iv: part('iv')!.bytes!,
    ciphertext: part('ciphertext')?.bytes ?? empty,
    tag: part('tag')!.bytes!,
    offsets,
    encryptedKey(index) {
      const ids = byRecipient[index]?.segmentIds ?? [];
      const seg = compact ? part('encrypted_key') : ids.map((id) => token.segments[id]!).find((s) => s.part === 'encrypted_key');
      return seg?.bytes ?? empty;
    },
  };
}

function fromObject(jwe: Jwe): DecryptInput {
  if (!jwe || jwe.kind !== 'JWE') throw new JoseError('ERR_MALFORMED', 'decrypt needs a JWE (compact text, JSON text, a parsed token or a Jwe object)');
  for (const member of ['iv', 'ciphertext', 'tag'] as const) {
    if (typeof jwe[member] !== 'string') throw new JoseError('ERR_MALFORMED', `The JWE "${member}" member must be a base64url string`, { segment: member });
  }
  if (!Array.isArray(jwe.recipients)) throw new JoseError('ERR_MALFORMED', 'The JWE "recipients" member must be an array');
  const protectedHeader = jwe.protected ? decodeProtectedHeader(jwe.protected, 0) : undefined;
  if (jwe.recipients.length === 0) throw new JoseError('ERR_MALFORMED', 'The JWE has no recipients');
  const iv = base64urlDecode(jwe.iv, { segment: 'iv' });
  const ciphertext = base64urlDecode(jwe.ciphertext, { segment: 'ciphertext', allowEmpty: true });
  const tag = base64urlDecode(jwe.tag, { segment: 'tag' });
  if (jwe.aad !== undefined) assertBase64url(jwe.aad, { segment: 'aad', allowEmpty: true });
  return {
    jwe,
    protectedHeader,
    iv,
    ciphertext,
    tag,
    offsets: {},
    encryptedKey: (index) => base64urlDecode(jwe.recipients[index]?.encrypted_key ?? '', { segment: 'encrypted_key', allowEmpty: true }),
  };
}

/** Text is read once (parseToken); a parsed token or a Jwe object is used as it is. */
export function decryptInput(input: Jwe | ParsedToken | string): DecryptInput {
  if (typeof input === 'string') return fromToken(readToken(input).token);
  return isParsedToken(input) ? fromToken(input) : fromObject(input);
}
