import { describe, expect, it } from 'vitest';
import { decrypt, importKey, verify, type JoseKey } from '../../jose/index.ts';
import seeds from '../../../test/vectors/seeds.json' with { type: 'json' };
import { encodeInput } from './encodeInput.test-support.ts';
import { encodeToken, prepare } from './encode.ts';

const base = encodeInput;

describe('minify vs exact bytes', () => {
  it('Minify off encodes the header and claims exactly as typed: both seed tokens reproduce', async () => {
    for (const seed of [seeds.hs256_password, seeds.hs256_notsosecret]) {
      const r = await encodeToken(base({ headerText: seed.header, claimsText: seed.claims, minify: false, key: { text: seed.secret, encoding: 'utf8' } }));
      expect(r.ok && r.token).toBe(seed.token);
      // Short secrets still sign, and the finding says so.
      expect(r.findings.map((f) => f.code)).toContain('WEAK_HMAC_SECRET');
    }
  });
  it('Minify on re-serializes compactly, keeping member order and values', () => {
    const p = prepare({ headerText: '{ "typ" : "JWT",\n "alg": "HS256" }', claimsText: '{\n  "b": 1,\n  "a": [1, 2]\n}', payloadType: 'json', minify: true });
    expect([p.headerBytes, p.payload]).toEqual(['{"typ":"JWT","alg":"HS256"}', '{"b":1,"a":[1,2]}']);
    const exact = prepare({ headerText: '{ "typ" : "JWT",\n "alg": "HS256" }', claimsText: 'x', payloadType: 'text', minify: false });
    expect([exact.headerBytes, exact.payload]).toEqual(['{ "typ" : "JWT",\n "alg": "HS256" }', 'x']);
  });
  it('invalid JSON is an error at line:column, never encoded as text', async () => {
    const r = await encodeToken(base({ claimsText: '{"sub": "a",\n  "exp": }' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/Invalid JSON in the claims: .* at line 2, column 10/);
    const h = await encodeToken(base({ headerText: '{"alg" "HS256"}' }));
    expect(!h.ok && h.reason).toMatch(/protected header.*line 1, column 8/);
  });
});

describe('every reason for no token is said', () => {
  it('no key, a key that does not fit, an unknown alg', async () => {
    // An empty key is a prompt, not an error: the status is not styled as one.
    expect(await encodeToken(base({ key: { text: '', encoding: 'utf8' } }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^No key/), waiting: true });
    expect(await encodeToken(base({ key: { text: '{"kty":', encoding: 'utf8' } }))).not.toHaveProperty('waiting');
    const ec = await encodeToken(base({ headerText: '{"alg":"ES256"}' }));
    expect(!ec.ok && ec.reason).toMatch(/^The key does not fit ES256: .*EC key on P-256/);
    expect(await encodeToken(base({ headerText: '{"alg":"HS999"}' }))).toMatchObject({ ok: false, reason: expect.stringMatching(/not an algorithm/) });
  });
});

describe('round trips through the engine', () => {
  it('a JWE to a password with exact header bytes decrypts, and "Open in Decode" gets the password', async () => {
    const r = await encodeToken(base({ headerText: '{"alg": "PBES2-HS256+A128KW", "enc": "A128GCM"}', minify: false, key: { text: 'pw of the test', encoding: 'utf8' } }));
    if (!r.ok) throw new Error(r.reason);
    expect(r.status).toBe('Encrypted');
    expect(r.decodeKey).toEqual({ keyText: 'pw of the test', keyEncoding: 'utf8' });
    expect(Buffer.from(r.token.split('.')[0]!, 'base64url').toString().startsWith('{"alg": "PBES2-HS256+A128KW", "enc": "A128GCM"')).toBe(true);
    const key = (await importKey('pw of the test', { password: true })) as JoseKey;
    const out = await decrypt(r.token, key, { algorithms: ['PBES2-HS256+A128KW'] });
    expect(new TextDecoder().decode(out.plaintext)).toBe('{"sub": "a", "exp": 2000000000}');
  });
  it('JWS signatures hand the public key to the decoder; general JSON carries both signatures', async () => {
    const { generateKey } = await import('../../jose/index.ts');
    const a = await generateKey('ES256', { bind: false });
    const b = await generateKey('EdDSA', { bind: false });
    if (a.kind !== 'pair' || b.kind !== 'pair') throw new Error('pairs expected');
    const r = await encodeToken(
      base({
        headerText: '{"alg":"ES256"}',
        key: { text: JSON.stringify(a.privateKey.jwk), encoding: 'utf8' },
        serialization: 'general',
        extra: [{ alg: 'EdDSA', key: { text: JSON.stringify(b.privateKey.jwk), encoding: 'utf8' } }],
      }),
    );
    if (!r.ok) throw new Error(r.reason);
    expect(JSON.parse(r.decodeKey!.keyText)).not.toHaveProperty('d');
    expect((JSON.parse(r.token) as { signatures: unknown[] }).signatures).toHaveLength(2);
    await expect(verify(r.token, b.publicKey)).resolves.toMatchObject({ signatureIndex: 1 });
  });
});

describe('key sets', () => {
  it('a JWKS signs with the chosen kid, else the header\'s kid, and offers its kids', async () => {
    const jwks = JSON.stringify({ keys: [{ kty: 'oct', kid: 'one', k: Buffer.alloc(32, 1).toString('base64url') }, { kty: 'oct', kid: 'two', k: Buffer.alloc(32, 2).toString('base64url') }] });
    const byHeader = await encodeToken(base({ headerText: '{"alg":"HS256","kid":"two"}', key: { text: jwks, encoding: 'utf8' } }));
    const chosen = await encodeToken(base({ headerText: '{"alg":"HS256","kid":"two"}', key: { text: jwks, encoding: 'utf8', kid: 'one' } }));
    if (!byHeader.ok || !chosen.ok) throw new Error('expected tokens');
    expect(byHeader.kids).toEqual(['one', 'two']);
    const two = (await importKey({ kty: 'oct', k: Buffer.alloc(32, 2).toString('base64url') })) as JoseKey;
    const one = (await importKey({ kty: 'oct', k: Buffer.alloc(32, 1).toString('base64url') })) as JoseKey;
    await expect(verify(byHeader.token, two)).resolves.toBeTruthy();
    await expect(verify(chosen.token, one)).resolves.toBeTruthy();
    expect(JSON.parse(chosen.decodeKey!.keyText)).toMatchObject({ kid: 'one' });
  });
});
