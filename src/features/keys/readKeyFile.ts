/** The text of a dropped or opened key file. Binary (DER) files come back as base64, which the engine recognises and explains. */
export const MAX_KEY_FILE_BYTES = 1024 * 1024;

export async function readKeyFile(file: Blob): Promise<string> {
  if (file.size > MAX_KEY_FILE_BYTES) {
    throw new Error(`The file is ${Math.round(file.size / 1024)} KB; key files are far smaller (the limit here is 1 MB)`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeKeyFileBytes(bytes);
}

function isBinaryControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\f' && ch !== '\v';
}

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
