/**
 * The text of a dropped or opened key file, for every key input of the app (the Keys screen's "Key
 * material", the decoder's "Key"). The engine's readKeyBytes reads the bytes: text as it is, a binary
 * DER file (.der, .cer: SPKI, PKCS#8, PKCS#1, SEC1, X.509) as PEM with the label of its structure, so
 * the person sees a readable key rather than a request to add BEGIN/END lines themselves; other
 * bytes (a raw secret) as base64, and say so.
 */
import { MAX_KEY_FILE_BYTES, readKeyBytes } from '../jose/index.ts';

export { MAX_KEY_FILE_BYTES };

export interface KeyFileText {
  text: string;
  /** "base64" when the file held bytes that are no key structure: the text is their base64. */
  encoding?: 'base64';
}

export async function readKeyFile(file: Blob): Promise<KeyFileText> {
  if (file.size > MAX_KEY_FILE_BYTES) {
    throw new Error(`The file is ${Math.round(file.size / 1024)} KB; key files are far smaller (the limit here is 1 MB)`);
  }
  return keyFileText(new Uint8Array(await file.arrayBuffer()));
}

/** Text files as they are; anything else as base64. */
export function decodeKeyFileBytes(bytes: Uint8Array): string {
  return readKeyBytes(bytes).text;
}

export async function keyFileText(bytes: Uint8Array): Promise<KeyFileText> {
  const { text, encoding } = readKeyBytes(bytes);
  return encoding ? { text, encoding } : { text };
}
