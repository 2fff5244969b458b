import { base64urlDecode } from '../lib/base64url.ts';
import { JoseError, type SegmentName } from '../lib/errors.ts';
import { isJsonObject, parseJson, type JsonMember, type JsonObject, type JsonValue } from '../lib/json.ts';
import type { Jwe, JweRecipient, Jws, JwsSignature } from '../types.ts';
import { assertDisjoint, decodeProtectedHeader, isUnencodedPayload } from './segments.ts';

/** Options of serializeJson / toJsonSerialization. */
export interface SerializeJsonOptions {
  /** The flattened form (RFC 7515 §7.2.2, RFC 7516 §7.2.2): only with one signature or recipient. */
  flattened?: boolean;
  /** Indentation passed to JSON.stringify; compact by default. */
  space?: number;
}

/** A member is present when it is an own property that is not undefined (object input may carry undefined). */
const has = (obj: object, name: string): boolean => Object.prototype.hasOwnProperty.call(obj, name) && (obj as Record<string, unknown>)[name] !== undefined;

const nonEmpty = (o: JsonObject | undefined): o is JsonObject => o !== undefined && Object.keys(o).length > 0;

/**
 * The JSON serialization of a JWS or JWE as an object (general form unless `flattened`).
 * serializeJson is the same as text.
 *
 * @example
 * toJsonSerialization(await sign('hi', key, { alg: 'HS256' }));
 * // { payload: 'aGk', signatures: [{ protected: 'eyJhbGciOiJIUzI1NiJ9', signature: '…' }] }
 */
export function toJsonSerialization(x: Jws | Jwe, options: SerializeJsonOptions = {}): JsonObject {
  if (x.kind === 'JWS') {
    const sigObject = (s: JwsSignature): JsonObject => ({
      ...(s.protected !== undefined ? { protected: s.protected } : {}),
      ...(nonEmpty(s.header) ? { header: s.header } : {}),
      signature: s.signature,
    });
    if (options.flattened) {
      if (x.signatures.length !== 1) {
        throw new JoseError('ERR_MALFORMED', `The flattened JWS JSON serialization holds exactly one signature; this JWS has ${x.signatures.length}`);
      }
      return { payload: x.payload, ...sigObject(x.signatures[0]!) };
    }
    return { payload: x.payload, signatures: x.signatures.map(sigObject) };
  }
  const recipientObject = (r: JweRecipient): JsonObject => ({
    ...(nonEmpty(r.header) ? { header: r.header } : {}),
    ...(r.encrypted_key ? { encrypted_key: r.encrypted_key } : {}),
  });
  const shared: JsonObject = {
    ...(x.protected !== undefined ? { protected: x.protected } : {}),
    ...(nonEmpty(x.unprotected) ? { unprotected: x.unprotected } : {}),
  };
  const body: JsonObject = {
    ...(x.aad !== undefined ? { aad: x.aad } : {}),
    ...(x.iv ? { iv: x.iv } : {}),
    ciphertext: x.ciphertext,
    ...(x.tag ? { tag: x.tag } : {}),
  };
  if (options.flattened) {
    if (x.recipients.length !== 1) {
      throw new JoseError('ERR_MALFORMED', `The flattened JWE JSON serialization holds exactly one recipient; this JWE has ${x.recipients.length}`);
    }
    return { ...shared, ...recipientObject(x.recipients[0]!), ...body };
  }
  return { ...shared, recipients: x.recipients.map(recipientObject), ...body };
}

/**
 * The JSON serialization of a JWS (RFC 7515 §7.2) or JWE (RFC 7516 §7.2) as text: the general form
 * (several signatures or recipients) unless `flattened` is set.
 *
 * @example
 * serializeJson(jws, { flattened: true }) // '{"payload":"...","protected":"...","signature":"..."}'
 */
export function serializeJson(x: Jws | Jwe, options: SerializeJsonOptions = {}): string {
  return JSON.stringify(toJsonSerialization(x, options), null, options.space);
}

/** Maps a member path to where its value starts in the text, so errors can give a character offset. */
type Locate = (path: (string | number)[]) => number | undefined;

function locator(members: JsonMember[] | undefined): Locate {
  if (!members) return () => undefined;
  const index = new Map<string, number>();
  for (const m of members) index.set(m.path.join('\u0000'), m.valueStart);
  return (path) => index.get(path.join('\u0000'));
}

class Reader {
  constructor(
    private readonly locate: Locate,
    private readonly what: string,
  ) {}

  fail(message: string, path: (string | number)[], segment?: SegmentName): never {
    throw new JoseError('ERR_MALFORMED', message, { segment, offset: this.locate(path), details: { member: path.join('.') } });
  }

  /** A base64url member: string, strict; the offset of a bad character is inside the JSON text. */
  b64(obj: JsonObject, name: string, path: (string | number)[], segment: SegmentName, required: boolean, allowEmpty: boolean): string | undefined {
    if (!has(obj, name)) {
      if (required) this.fail(`The ${this.what} JSON serialization is missing its "${name}" member`, path, segment);
      return undefined;
    }
    const value = obj[name];
    if (typeof value !== 'string') this.fail(`The "${name}" member must be a base64url string`, [...path, name], segment);
    const start = this.locate([...path, name]);
    base64urlDecode(value, { segment, offset: start === undefined ? undefined : start + 1, allowEmpty });
    return value;
  }

  header(obj: JsonObject, name: string, path: (string | number)[]): JsonObject | undefined {
    if (!has(obj, name)) return undefined;
    const value = obj[name];
    if (!isJsonObject(value)) this.fail(`The "${name}" member (an unprotected header) must be a JSON object`, [...path, name], 'header');
    return value;
  }

  protectedHeader(obj: JsonObject, path: (string | number)[], segment: SegmentName = 'header'): { encoded?: string; decoded?: JsonObject } {
    const encoded = this.b64(obj, 'protected', path, segment, false, false);
    if (encoded === undefined) return {};
    const start = this.locate([...path, 'protected']);
    return { encoded, decoded: decodeProtectedHeader(encoded, start === undefined ? 0 : start + 1, segment) };
  }
}

function readJws(root: JsonObject, r: Reader): Jws {
  // RFC 7515 Appendix F: a detached payload is an absent "payload" member; it reads as "".
  const payload = has(root, 'payload') ? root.payload : '';
  if (typeof payload !== 'string') r.fail('The JWS "payload" member must be a string', ['payload'], 'payload');
  const general = has(root, 'signatures');
  if (general && has(root, 'signature')) {
    r.fail('A JWS JSON object has either "signatures" (general) or "signature" (flattened), not both', ['signature']);
  }
  let entries: { obj: JsonObject; path: (string | number)[] }[];
  if (general) {
    const list = root.signatures;
    if (!Array.isArray(list) || list.length === 0) r.fail('The JWS "signatures" member must be a non-empty array', ['signatures']);
    entries = (list as JsonValue[]).map((obj, i) => {
      if (!isJsonObject(obj)) r.fail(`Signature ${i + 1} of "signatures" must be a JSON object`, ['signatures', i]);
      return { obj, path: ['signatures', i] };
    });
  } else {
    entries = [{ obj: root, path: [] }];
  }
  const signatures: JwsSignature[] = [];
  const encodings = new Set<boolean>();
  for (const { obj, path } of entries) {
    const prot = r.protectedHeader(obj, path);
    const header = r.header(obj, 'header', path);
    if (!prot.encoded && !header) r.fail('Each signature needs a "protected" or a "header" member, so that "alg" is conveyed (RFC 7515 §7.2.1)', path, 'header');
    assertDisjoint([prot.decoded, header], 'JWS');
    const signature = r.b64(obj, 'signature', path, 'signature', true, true)!;
    encodings.add(!isUnencodedPayload(prot.decoded));
    signatures.push({ ...(prot.encoded !== undefined ? { protected: prot.encoded } : {}), ...(header ? { header } : {}), signature });
  }
  if (encodings.size > 1) r.fail('The signatures disagree on "b64": one payload cannot be both encoded and unencoded (RFC 7797 §3)', ['payload'], 'payload');
  if (encodings.has(true) && has(root, 'payload')) r.b64(root, 'payload', [], 'payload', true, true);
  return { kind: 'JWS', payload, signatures };
}

function readJwe(root: JsonObject, r: Reader): Jwe {
  const prot = r.protectedHeader(root, []);
  const unprotected = r.header(root, 'unprotected', []);
  const general = has(root, 'recipients');
  if (general && (has(root, 'header') || has(root, 'encrypted_key'))) {
    r.fail('A JWE JSON object has either "recipients" (general) or "header"/"encrypted_key" (flattened), not both', ['recipients']);
  }
  let entries: { obj: JsonObject; path: (string | number)[] }[];
  if (general) {
    const list = root.recipients;
    if (!Array.isArray(list) || list.length === 0) r.fail('The JWE "recipients" member must be a non-empty array', ['recipients']);
    entries = (list as JsonValue[]).map((obj, i) => {
      if (!isJsonObject(obj)) r.fail(`Recipient ${i + 1} of "recipients" must be a JSON object`, ['recipients', i]);
      return { obj, path: ['recipients', i] };
    });
  } else {
    entries = [{ obj: root, path: [] }];
  }
  const recipients: JweRecipient[] = entries.map(({ obj, path }) => {
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

/**
 * Reads a JWS or JWE JSON serialization (general or flattened) from JSON text or an object. A
 * "payload" member makes it a JWS, "ciphertext" a JWE (RFC 7516 §9). Strict: base64url members,
 * protected headers that are JSON objects, disjoint header names; errors give the character offset
 * in the text when text was given. Unknown members are ignored, as RFC 7515 §7.2.1 requires.
 *
 * @example
 * const jws = deserializeJson('{"payload":"e30","signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9","signature":"c2ln"}]}');
 */
export function deserializeJson(input: string | object): Jws | Jwe {
  let root: unknown = input;
  let members: JsonMember[] | undefined;
  if (typeof input === 'string') {
    const parsed = parseJson(input, { what: 'JSON serialization' });
    root = parsed.value;
    members = parsed.members;
  }
  if (!isJsonObject(root)) throw new JoseError('ERR_MALFORMED', 'A JOSE JSON serialization must be a JSON object', { segment: 'token', offset: 0 });
  const isJws = has(root, 'payload') || has(root, 'signatures') || has(root, 'signature');
  const isJwe = has(root, 'ciphertext');
  if (isJws === isJwe) {
    throw new JoseError(
      'ERR_MALFORMED',
      isJws
        ? 'The JSON object has both "payload"/"signatures" (JWS) and "ciphertext" (JWE)'
        : 'The JSON object has neither "payload" (a JWS) nor "ciphertext" (a JWE) (RFC 7516 §9)',
      { segment: 'token', offset: 0 },
    );
  }
  const locate = locator(members);
  return isJws ? readJws(root, new Reader(locate, 'JWS')) : readJwe(root, new Reader(locate, 'JWE'));
}
