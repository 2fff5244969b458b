/**
 * The text of a dropped or opened key file. A binary DER file (.der, .cer) is turned into PEM with
 * the label the engine recognises from its structure, so the person sees a readable key rather
 * than a request to add BEGIN/END lines themselves.
 */
import { encodePem, importKey, isJoseError } from '../../jose/index.ts';

export const MAX_KEY_FILE_BYTES = 1024 * 1024;

export async function readKeyFile(file: Blob): Promise<string> {
  if (file.size > MAX_KEY_FILE_BYTES) {
    throw new Error(`The file is ${Math.round(file.size / 1024)} KB; key files are far smaller (the limit here is 1 MB)`);
  }
  return keyFileText(new Uint8Array(await file.arrayBuffer()));
}

function isBinaryControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f' && ch !== '\v';
}

/** Text files as they are; anything else as base64. */
export function decodeKeyFileBytes(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // A DER SEQUENCE can be valid UTF-8 by chance; control characters other than whitespace give it away.
    if (![...text].some(isBinaryControl)) return text;
  } catch {
    // not UTF-8: binary
  }
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export async function keyFileText(bytes: Uint8Array): Promise<string> {
  const text = decodeKeyFileBytes(bytes);
  // Only a binary file that starts like a DER SEQUENCE (0x30) is worth a second look; text came back as itself.
  const isBinary = bytes.length > 0 && text.length !== bytes.length;
  if (!isBinary || bytes[0] !== 0x30) return text;
  try {
    await importKey(text);
  } catch (error) {
    // The engine names the DER structure (certificate, SPKI, PKCS#8, ...) and its PEM label.
    const label = isJoseError(error) && error.details?.format === 'der-base64' ? error.details.label : undefined;
    if (typeof label === 'string') return encodePem(label, bytes);
  }
  return text;
}
