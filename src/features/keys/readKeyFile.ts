/**
 * The text of a dropped or opened key file. The engine's readKeyBytes reads the bytes: text as it
 * is, a binary DER file (.der, .cer) as PEM with the label of its structure, so the person sees a
 * readable key rather than a request to add BEGIN/END lines themselves; other bytes as base64.
 */
import { MAX_KEY_FILE_BYTES, readKeyBytes } from '../../jose/index.ts';

export async function readKeyFile(file: Blob): Promise<string> {
  if (file.size > MAX_KEY_FILE_BYTES) {
    throw new Error(`The file is ${Math.round(file.size / 1024)} KB; key files are far smaller (the limit here is 1 MB)`);
  }
  return keyFileText(new Uint8Array(await file.arrayBuffer()));
}

/** Text files as they are; anything else as base64. */
export function decodeKeyFileBytes(bytes: Uint8Array): string {
  return readKeyBytes(bytes).text;
}

export async function keyFileText(bytes: Uint8Array): Promise<string> {
  return readKeyBytes(bytes).text;
}
