import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeKeyFileBytes, keyFileText, readKeyFile } from './readKeyFile.ts';
import { importKey } from '../jose/index.ts';

describe('readKeyFile', () => {
  it('text files come back as text', async () => {
    expect(await readKeyFile(new Blob(['-----BEGIN PUBLIC KEY-----\nAA==\n']))).toEqual({ text: '-----BEGIN PUBLIC KEY-----\nAA==\n' });
    // Non-ASCII text is still text, not a binary file.
    expect(await readKeyFile(new Blob(['# clé de test\nsecret']))).toEqual({ text: '# clé de test\nsecret' });
  });

  it('binary files are base64 until they are recognised', () => {
    expect(decodeKeyFileBytes(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toBe('MAMCAQA=');
  });

  it('a DER public key and a DER certificate come back as PEM with the right label', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const spki = await keyFileText(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })));
    expect(spki).toEqual({ text: publicKey.export({ type: 'spki', format: 'pem' }) });
    const pkcs8 = await keyFileText(new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' })));
    expect(pkcs8).toEqual({ text: privateKey.export({ type: 'pkcs8', format: 'pem' }) });
    const sec1 = await keyFileText(new Uint8Array(privateKey.export({ type: 'sec1', format: 'der' })));
    expect(sec1).toEqual({ text: privateKey.export({ type: 'sec1', format: 'pem' }) });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(await keyFileText(new Uint8Array(rsa.publicKey.export({ type: 'pkcs1', format: 'der' })))).toEqual({ text: rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }) });
    expect(await keyFileText(new Uint8Array(rsa.privateKey.export({ type: 'pkcs1', format: 'der' })))).toEqual({ text: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) });
    const cert = new X509Certificate(readFileSync(new URL('../../test/keys/fixtures/rsa-selfsigned.crt', import.meta.url)));
    const { text } = await keyFileText(new Uint8Array(cert.raw));
    expect(text).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    // The PEM is the same certificate (node reads it back), and the engine takes its RSA key.
    expect(new X509Certificate(text).subject).toContain('rsa.test.example');
    expect(await importKey(text)).toMatchObject({ kty: 'RSA' });
  });

  it('a binary file that is no key structure is a raw secret, in base64', async () => {
    const raw = new Uint8Array([0x30, 0xff, 0x00, 0x9a, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(await keyFileText(raw)).toEqual({ text: Buffer.from(raw).toString('base64'), encoding: 'base64' });
    expect(await keyFileText(new Uint8Array([0x01, 0xfe, 0x80]))).toEqual({ text: 'Af6A', encoding: 'base64' });
  });

  it('refuses files over 1 MB', async () => {
    await expect(readKeyFile(new Blob([new Uint8Array(1024 * 1024 + 1)]))).rejects.toThrow(/limit here is 1 MB/);
  });
});
