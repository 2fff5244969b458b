import { describe, expect, it } from 'vitest';
import { explainClaim, explainHeaderParam } from './explain.ts';

const NOW = 1_700_000_000;

describe('claims explained', () => {
  it('names the registered claims with their RFC 7519 section', () => {
    const iss = explainClaim('iss', 'https://issuer.example', NOW);
    expect(iss.label).toBe('Issuer');
    expect(iss.ref?.label).toBe('RFC 7519 §4.1.1');
    expect(iss.value).toBe('"https://issuer.example"');
    expect(explainClaim('jti', 'x', NOW).ref?.url).toBe('https://www.rfc-editor.org/rfc/rfc7519#section-4.1.7');
  });

  it('explains times in UTC, local and relative words', () => {
    const exp = explainClaim('exp', NOW - 7200, NOW, undefined, 'UTC');
    expect(exp.time?.utc).toBe('2023-11-14 20:13:20 UTC');
    expect(exp.time?.phrase).toBe('expired 2 hours ago');
  });

  it('notices a time in milliseconds and a subject that is not a string', () => {
    expect(explainClaim('exp', NOW * 1000, NOW).meaning).toContain('milliseconds');
    expect(explainClaim('sub', 42, NOW).meaning).toContain('must be a string');
    expect(explainClaim('exp', '1700000000', NOW).meaning).toContain('NumericDate');
  });

  it('names common public claims and marks the rest private', () => {
    expect(explainClaim('email_verified', true, NOW).label).toBe('Email verified');
    expect(explainClaim('scope', 'read', NOW).ref?.label).toBe('RFC 8693 §4.2');
    expect(explainClaim('admin', true, NOW).label).toBe('Private claim');
    // A claim named like an Object.prototype member is just a private claim.
    expect(explainClaim('constructor', 1, NOW).label).toBe('Private claim');
  });

  it('shows a number exactly as written in the token', () => {
    expect(explainClaim('big', 9007199254740992, NOW, '9007199254740993').value).toBe('9007199254740993');
  });
});

describe('header parameters explained', () => {
  it('describes alg and enc values', () => {
    expect(explainHeaderParam('alg', 'HS256').meaning).toMatch(/^HMAC with SHA-256\./);
    expect(explainHeaderParam('alg', 'RSA-OAEP-256').meaning).toMatch(/^RSAES-OAEP with SHA-256/);
    expect(explainHeaderParam('enc', 'A256GCM').ref?.label).toBe('RFC 7516 §4.1.2');
    expect(explainHeaderParam('alg', 'HS257').meaning).toContain('not a registered algorithm');
  });

  it('covers the parameters of RFC 7515, 7516, 7518 and 7797', () => {
    for (const name of ['kid', 'typ', 'cty', 'crit', 'zip', 'jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'epk', 'apu', 'apv', 'p2s', 'p2c', 'iv', 'tag', 'b64']) {
      expect(explainHeaderParam(name, 'x').ref, name).toBeDefined();
    }
    expect(explainHeaderParam('jku', 'https://x').meaning).toContain('never fetched');
    expect(explainHeaderParam('custom', 1).label).toBe('Private parameter');
  });
});
