import { describe, expect, it } from 'vitest';
import { keyFormatLabel, keyFormatPhrase } from './keyFormats.ts';

describe('key format names, one table for Decode and Keys', () => {
  it('phrases a PEM structure inside a sentence and as a label, from the same facts', () => {
    expect(keyFormatPhrase('spki')).toBe('a PEM public key (SPKI)');
    expect(keyFormatPhrase('pkcs1-private')).toBe('a PEM RSA private key (PKCS #1)');
    expect(keyFormatPhrase('x509')).toBe('an X.509 certificate');
    expect(keyFormatLabel('sec1')).toBe('SEC 1 (PEM "EC PRIVATE KEY")');
    expect(keyFormatLabel('jwks')).toBe('JWK in a JWKS');
  });
});
