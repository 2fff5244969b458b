import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeKeyFileBytes, keyFileText, readKeyFile } from './readKeyFile.ts';
import { readKeyMaterial } from './keyReport.ts';

describe('readKeyFile', () => {
  it('text files come back as text', async () => {
    expect(await readKeyFile(new Blob(['-----BEGIN PUBLIC KEY-----\nAA==\n']))).toBe('-----BEGIN PUBLIC KEY-----\nAA==\n');
  });

  it('binary files are base64 until they are recognised', () => {
    expect(decodeKeyFileBytes(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toBe('MAMCAQA=');
  });

  it('a DER public key and a DER certificate come back as PEM with the right label', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const spki = await keyFileText(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })));
    expect(spki).toBe(publicKey.export({ type: 'spki', format: 'pem' }));
    const pkcs8 = await keyFileText(new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' })));
    expect(pkcs8).toBe(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const cert = new X509Certificate(readFileSync(new URL('../../../test/keys/fixtures/rsa-selfsigned.crt', import.meta.url)));
    const text = await keyFileText(new Uint8Array(cert.raw));
    expect(text).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    const report = await readKeyMaterial(text);
    expect(report.kind === 'key' && report.view.certificate?.subject).toContain('rsa.test.example');
  });

  it('refuses files over 1 MB', async () => {
    await expect(readKeyFile(new Blob([new Uint8Array(1024 * 1024 + 1)]))).rejects.toThrow(/limit here is 1 MB/);
  });
});
