import { describe, expect, it } from 'vitest';
import { EMPTY_PROMPT, failure, isUnsecuredToken, keyNeeded, STATUSES, statusLine, verdict, type VerdictInput } from './result.ts';
import { fingerprint, textKey } from '../../../lib/fingerprint.ts';
import { DEFAULT_MAX_PBES2_COUNT as ENGINE_CAP } from '../../../jose/index.ts';
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
  it('reads exactly one of seven verdicts (DESIGN.md)', () => {
    expect(STATUSES).toEqual(['Signature verified', 'Invalid signature', 'Decrypted', 'Decryption failed', 'Key required', 'Malformed token', 'Unsecured JWS']);
  });

  it('asks for the key the alg needs', () => {
    expect(verdict({ view: view(), stale: false, hasKey: false, check: { pending: false } })).toEqual({ status: 'Key required', reason: expect.stringContaining('HS256 needs the shared secret'), tone: 'warning', words: { kind: 'keyRequired', jwe: false, header: { alg: 'HS256' } } });
    expect(keyNeeded('JWS', { alg: 'ES384' })).toContain('EC P-384 public key');
    expect(keyNeeded('JWS', { alg: 'PS256' })).toContain('RSA public key');
    expect(keyNeeded('JWE', { alg: 'RSA-OAEP-256' })).toContain("recipient's RSA private key");
    expect(keyNeeded('JWE', { alg: 'A192KW' })).toContain('192-bit AES key (24 bytes');
    expect(keyNeeded('JWE', { alg: 'dir', enc: 'A128CBC-HS256' })).toContain('256 bits for A128CBC-HS256');
    expect(keyNeeded('JWE', { alg: 'dir', enc: 'A256GCM' })).toContain('256 bits for A256GCM');
    expect(keyNeeded('JWE', { alg: 'PBES2-HS256+A128KW' })).toContain('password');
  });

  it('gives an unsecured JWS its own verdict, never verified and not an invalid signature, whatever the key', () => {
    for (const hasKey of [false, true]) {
      const r = verdict({ view: view({ kind: 'unsecured', header: { alg: 'none' } }), stale: false, hasKey, unsecured: true, check: { pending: false } });
      expect(statusLine(r as { status: 'Unsecured JWS'; reason: string })).toBe('Unsecured JWS — there is no signature to check');
      expect(r.tone).toBe('warning');
    }
    const variant = verdict({ view: view({ kind: 'unknown', header: { alg: 'nOnE' } }), stale: false, hasKey: true, unsecured: true, check: { pending: false } });
    expect([variant.status, variant.reason]).toEqual(['Unsecured JWS', expect.stringContaining('a case variant of "none"')]);
    expect(isUnsecuredToken({ structure: 'JWS', header: { alg: 'NONE' } })).toBe(true);
    // A JSON serialization with one real signature among "none" ones is checked like any JWS.
    expect(isUnsecuredToken({ structure: 'JWS', header: { alg: 'none' }, signatures: [{ alg: 'none' }, { alg: 'HS256' }] })).toBe(false);
    expect(isUnsecuredToken({ structure: 'JWE', header: { alg: 'none' } })).toBe(false);
  });

  it('an empty screen is a neutral prompt, not "Malformed token"', () => {
    const r = verdict({ view: view({ kind: 'not-a-token', wellFormed: false, problems: [{ code: 'EMPTY', message: 'The token is empty', offset: 0, blocking: true }] }), stale: false, hasKey: false, check: { pending: false } });
    expect(r).toEqual({ status: undefined, reason: EMPTY_PROMPT, tone: 'prompt', words: { kind: 'empty' } });
    expect(r.reason).not.toMatch(/malformed|error|invalid/i);
  });

  it('a good signature on an expired or not-yet-valid token: the verdict, then "but", in a warning tone', () => {
    const now = 1_800_000_000;
    const good = { status: 'Signature verified' as const, reason: 'HS256 signature checked with an 11-byte shared secret' };
    const at = (claims: Record<string, number>) => verdict({ view: view(), stale: false, hasKey: true, check: { pending: false, outcome: good }, claims, now });
    const expired = at({ exp: now - 61 * 60 });
    expect(statusLine(expired as typeof good)).toBe('Signature verified — but it expired 61 minutes ago; HS256 signature checked with an 11-byte shared secret');
    expect(expired.tone).toBe('warning');
    const early = at({ nbf: now + 3 * 3600, exp: now + 7200 * 4 });
    expect(early.reason).toMatch(/^but it is not valid until 2027-01-15 11:00:00 UTC \(in 3 hours\); HS256/);
    expect(at({ iat: now, exp: now + 3600 })).toEqual({ ...good, tone: 'good', words: { kind: 'outcome', caveats: [] } });
    const decrypted = verdict({ view: view({ kind: 'JWE' }), stale: false, hasKey: true, check: { pending: false, outcome: { status: 'Decrypted', reason: 'dir + A128GCM opened with …' } }, claims: { exp: now - 10 }, now });
    expect(decrypted.reason).toMatch(/^but it expired 10 seconds ago/);
    expect(decrypted.tone).toBe('warning');
  });

  it('a good check under another kid says the kids differ', () => {
    const r = verdict({ view: view(), stale: false, hasKey: true, check: { pending: false, outcome: { status: 'Signature verified', reason: 'HS256 signature checked with x', kids: { token: 'b', key: 'a' } } }, now: 0 });
    expect([r.status, r.reason, r.tone]).toEqual(['Signature verified', 'but the key\'s kid "a" is not the token\'s kid "b"; HS256 signature checked with x', 'warning']);
  });

  it('names the first blocking problem and its offset for a malformed token', () => {
    const r = verdict({
      view: view({ wellFormed: false, problems: [{ code: 'JSON_ESCAPES', message: 'note', offset: 1, blocking: false }, { code: 'BASE64URL', message: 'JWS Payload: Invalid base64url', offset: 37, blocking: true }] }),
      stale: false,
      hasKey: true,
      check: { pending: false },
    });
    expect(statusLine(r as { status: 'Malformed token'; reason: string })).toBe('Malformed token — JWS Payload: Invalid base64url (at offset 37)');
  });

  it('never shows a result for older input', () => {
    expect(verdict({ view: view(), stale: true, hasKey: true, check: { pending: false, outcome: { status: 'Signature verified', reason: 'x' } } }).status).toBeUndefined();
    expect(verdict({ view: view(), stale: false, hasKey: true, check: { pending: true } })).toEqual({ status: undefined, reason: 'Checking the signature…', tone: 'pending', words: { kind: 'checking', jwe: false } });
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
