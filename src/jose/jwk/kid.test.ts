import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { decrypt } from '../jwe/decrypt.ts';
import { verify } from '../jws/verify.ts';
import { importKey } from './import.ts';
import { kidMismatch } from './kid.ts';

// Tokens made by the reference library, so the code under test does not produce what it checks.
const secret = new TextEncoder().encode('a-shared-secret-of-32-bytes-long');
const k = jose.base64url.encode(secret);
const signed = (kid: string) => new jose.CompactSign(new TextEncoder().encode('{"sub":"x"}')).setProtectedHeader({ alg: 'HS256', kid }).sign(secret);
const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe('a key whose kid differs from the token kid', () => {
  it('a lone JWK verifies, with a KID_MISMATCH finding naming both kids', async () => {
    const r = await verify(await signed('token-kid'), await importKey({ kty: 'oct', k, kid: 'key-kid' }));
    expect(codes(r.findings)).toContain('KID_MISMATCH');
    const f = r.findings.find((x) => x.code === 'KID_MISMATCH')!;
    expect(f.message).toContain('"token-kid"');
    expect(f.message).toContain('"key-kid"');
  });

  it('a one-key JWKS verifies with the finding; the same kid, or a key without kid, has none', async () => {
    const one = await verify(await signed('token-kid'), await importKey({ keys: [{ kty: 'oct', k, kid: 'key-kid' }] }));
    expect(codes(one.findings)).toContain('KID_MISMATCH');
    const same = await verify(await signed('key-kid'), await importKey({ kty: 'oct', k, kid: 'key-kid' }));
    expect(codes(same.findings)).not.toContain('KID_MISMATCH');
    const none = await verify(await signed('token-kid'), await importKey({ kty: 'oct', k }));
    expect(codes(none.findings)).not.toContain('KID_MISMATCH');
  });

  it('several keys with no kid match stay an error', async () => {
    const set = await importKey({ keys: [{ kty: 'oct', k, kid: 'a' }, { kty: 'oct', k, kid: 'b' }] });
    await expect(verify(await signed('c'), set)).rejects.toMatchObject({ code: 'ERR_KEY_NOT_FOUND' });
  });

  it('a megabyte kid is echoed in 200 characters, not whole', () => {
    const f = kidMismatch({ kid: 't'.repeat(1_000_000) }, { kid: 'k' }, 'verify')!;
    expect(f.message.length).toBeLessThan(600);
    expect(f.message).toContain('(1000000 characters)');
  });

  it('decrypt says the same for a JWE', async () => {
    const jwe = await new jose.CompactEncrypt(new TextEncoder().encode('hi')).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: 'token-kid' }).encrypt(secret);
    const r = await decrypt(jwe, await importKey({ kty: 'oct', k, kid: 'key-kid' }));
    expect(codes(r.findings)).toContain('KID_MISMATCH');
  });
});
