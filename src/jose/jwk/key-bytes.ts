/**
 * The bytes of a key file as the text importKey reads. Key files come as text (PEM, JWK, JWKS, a
 * secret) or as binary DER (.der, .cer: SPKI, PKCS#8, PKCS#1, SEC1, X.509), which no text box can
 * hold; DER becomes PEM with the label of the structure found in it, so a person sees a readable
 * key. One home for the Keys and Decode screens' file readers and the command line.
 */
import { base64Encode } from '../lib/base64url.ts';
import { tryUtf8Decode, type Bytes } from '../lib/bytes.ts';
import { JoseError } from '../lib/errors.ts';
import { derKind, encodePem, type DerKind } from './pem.ts';

/**
 * The largest key file readKeyBytes reads (1 MiB): far above any key or certificate file.
 *
 * @example
 * if (file.size > MAX_KEY_FILE_BYTES) throw new Error('That is not a key file');
 */
export const MAX_KEY_FILE_BYTES = 1024 * 1024;

/** What readKeyBytes makes of a file. */
export interface KeyFileText {
  /** Text for importKey: the file itself, PEM made from DER, or base64 of other bytes. */
  text: string;
  /** "base64" when the bytes are no key structure (a raw secret): `text` is their base64. */
  encoding?: 'base64';
  /** The DER structure recognised, when the file was binary DER and `text` is now PEM. */
  der?: DerKind;
}

/** A DER SEQUENCE can be valid UTF-8 by chance; control characters other than whitespace give it away. */
function isText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) return false;
  }
  return true;
}

/**
 * Reads a key file's bytes: UTF-8 text as it is; binary DER (SPKI, PKCS#8, PKCS#1, SEC1, X.509)
 * as PEM with the label its structure calls for; any other bytes as base64 with encoding "base64"
 * (a raw secret file, to import with `{ encoding: 'base64' }`). Throws ERR_LIMIT_EXCEEDED over 1 MiB.
 *
 * @example
 * const { text, encoding } = readKeyBytes(new Uint8Array(await file.arrayBuffer()));
 * const key = await importKey(text, encoding ? { encoding } : {});
 * readKeyBytes(spkiDer).der // { label: 'PUBLIC KEY', name: 'SubjectPublicKeyInfo public key' }
 */
export function readKeyBytes(bytes: Uint8Array): KeyFileText {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('readKeyBytes needs the file as a Uint8Array');
  if (bytes.length > MAX_KEY_FILE_BYTES) {
    throw new JoseError('ERR_LIMIT_EXCEEDED', `The key file is ${Math.round(bytes.length / 1024)} KB; key files are far smaller (the limit is 1 MB)`, { segment: 'key' });
  }
  const text = tryUtf8Decode(bytes as Bytes);
  if (text !== undefined && isText(text)) return { text };
  const der = derKind(bytes as Bytes);
  if (der) return { text: encodePem(der.label, bytes), der };
  return { text: base64Encode(bytes), encoding: 'base64' };
}
