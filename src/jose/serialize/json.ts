import { JoseError } from '../lib/errors.ts';
import type { JsonObject, JsonValue } from '../lib/json.ts';
import type { Jwe, JweRecipient, Jws, JwsSignature } from '../types.ts';
import { readJsonSerialization } from './json-reader.ts';
import { readToken } from './parse.ts';

/** Options of serializeJson / toJsonSerialization. */
export interface SerializeJsonOptions {
  /** The flattened form (RFC 7515 §7.2.2, RFC 7516 §7.2.2): only with one signature or recipient. */
  flattened?: boolean;
  /** Indentation passed to JSON.stringify; compact by default. */
  space?: number;
}

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
  if (typeof input !== 'string') return readJsonSerialization(input as JsonValue, { origin: 0, locate: () => undefined });
  const { token } = readToken(input, { as: 'json' });
  if (token.error) throw token.error;
  return (token.jws ?? token.jwe)!;
}
