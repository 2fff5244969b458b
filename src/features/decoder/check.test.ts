import { describe, expect, it } from 'vitest';
import { checkToken, type CheckRequest } from './check.ts';
import { EXAMPLES_DATA } from './examplesData.ts';
import { decodeView } from './view.ts';
import rsa15 from '../../../test/vectors/rfc7520/jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json' with { type: 'json' };

function request(token: string, keyText: string, encoding: CheckRequest['encoding'] = 'utf8', maxPbes2Count = 10_000): CheckRequest {
  const view = decodeView(token);
  return { token: token.slice(view.start, view.end), kind: view.kind === 'JWE' ? 'JWE' : 'JWS', ...(view.header ? { header: view.header } : {}), keyText, encoding, maxPbes2Count };
}

describe('checkToken: the verdict and its reason', () => {
  for (const example of EXAMPLES_DATA.filter((e) => e.key !== '')) {
    it(`${example.id}: ${example.label}`, async () => {
      const out = await checkToken(request(example.token, example.key, example.encoding));
      const jwe = decodeView(example.token).kind === 'JWE';
      expect(out.status, out.reason).toBe(jwe ? 'Decrypted' : 'Signature verified');
    });
  }

  it('says which key was tried when the secret is wrong', async () => {
    const seed = EXAMPLES_DATA.find((e) => e.id === 'seed-hs256-password')!;
    const out = await checkToken(request(seed.token, 'wrong'));
    expect(out.status).toBe('Invalid signature');
    expect(out.reason).toContain('5-byte shared secret');
  });

  it('names an RSA public key given for an HS256 token as algorithm confusion', async () => {
    const seed = EXAMPLES_DATA.find((e) => e.id === 'seed-hs256-password')!;
    const rsa = EXAMPLES_DATA.find((e) => e.id === 'rfc7520-4.1')!;
    const out = await checkToken(request(seed.token, rsa.key));
    expect(out.status).toBe('Invalid signature');
    expect(out.findings.map((f) => f.code)).toContain('ALG_CONFUSION');
  });

  it('reads a key that is not valid in the chosen encoding as "Key required"', async () => {
    const seed = EXAMPLES_DATA.find((e) => e.id === 'seed-hs256-password')!;
    const out = await checkToken(request(seed.token, 'zz-not-hex', 'hex'));
    expect(out.status).toBe('Key required');
    expect(out.reason).toMatch(/could not be read.*hex/);
  });

  it('offers to raise the PBES2 cap when p2c is above it', async () => {
    const pbes2 = EXAMPLES_DATA.find((e) => e.id === 'rfc7520-5.3')!;
    const out = await checkToken(request(pbes2.token, pbes2.key, 'utf8', 1000));
    expect(out.status).toBe('Decryption failed');
    expect(out.limit).toEqual({ member: 'p2c', value: 8192, cap: 1000 });
  });

  it('says a wrong JWE key fails while unwrapping the key', async () => {
    const jwe = EXAMPLES_DATA.find((e) => e.id === 'rfc7520-5.6')!;
    const out = await checkToken(request(jwe.token, '{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAA"}'));
    expect(out.status).toBe('Decryption failed');
    expect(out.reason).toContain('key tried');
  });

  it('decrypts RSA1_5 (RFC 7520 §5.1), which libraries refuse by default, and says so in the findings', async () => {
    const out = await checkToken(request(rsa15.output.compact, JSON.stringify(rsa15.input.key)));
    expect(out.status, out.reason).toBe('Decrypted');
    expect(out.findings.map((f) => f.code)).toContain('ALG_ACCEPTED_HERE');
    expect(out.findings.some((f) => f.code.includes('RSA1_5') && f.severity === 'danger')).toBe(true);
    expect(out.decrypted?.content.text).toContain('Frodo');
  });
});
