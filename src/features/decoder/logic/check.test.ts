import { describe, expect, it } from 'vitest';
import { checkToken, type CheckRequest } from './check.ts';
import { EXAMPLE_TOKENS } from '../../../lib/examples/examples.data.ts';
import { decodeView } from './view.ts';
import { DECODE_EXAMPLES } from '../components/ExamplePicker.tsx';
import rsa15 from '../../../../test/vectors/rfc7520/jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json' with { type: 'json' };
import multi from '../../../../test/vectors/rfc7520/jws/4_8.multiple_signatures.json' with { type: 'json' };
import bilboEc from '../../../../test/vectors/rfc7520/jwk/3_1.ec_public_key.json' with { type: 'json' };
import bilboRsa from '../../../../test/vectors/rfc7520/jwk/3_3.rsa_public_key.json' with { type: 'json' };
import hmacKey from '../../../../test/vectors/rfc7520/jwk/3_5.symmetric_key_mac_computation.json' with { type: 'json' };
import recipients from '../../../../test/vectors/rfc7520/jwe/5_13.encrypting_to_multiple_recipients.json' with { type: 'json' };
import { tokenText } from './view.ts';
import { verdict } from './result.ts';
import { importKey, issueSdJwt, type JoseKey } from '../../../jose/index.ts';

function request(token: string, keyText: string, encoding: CheckRequest['encoding'] = 'utf8', maxPbes2Count = 10_000): CheckRequest {
  const view = decodeView(token);
  return { token: tokenText(view, token), kind: view.structure ?? 'JWS', ...(view.header ? { header: view.header } : {}), keyText, encoding, maxPbes2Count };
}

describe('checkToken: the verdict and its reason', () => {
  for (const example of EXAMPLE_TOKENS.filter((e) => DECODE_EXAMPLES.includes(e.id) && e.keyText !== '')) {
    it(`${example.id}`, async () => {
      const out = await checkToken(request(example.token, example.keyText, example.keyEncoding));
      const jwe = decodeView(example.token).kind === 'JWE';
      expect(out.status, out.reason).toBe(jwe ? 'Decrypted' : 'Signature verified');
    });
  }

  it('says which key was tried when the secret is wrong', async () => {
    const seed = EXAMPLE_TOKENS.find((e) => e.id === 'seed-hs256-password')!;
    const out = await checkToken(request(seed.token, 'wrong'));
    expect(out.status).toBe('Invalid signature');
    expect(out.reason).toContain('5-byte shared secret');
  });

  it('names an RSA public key given for an HS256 token as algorithm confusion', async () => {
    const seed = EXAMPLE_TOKENS.find((e) => e.id === 'seed-hs256-password')!;
    const rsa = EXAMPLE_TOKENS.find((e) => e.id === 'rfc7520-4.1')!;
    const out = await checkToken(request(seed.token, rsa.keyText));
    expect(out.status).toBe('Invalid signature');
    expect(out.findings.map((f) => f.code)).toContain('ALG_CONFUSION');
  });

  it('reads a key that is not valid in the chosen encoding as "Key required"', async () => {
    const seed = EXAMPLE_TOKENS.find((e) => e.id === 'seed-hs256-password')!;
    const out = await checkToken(request(seed.token, 'zz-not-hex', 'hex'));
    expect(out.status).toBe('Key required');
    expect(out.reason).toMatch(/could not be read.*hex/);
  });

  it('offers to raise the PBES2 cap when p2c is above it', async () => {
    const pbes2 = EXAMPLE_TOKENS.find((e) => e.id === 'rfc7520-5.3')!;
    const out = await checkToken(request(pbes2.token, pbes2.keyText, 'utf8', 1000));
    expect(out.status).toBe('Decryption failed');
    expect(out.limit).toEqual({ member: 'p2c', value: 8192, cap: 1000 });
  });

  it('says a wrong JWE key fails while unwrapping the key', async () => {
    const jwe = EXAMPLE_TOKENS.find((e) => e.id === 'rfc7520-5.6')!;
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

  it('three signatures (RFC 7520 §4.8): a verdict for each, for the key given', async () => {
    const token = JSON.stringify(multi.output.json, null, 2);
    const ec = await checkToken(request(token, JSON.stringify(bilboEc)));
    expect([ec.status, ec.signatureIndex]).toEqual(['Signature verified', 1]);
    expect(ec.parties?.map((p) => p.state)).toEqual(['not-checked', 'verified', 'not-checked']);
    expect(ec.parties?.[1]?.reason).toContain('EC P-521 public key');
    const all = await checkToken(request(token, JSON.stringify({ keys: [bilboRsa, bilboEc, hmacKey] })));
    expect(all.parties?.map((p) => p.state)).toEqual(['verified', 'verified', 'verified']);
    const wrong = await checkToken(request(token, JSON.stringify({ ...hmacKey, k: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })));
    expect(wrong.status).toBe('Invalid signature');
    expect(wrong.parties?.map((p) => p.state)).toEqual(['not-checked', 'not-checked', 'invalid']);
  });

  it('a compact token has no per-signature verdicts (the Result is its verdict)', async () => {
    const seed = EXAMPLE_TOKENS.find((e) => e.id === 'seed-hs256-password')!;
    expect((await checkToken(request(seed.token, 'password'))).parties).toBeUndefined();
  });

  it('a one-key JWK under another kid verifies and names both kids', async () => {
    const seed = EXAMPLE_TOKENS.find((e) => e.id === 'rfc7520-4.1')!;
    const key = { ...JSON.parse(seed.keyText), kid: 'someone-else' };
    const out = await checkToken(request(seed.token, JSON.stringify(key)));
    expect(out.status).toBe('Signature verified');
    expect(out.kids).toEqual({ token: 'bilbo.baggins@hobbiton.example', key: 'someone-else' });
    expect(out.findings.map((f) => f.code)).toContain('KID_MISMATCH');
  });

  it('a token broken across lines is checked as the token inspect read', async () => {
    const seed = EXAMPLE_TOKENS.find((e) => e.id === 'seed-hs256-notsosecret')!;
    const broken = `${seed.token.slice(0, 30)}\n${seed.token.slice(30, 90)}\r\n  ${seed.token.slice(90)}`;
    const out = await checkToken(request(broken, 'notsosecret'));
    expect(out.status, out.reason).toBe('Signature verified');
  });

  it('three recipients (RFC 7520 §5.13): a verdict for each; the EC key opens the second', async () => {
    const token = JSON.stringify(recipients.output.json, null, 2);
    const out = await checkToken(request(token, JSON.stringify(recipients.input.key[1])));
    expect([out.status, out.recipientIndex]).toEqual(['Decrypted', 1]);
    expect(out.parties?.map((p) => p.state)).toEqual(['not-checked', 'decrypted', 'not-checked']);
    const all = await checkToken(request(token, JSON.stringify({ keys: recipients.input.key })));
    expect(all.parties?.map((p) => p.state)).toEqual(['decrypted', 'decrypted', 'decrypted']);
  });

  it('a JWS header with "enc" is still checked as the JWS its structure says', async () => {
    const header = Buffer.from('{"alg":"HS256","enc":"A128GCM"}').toString('base64url');
    const token = `${header}.${Buffer.from('{}').toString('base64url')}.c2ln`;
    expect(decodeView(token).structure).toBe('JWS');
    const out = await checkToken(request(token, 'secret'));
    expect(out.status).toBe('Invalid signature');
    expect(out.reason).toContain('HS256');
  });
});

describe('checkToken: an SD-JWT', () => {
  it('comes back without caveats, so the page says "but it expired" once, against its own clock', async () => {
    const secret = 'a-shared-secret-of-32-bytes-long';
    const now = Math.floor(Date.now() / 1000);
    const token = await issueSdJwt({ sub: 'x', given_name: 'Erika', exp: now - 3600 }, (await importKey(secret)) as JoseKey, { alg: 'HS256', disclose: ['/given_name'] });
    const view = decodeView(token);
    expect(view.kind).toBe('SD-JWT');
    const out = await checkToken({ ...request(token, secret), sdJwt: true });
    expect(out.status, out.reason).toBe('Signature verified');
    expect(out.reason).not.toContain('expired');
    const shown = verdict({ view, stale: false, hasKey: true, check: { outcome: out, pending: false }, ...(view.claims ? { claims: view.claims } : {}), now });
    expect(shown.reason.match(/expired/g)).toEqual(['expired']);
    expect(shown.tone).toBe('warning');
  });
});
