import { describe, expect, it } from 'vitest';
import { publicKeyProblem, readLink, shareLink } from './shareLink.ts';

const PUBLIC_JWK = '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}';

describe('token in the URL', () => {
  it('reads #token=, #id_token= and #access_token=', () => {
    expect(readLink({ hash: '#token=a.b.c', search: '' })).toEqual({ linked: { token: 'a.b.c' } });
    expect(readLink({ hash: '#id_token=x.y.z&state=1', search: '' })).toEqual({ linked: { token: 'x.y.z' } });
    expect(readLink({ hash: '#access_token=q.r.s', search: '' })).toEqual({ linked: { token: 'q.r.s' } });
  });

  it('reads a screen address as no token', () => {
    expect(readLink({ hash: '#/encode', search: '' })).toEqual({});
    expect(readLink({ hash: '', search: '' })).toEqual({});
  });

  it('notices a token in the query string, which has already left the browser', () => {
    expect(readLink({ hash: '', search: '?token=a.b.c' })).toEqual({ linked: { token: 'a.b.c' }, fromQuery: true });
  });

  it('reads jwt.io links with their public key', () => {
    const hash = `#debugger-io?token=a.b.c&publicKey=${encodeURIComponent(PUBLIC_JWK)}`;
    expect(readLink({ hash, search: '' })).toEqual({ linked: { token: 'a.b.c', publicKey: PUBLIC_JWK } });
  });

  it('shares the token in the fragment only, and a public key only when given', () => {
    expect(shareLink('http://localhost:5173', '/', ' a.b.c\n')).toBe('http://localhost:5173/#token=a.b.c');
    const link = shareLink('http://localhost:5173', '/', 'a.b.c', `${PUBLIC_JWK}\n`);
    const url = new URL(link);
    expect(url.search).toBe('');
    expect(readLink(url)).toEqual({ linked: { token: 'a.b.c', publicKey: PUBLIC_JWK } });
  });

  it('does not load a secret or a private key that arrives in a link', () => {
    const read = readLink({ hash: `#token=a.b.c&publicKey=${encodeURIComponent('{"kty":"oct","k":"c2VjcmV0"}')}`, search: '' });
    expect(read.linked).toEqual({ token: 'a.b.c' });
    expect(read.refusedKey).toMatch(/shared secret/);
  });
});

describe('which keys may go in a link', () => {
  it('accepts public JWKs, public key sets, PEM public keys and certificates', () => {
    expect(publicKeyProblem(PUBLIC_JWK)).toBeNull();
    expect(publicKeyProblem(`{"keys":[${PUBLIC_JWK}]}`)).toBeNull();
    expect(publicKeyProblem('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----')).toBeNull();
    expect(publicKeyProblem('-----BEGIN RSA PUBLIC KEY-----\nMIIB\n-----END RSA PUBLIC KEY-----')).toBeNull();
    expect(publicKeyProblem('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----')).toBeNull();
  });

  it('refuses secrets and private keys with the reason', () => {
    expect(publicKeyProblem('password')).toMatch(/shared secret/);
    expect(publicKeyProblem('{"kty":"oct","k":"c2VjcmV0"}')).toMatch(/shared secret/);
    expect(publicKeyProblem(PUBLIC_JWK.replace('}', ',"d":"abc"}'))).toMatch(/private key/);
    expect(publicKeyProblem(`{"keys":[${PUBLIC_JWK},{"kty":"RSA","n":"x","e":"AQAB","d":"y"}]}`)).toMatch(/Key 2 of the set is a private key/);
    expect(publicKeyProblem('-----BEGIN PRIVATE KEY-----\nMIG\n-----END PRIVATE KEY-----')).toMatch(/private key/);
    expect(publicKeyProblem('-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----')).toMatch(/private key/);
    expect(publicKeyProblem('{"kty":"AKP","alg":"ML-DSA-44","pub":"x","priv":"y"}')).toMatch(/private key/);
    expect(publicKeyProblem('{not json')).toMatch(/not valid JSON/);
    expect(publicKeyProblem('  ')).toMatch(/no key/);
  });
});
