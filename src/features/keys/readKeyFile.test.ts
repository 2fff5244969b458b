import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeKeyFileBytes, readKeyFile } from './readKeyFile.ts';
import { errorMessage, readKeyMaterial } from './keyReport.ts';

describe('readKeyFile', () => {
  it('text files come back as text', async () => {
    expect(await readKeyFile(new Blob(['-----BEGIN PUBLIC KEY-----\nAA==\n']))).toBe('-----BEGIN PUBLIC KEY-----\nAA==\n');
  });

  it('a DER file comes back as base64, which the engine names', async () => {
    const der = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' });
    const text = decodeKeyFileBytes(new Uint8Array(der));
    expect(text).toBe(der.toString('base64'));
    const error = await readKeyMaterial(text).then(() => undefined, (e: unknown) => e);
    expect(errorMessage(error)).toMatch(/SubjectPublicKeyInfo public key in DER/);
  });

  it('refuses files over 1 MB', async () => {
    await expect(readKeyFile(new Blob([new Uint8Array(1024 * 1024 + 1)]))).rejects.toThrow(/limit here is 1 MB/);
  });
});
