/**
 * readKeyBytes: key files as bytes. Every DER structure is made by node:crypto (the oracle), and the
 * key the engine then imports must be node's own key, member for member.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJwk, importKey, isJoseError, readKeyBytes, type JoseKey } from '../../src/jose/index.ts';

const der = (b: Buffer) => new Uint8Array(b);

async function imported(bytes: Uint8Array): Promise<JoseKey> {
  const { text, encoding } = readKeyBytes(bytes);
  const key = await importKey(text, encoding ? { encoding } : {});
  if (key.type === 'set') throw new Error('one key expected');
  return key;
}

function nodeJwk(key: KeyObject): Record<string, unknown> {
  return key.export({ format: 'jwk' }) as Record<string, unknown>;
}

describe('readKeyBytes', () => {
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ed = generateKeyPairSync('ed25519');

  it('turns DER SPKI, PKCS#8, PKCS#1 and SEC1 into PEM with the label of the structure, and the keys are node\'s', async () => {
    const cases: [Uint8Array, string, KeyObject][] = [
      [der(ec.publicKey.export({ type: 'spki', format: 'der' })), 'PUBLIC KEY', ec.publicKey],
      [der(ec.privateKey.export({ type: 'pkcs8', format: 'der' })), 'PRIVATE KEY', ec.privateKey],
      [der(ec.privateKey.export({ type: 'sec1', format: 'der' })), 'EC PRIVATE KEY', ec.privateKey],
      [der(rsa.publicKey.export({ type: 'pkcs1', format: 'der' })), 'RSA PUBLIC KEY', rsa.publicKey],
      [der(rsa.privateKey.export({ type: 'pkcs1', format: 'der' })), 'RSA PRIVATE KEY', rsa.privateKey],
      [der(ed.publicKey.export({ type: 'spki', format: 'der' })), 'PUBLIC KEY', ed.publicKey],
      [der(ed.privateKey.export({ type: 'pkcs8', format: 'der' })), 'PRIVATE KEY', ed.privateKey],
    ];
    for (const [bytes, label, expected] of cases) {
      const read = readKeyBytes(bytes);
      expect(read.der?.label, label).toBe(label);
      expect(read.text).toMatch(new RegExp(`^-----BEGIN ${label}-----\\n`));
      // node reads the PEM we made as the same key
      const again = expected.type === 'public' ? createPublicKey(read.text) : createPrivateKey(read.text);
      expect(again.equals(expected)).toBe(true);
      const key = await imported(bytes);
      expect(exportJwk(key, { private: key.type === 'private' })).toMatchObject(nodeJwk(expected));
    }
  });

  it('reads a DER X.509 certificate as a CERTIFICATE, whose key is the certificate\'s', async () => {
    const cert = new X509Certificate(readFileSync(new URL('fixtures/rsa-selfsigned.crt', import.meta.url)));
    const read = readKeyBytes(new Uint8Array(cert.raw));
    expect(read.der).toEqual({ label: 'CERTIFICATE', name: 'X.509 certificate' });
    const key = await imported(new Uint8Array(cert.raw));
    expect(key.certificate?.subject).toContain('rsa.test.example');
    expect(exportJwk(key)).toMatchObject(nodeJwk(cert.publicKey));
  });

  it('an encrypted PKCS#8 DER file becomes its PEM, which importKey explains', async () => {
    const bytes = der(ec.privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' }));
    const read = readKeyBytes(bytes);
    expect(read.der?.label).toBe('ENCRYPTED PRIVATE KEY');
    await expect(importKey(read.text)).rejects.toThrow(/encrypted/i);
  });

  it('keeps text files as text and gives other bytes as base64 (a raw secret)', async () => {
    const pem = ec.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(readKeyBytes(new TextEncoder().encode(pem))).toEqual({ text: pem });
    expect(readKeyBytes(new TextEncoder().encode('password\n'))).toEqual({ text: 'password\n' });
    const secret = new Uint8Array([0x00, 0xff, 0x10, 0x30, 0x80, 0x01, 0x02, 0x03]);
    expect(readKeyBytes(secret)).toEqual({ text: 'AP8QMIABAgM=', encoding: 'base64' });
    const key = await imported(secret);
    expect(key.type === 'secret' && key.bits).toBe(64);
    // A SEQUENCE that is no key structure stays bytes.
    expect(readKeyBytes(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toEqual({ text: 'MAMCAQA=', encoding: 'base64' });
  });

  it('refuses more than 1 MiB with ERR_LIMIT_EXCEEDED, and a non-byte argument with a TypeError', () => {
    let error: unknown;
    try {
      readKeyBytes(new Uint8Array(1024 * 1024 + 1));
    } catch (e) {
      error = e;
    }
    expect(isJoseError(error) && error.code).toBe('ERR_LIMIT_EXCEEDED');
    expect(() => readKeyBytes('-----BEGIN' as unknown as Uint8Array)).toThrow(TypeError);
  });
});
