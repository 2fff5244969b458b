import { assertBase64url } from '../lib/base64url.ts';
import { JoseError, type SegmentName } from '../lib/errors.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';
import { payloadUnencoded } from '../header/crit.ts';
import type { Jwe, JweRecipient, Jws, JwsSignature } from '../types.ts';
import { assertDisjoint, decodeProtectedHeader } from './segments.ts';

/** A member is present when it is an own property that is not undefined (object input may carry undefined). */
export const has = (obj: object, name: string): boolean => Object.prototype.hasOwnProperty.call(obj, name) && (obj as Record<string, unknown>)[name] !== undefined;

type Path = (string | number)[];

/**
 * What the reader knows beyond the JSON value: where a member is (for error offsets) and, when the
 * serialization came as text, each base64url member already decoded as a segment, so nothing is
 * decoded twice. Object input has neither: the reader checks and decodes itself.
 */
export interface ReaderSource {
  /** Where the JSON text starts (0 for object input): the offset of errors about the whole object. */
  origin: number;
  /** Where a member's value starts, when known. */
  locate(path: Path): number | undefined;
  /** A decoded member: its fault, or its protected header's JSON. */
  decoded?(path: Path): { fault?: JoseError; header?: JsonObject } | undefined;
}

/** Checks a JWS or JWE JSON serialization's members in RFC order; the first fault throws. */
class Reader {
  constructor(
    private readonly source: ReaderSource,
    private readonly what: string,
  ) {}

  fail(message: string, path: Path, segment?: SegmentName): never {
    throw new JoseError('ERR_MALFORMED', message, { segment, offset: this.source.locate(path), details: { member: path.join('.') } });
  }

  /** A base64url member: string, strict; the offset of a bad character is inside the JSON text. */
  b64(obj: JsonObject, name: string, path: Path, segment: SegmentName, required: boolean, allowEmpty: boolean): string | undefined {
    if (!has(obj, name)) {
      if (required) this.fail(`The ${this.what} JSON serialization is missing its "${name}" member`, path, segment);
      return undefined;
    }
    const value = obj[name];
    if (typeof value !== 'string') this.fail(`The "${name}" member must be a base64url string`, [...path, name], segment);
    const decoded = this.source.decoded?.([...path, name]);
    if (decoded?.fault) throw decoded.fault;
    if (!decoded) {
      const start = this.source.locate([...path, name]);
      assertBase64url(value, { segment, offset: start === undefined ? undefined : start + 1, allowEmpty });
    }
    return value;
  }

  header(obj: JsonObject, name: string, path: Path): JsonObject | undefined {
    if (!has(obj, name)) return undefined;
    const value = obj[name];
    if (!isJsonObject(value)) this.fail(`The "${name}" member (an unprotected header) must be a JSON object`, [...path, name], 'header');
    return value;
  }

  protectedHeader(obj: JsonObject, path: Path): { encoded?: string; decoded?: JsonObject } {
    const encoded = this.b64(obj, 'protected', path, 'header', false, false);
    if (encoded === undefined) return {};
    const decoded = this.source.decoded?.([...path, 'protected']);
    const start = this.source.locate([...path, 'protected']);
    const offset = start === undefined ? 0 : start + 1;
    if (!decoded) return { encoded, decoded: decodeProtectedHeader(encoded, offset) };
    if (!decoded.header) throw new JoseError('ERR_MALFORMED', 'The JOSE Header must be a JSON object', { segment: 'header', offset });
    return { encoded, decoded: decoded.header };
  }

  /** The signature or recipient objects: the general form's list, or the flattened object itself. */
  entries(root: JsonObject, list: 'signatures' | 'recipients', one: string): { obj: JsonObject; path: Path }[] {
    if (!has(root, list)) return [{ obj: root, path: [] }];
    const items = root[list];
    if (!Array.isArray(items) || items.length === 0) this.fail(`The ${this.what} "${list}" member must be a non-empty array`, [list]);
    return (items as JsonValue[]).map((obj, i) => {
      if (!isJsonObject(obj)) this.fail(`${one} ${i + 1} of "${list}" must be a JSON object`, [list, i]);
      return { obj, path: [list, i] };
    });
  }
}

function readJws(root: JsonObject, r: Reader): Jws {
  // RFC 7515 Appendix F: a detached payload is an absent "payload" member; it reads as "".
  const payload = has(root, 'payload') ? root.payload : '';
  if (typeof payload !== 'string') r.fail('The JWS "payload" member must be a string', ['payload'], 'payload');
  if (has(root, 'signatures') && has(root, 'signature')) {
    r.fail('A JWS JSON object has either "signatures" (general) or "signature" (flattened), not both', ['signature']);
  }
  const signatures: JwsSignature[] = [];
  const encodings = new Set<boolean>();
  for (const { obj, path } of r.entries(root, 'signatures', 'Signature')) {
    const prot = r.protectedHeader(obj, path);
    const header = r.header(obj, 'header', path);
    if (!prot.encoded && !header) r.fail('Each signature needs a "protected" or a "header" member, so that "alg" is conveyed (RFC 7515 §7.2.1)', path, 'header');
    assertDisjoint([prot.decoded, header], 'JWS');
    const signature = r.b64(obj, 'signature', path, 'signature', true, true)!;
    encodings.add(!payloadUnencoded(prot.decoded));
    signatures.push({ ...(prot.encoded !== undefined ? { protected: prot.encoded } : {}), ...(header ? { header } : {}), signature });
  }
  if (encodings.size > 1) r.fail('The signatures disagree on "b64": one payload cannot be both encoded and unencoded (RFC 7797 §3)', ['payload'], 'payload');
  if (encodings.has(true) && has(root, 'payload')) r.b64(root, 'payload', [], 'payload', true, true);
  return { kind: 'JWS', payload, signatures };
}

function readJwe(root: JsonObject, r: Reader): Jwe {
  const prot = r.protectedHeader(root, []);
  const unprotected = r.header(root, 'unprotected', []);
  if (has(root, 'recipients') && (has(root, 'header') || has(root, 'encrypted_key'))) {
    r.fail('A JWE JSON object has either "recipients" (general) or "header"/"encrypted_key" (flattened), not both', ['recipients']);
  }
  const recipients: JweRecipient[] = r.entries(root, 'recipients', 'Recipient').map(({ obj, path }) => {
    const header = r.header(obj, 'header', path);
    assertDisjoint([prot.decoded, unprotected, header], 'JWE');
    const encryptedKey = r.b64(obj, 'encrypted_key', path, 'encrypted_key', false, true);
    // RFC 7516 §7.2.1: with no encrypted key (dir, ECDH-ES) the member MUST be absent, not empty.
    if (encryptedKey === '') r.fail('The "encrypted_key" member is empty; when there is no JWE Encrypted Key (dir, ECDH-ES) the member must be absent (RFC 7516 §7.2.1)', [...path, 'encrypted_key'], 'encrypted_key');
    return { ...(header ? { header } : {}), ...(encryptedKey !== undefined ? { encrypted_key: encryptedKey } : {}) };
  });
  const aad = r.b64(root, 'aad', [], 'aad', false, true);
  const iv = r.b64(root, 'iv', [], 'iv', false, true) ?? '';
  const ciphertext = r.b64(root, 'ciphertext', [], 'ciphertext', true, true)!;
  const tag = r.b64(root, 'tag', [], 'tag', false, true) ?? '';
  return {
    kind: 'JWE',
    ...(prot.encoded !== undefined ? { protected: prot.encoded } : {}),
    ...(unprotected ? { unprotected } : {}),
    recipients,
    ...(aad !== undefined ? { aad } : {}),
    iv,
    ciphertext,
    tag,
  };
}

/** RFC 7516 §9: a "payload" member makes a JWS, "ciphertext" a JWE; exactly one of them. */
export function jsonStructure(root: JsonObject): 'JWS' | 'JWE' | 'both' | 'neither' {
  const isJws = has(root, 'payload') || has(root, 'signatures') || has(root, 'signature');
  const isJwe = has(root, 'ciphertext');
  return isJws && isJwe ? 'both' : isJws ? 'JWS' : isJwe ? 'JWE' : 'neither';
}

/**
 * A JWS or JWE JSON serialization (general or flattened) from its parsed value: strict base64url
 * members, protected headers that are JSON objects, disjoint header names. Throws the first fault
 * as a JoseError with the member's offset. Unknown members are ignored (RFC 7515 §7.2.1).
 */
export function readJsonSerialization(root: JsonValue, source: ReaderSource): Jws | Jwe {
  if (!isJsonObject(root)) throw new JoseError('ERR_MALFORMED', 'A JOSE JSON serialization must be a JSON object', { segment: 'token', offset: source.origin });
  const structure = jsonStructure(root);
  if (structure === 'both' || structure === 'neither') {
    throw new JoseError(
      'ERR_MALFORMED',
      structure === 'both'
        ? 'The JSON object has both "payload"/"signatures" (JWS) and "ciphertext" (JWE)'
        : 'The JSON object has neither "payload" (a JWS) nor "ciphertext" (a JWE) (RFC 7516 §9)',
      { segment: 'token', offset: source.origin },
    );
  }
  return structure === 'JWS' ? readJws(root, new Reader(source, 'JWS')) : readJwe(root, new Reader(source, 'JWE'));
}
