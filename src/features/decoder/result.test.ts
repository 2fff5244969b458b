import { describe, expect, it } from 'vitest';
import { failure, keyNeeded, STATUSES, statusLine, verdict, type VerdictInput } from './result.ts';
import { fingerprint, textKey } from './fingerprint.ts';
import { DEFAULT_MAX_PBES2_COUNT as ENGINE_CAP } from '../../jose/index.ts';
import { DEFAULT_MAX_PBES2_COUNT } from './limits.ts';

const view = (over: Partial<NonNullable<VerdictInput['view']>> = {}): NonNullable<VerdictInput['view']> => ({
  kind: 'JWS',
  wellFormed: true,
  header: { alg: 'HS256' },
  problems: [],
  reason: '',
  ...over,
});

describe('the Result status', () => {
  it('reads exactly one of seven verdicts', () => {
    expect(STATUSES).toEqual(['Signature verified', 'Invalid signature', 'Decrypted', 'Decryption failed', 'Key required', 'Malformed token', 'Unsecured JWS']);
  });

  it('asks for the key the alg needs', () => {
    expect(verdict({ view: view(), stale: false, hasKey: false, check: { pending: false } })).toEqual({ status: 'Key required', reason: expect.stringContaining('HS256 needs the shared secret') });
    expect(keyNeeded('JWS', { alg: 'ES384' })).toContain('EC P-384 public key');
    expect(keyNeeded('JWS', { alg: 'PS256' })).toContain('RSA public key');
    expect(keyNeeded('JWE', { alg: 'RSA-OAEP-256' })).toContain("recipient's RSA private key");
    expect(keyNeeded('JWE', { alg: 'A192KW' })).toContain('192-bit AES key (24 bytes');
    expect(keyNeeded('JWE', { alg: 'dir', enc: 'A128CBC-HS256' })).toContain('256 bits for A128CBC-HS256');
    expect(keyNeeded('JWE', { alg: 'dir', enc: 'A256GCM' })).toContain('256 bits for A256GCM');
    expect(keyNeeded('JWE', { alg: 'PBES2-HS256+A128KW' })).toContain('password');
  });

  it('calls an unsecured JWS never verified, whatever the key', () => {
    const r = verdict({ view: view({ kind: 'unsecured', header: { alg: 'none' } }), stale: false, hasKey: true, check: { pending: false } });
    expect(statusLine(r as { status: 'Unsecured JWS'; reason: string })).toBe('Unsecured JWS — there is no signature to check');
  });

  it('names the first blocking problem and its offset for a malformed token', () => {
    const r = verdict({
      view: view({ wellFormed: false, problems: [{ message: 'note', offset: 1, blocking: false }, { message: 'JWS Payload: Invalid base64url', offset: 37, blocking: true }] }),
      stale: false,
      hasKey: true,
      check: { pending: false },
    });
    expect(statusLine(r as { status: 'Malformed token'; reason: string })).toBe('Malformed token — JWS Payload: Invalid base64url (at offset 37)');
  });

  it('never shows a result for older input', () => {
    expect(verdict({ view: view(), stale: true, hasKey: true, check: { pending: false, outcome: { status: 'Signature verified', reason: 'x' } } }).status).toBeUndefined();
    expect(verdict({ view: view(), stale: false, hasKey: true, check: { pending: true } })).toEqual({ status: undefined, reason: 'Checking the signature…' });
  });

  it('maps engine failures: text problems are malformed, the rest fail with the key tried and the step', () => {
    expect(failure({ kind: 'JWS', code: 'ERR_BASE64URL', message: 'bad' }).status).toBe('Malformed token');
    expect(failure({ kind: 'JWS', code: 'ERR_KEY_MISMATCH', message: 'this is an RSA public key; HS256 needs a shared secret', tried: 'an RSA 2048-bit public key' })).toEqual({
      status: 'Invalid signature',
      reason: 'this is an RSA public key; HS256 needs a shared secret; key tried: an RSA 2048-bit public key',
    });
    expect(failure({ kind: 'JWE', code: 'ERR_TAG_MISMATCH', message: 'The tag does not match.', step: 'tag', tried: 'a 16-byte shared secret' }).reason).toBe(
      'The tag does not match; failed while checking the authentication tag; key tried: a 16-byte shared secret',
    );
  });
});

describe('query keys and limits', () => {
  it('fingerprints long texts and keeps short ones exact', () => {
    const long = 'x'.repeat(5000);
    expect(textKey('abc')).toBe('abc');
    expect(textKey(long)).toBe(fingerprint(long));
    expect(fingerprint(long)).not.toBe(fingerprint(`${long.slice(1)}y`));
    expect(fingerprint(long)).toMatch(/^5000:/);
  });

  it("keeps the decoder's PBES2 cap equal to the engine's default", () => {
    expect(DEFAULT_MAX_PBES2_COUNT).toBe(ENGINE_CAP);
  });
});
