import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { plainSecret } from './GeneratedKey.tsx';

describe('the generated secret, plain', () => {
  it('is the bytes of "k" in base64, base64url or hex', () => {
    const raw = randomBytes(32);
    const jwk = JSON.stringify({ kty: 'oct', k: raw.toString('base64url') });
    expect(plainSecret(jwk, 'base64')).toBe(raw.toString('base64'));
    expect(plainSecret(jwk, 'base64url')).toBe(raw.toString('base64url'));
    expect(plainSecret(jwk, 'hex')).toBe(raw.toString('hex'));
    // The same bytes, so the same MAC a server configured with the plain secret computes.
    const mac = (key: Buffer) => createHmac('sha256', key).update('x').digest('hex');
    expect(mac(Buffer.from(plainSecret(jwk, 'hex'), 'hex'))).toBe(mac(raw));
  });

  it('is empty for anything but a secret JWK', () => {
    expect(plainSecret('{"kty":"EC"}', 'hex')).toBe('');
    expect(plainSecret('not json', 'hex')).toBe('');
  });
});
