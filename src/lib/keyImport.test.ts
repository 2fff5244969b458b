import { describe, expect, it } from 'vitest';
import { isRawSecret, keyImportOptions } from './keyImport.ts';

describe('the "is this a password?" guess shared by Decode and Encode', () => {
  it('reads a raw UTF-8 secret for PBES2 as a password, and nothing else', () => {
    expect(keyImportOptions('PBES2-HS512+A256KW', 'Thus from my lips', 'utf8')).toEqual({ encoding: 'utf8', password: true });
    expect(keyImportOptions('PBES2-HS512+A256KW', 'dGhpcw', 'base64url')).toEqual({ encoding: 'base64url' });
    expect(keyImportOptions('PBES2-HS512+A256KW', '{"kty":"oct","k":"AAAA"}', 'utf8')).toEqual({ encoding: 'utf8' });
    expect(keyImportOptions('A128KW', 'Thus from my lips', 'utf8')).toEqual({ encoding: 'utf8' });
    expect(keyImportOptions('HS256', 'secret', 'utf8')).toEqual({ encoding: 'utf8' });
  });
  it('tells a raw secret from a JWK or a PEM', () => {
    expect(isRawSecret('  -----BEGIN PUBLIC KEY-----')).toBe(false);
    expect(isRawSecret(' {"kty":"oct"}')).toBe(false);
    expect(isRawSecret('hunter2')).toBe(true);
    expect(isRawSecret('   ')).toBe(false);
  });
});
