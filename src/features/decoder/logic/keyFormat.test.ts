import { describe, expect, it } from 'vitest';
import { importKey } from '../../../jose/index.ts';
import { detectKeyFormat, secretByteLength } from './keyFormat.ts';

describe('key format detection', () => {
  it('names JWK, JWKS and PEM kinds', () => {
    expect(detectKeyFormat('{"kty":"RSA","n":"x","e":"AQAB","kid":"a"}')).toMatchObject({ kind: 'jwk', label: 'JWK (RSA public key, kid "a")', secret: false });
    expect(detectKeyFormat('{"kty":"EC","d":"x"}').label).toBe('JWK (EC private key)');
    expect(detectKeyFormat('{"kty":"oct","k":"x"}').label).toBe('JWK (oct secret)');
    expect(detectKeyFormat(' {"keys":[{"kid":"a"},{"kid":"b"}]}').label).toBe('JWKS with 2 keys (kid "a", "b")');
    expect(detectKeyFormat('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----').kind).toBe('pem-spki');
    expect(detectKeyFormat('-----BEGIN RSA PRIVATE KEY-----').kind).toBe('pem-pkcs1-private');
    expect(detectKeyFormat('-----BEGIN EC PRIVATE KEY-----').kind).toBe('pem-sec1');
    expect(detectKeyFormat('-----BEGIN CERTIFICATE-----').label).toBe('PEM: X.509 certificate');
    expect(detectKeyFormat('-----BEGIN ENCRYPTED PRIVATE KEY-----').label).toContain('not supported');
    expect(detectKeyFormat('-----BEGIN PGP PUBLIC KEY BLOCK-----').kind).toBe('pem-other');
    expect(detectKeyFormat('ssh-ed25519 AAAAC3Nza user@host').kind).toBe('ssh');
  });

  it('reads anything else as a secret, and JSON that does not parse as such', () => {
    expect(detectKeyFormat('password')).toMatchObject({ kind: 'secret', secret: true });
    expect(detectKeyFormat('{not json').kind).toBe('json-invalid');
    expect(detectKeyFormat('[1,2]').kind).toBe('secret');
    expect(detectKeyFormat('  ').kind).toBe('empty');
  });

  it('counts the bytes of a secret in each encoding, or says it is not valid there', () => {
    expect(secretByteLength('password', 'utf8')).toBe(8);
    expect(secretByteLength('é', 'utf8')).toBe(2);
    expect(secretByteLength('00ff', 'hex')).toBe(2);
    expect(secretByteLength('0g', 'hex')).toBeUndefined();
    expect(secretByteLength('cGFzc3dvcmQ=', 'base64')).toBe(8);
    expect(secretByteLength('a-_b', 'base64url')).toBe(3);
    expect(secretByteLength('a+/b', 'base64url')).toBeUndefined();
  });

  it('a secret wrapped across lines (xxd -p, openssl -base64) counts as the engine reads it', async () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
    const hex = Buffer.from(bytes).toString('hex');
    const b64 = Buffer.from(bytes).toString('base64');
    const b64url = Buffer.from(bytes).toString('base64url');
    const cases = [
      [`${hex.slice(0, 60)}\n${hex.slice(60)}\n`, 'hex'],
      [`${b64.slice(0, 64)}\n${b64.slice(64)}`, 'base64'],
      [`${b64url.slice(0, 40)}\r\n ${b64url.slice(40)}`, 'base64url'],
    ] as const;
    for (const [text, encoding] of cases) {
      expect(secretByteLength(text, encoding), encoding).toBe(64);
      const key = await importKey(text, { encoding });
      expect(key.type === 'secret' && Buffer.from(key.jwk.k as string, 'base64url').equals(Buffer.from(bytes)), encoding).toBe(true);
    }
  });
});
