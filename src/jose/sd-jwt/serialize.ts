import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { serializeCompact } from '../serialize/compact.ts';
import { toJsonSerialization } from '../serialize/json.ts';
import type { Jws } from '../types.ts';
import type { SdJwtSerialization } from './types.ts';

/**
 * Writes an SD-JWT or SD-JWT+KB: compact <JWT>~<D1>~...~<Dn>~[<KB-JWT>] (RFC 9901 §4), or the JWS
 * JSON serialization with "disclosures" (and "kb_jwt") in the first signature's unprotected header
 * (RFC 9901 §8.1-8.3).
 */
export function serializeSdJwt(jws: Jws, disclosures: readonly string[], kbJwt: string | undefined, serialization: SdJwtSerialization): string {
  if (serialization === 'compact') return `${serializeCompact(jws)}~${disclosures.map((d) => `${d}~`).join('')}${kbJwt ?? ''}`;
  const json = toJsonSerialization(jws, { flattened: serialization === 'json-flattened' });
  const holder = serialization === 'json-flattened' ? json : (json.signatures as JsonObject[])[0]!;
  const header: JsonObject = isJsonObject(holder.header) ? { ...holder.header } : {};
  header.disclosures = [...disclosures];
  if (kbJwt !== undefined) header.kb_jwt = kbJwt;
  holder.header = header;
  return JSON.stringify(json);
}
