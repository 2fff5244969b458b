// `jose-lab sd-jwt decode | verify | issue | present`, and `verify` given an SD-JWT, run as real
// processes on the built CLI: RFC 9901's own examples verify with its Appendix A.5 key, what the CLI
// issues and presents is verified by @sd-jwt/core (wired to node:crypto, never the engine), and every
// failure has its exit status and the page's words.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdJwtOracle } from '../sd-jwt/oracle.ts';
import { ensureBuilt } from './build.ts';
import { jl, json } from './run.ts';

interface RfcToken { section: string; kind: string; keyBinding: boolean; text: string; processed?: Record<string, unknown> }
const RFC = JSON.parse(readFileSync(new URL('../vectors/sd-jwt/rfc9901/rfc9901-examples.json', import.meta.url), 'utf8')) as {
  issuerPublicKey: Record<string, unknown>;
  keyBinding: { nonce: string; aud: string; iat: number };
  tokens: RfcToken[];
};
const withKb = RFC.tokens.find((t) => t.section === '5.2')!;
const withoutKb = RFC.tokens.find((t) => t.section === 'A.1')!;
// The Key Binding JWT was made at RFC.keyBinding.iat: check it then.
const AT_KB = String(RFC.keyBinding.iat + 10);
const KB = ['--kb-aud', RFC.keyBinding.aud, '--kb-nonce', RFC.keyBinding.nonce, '--now', AT_KB];

type Jwk = Record<string, unknown>;
const pair = () => {
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { priv: kp.privateKey.export({ format: 'jwk' }) as Jwk, pub: kp.publicKey.export({ format: 'jwk' }) as Jwk };
};
const issuer = pair();
const holder = pair();
let dir = '';
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
let rfcKey = '';
let issuerKey = '';
let issuerPub = '';
let holderKey = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jose-lab-sd-jwt-'));
  rfcKey = file('rfc-issuer.jwk', JSON.stringify(RFC.issuerPublicKey));
  issuerKey = file('issuer.jwk', JSON.stringify({ ...issuer.priv, alg: 'ES256' }));
  issuerPub = file('issuer.pub.jwk', JSON.stringify(issuer.pub));
  holderKey = file('holder.jwk', JSON.stringify(holder.priv));
  await ensureBuilt();
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('sd-jwt verify and decode on RFC 9901\'s examples', () => {
  it('verifies the §5.2 SD-JWT+KB with the A.5 key: the processed payload the RFC prints, every Key Binding check passed (exit 0)', async () => {
    const r = await jl(['sd-jwt', 'verify', withKb.text, '--key', rfcKey, ...KB, '--kb-required', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = json(r);
    expect(doc).toMatchObject({ status: 'Signature verified', verified: true, claimsValid: true, kind: 'SD-JWT+KB', sdAlg: 'sha-256', claims: withKb.processed });
    expect((doc.kbChecks as { id: string; status: string }[]).map((c) => [c.id, c.status])).toEqual(expect.arrayContaining([['aud', 'ok'], ['nonce', 'ok'], ['sd_hash', 'ok'], ['signature', 'ok']]));
    expect(doc.reason).toMatch(/^ES256 signature checked with an EC P-256 public key; \d+ Disclosures found in place by digest; Key Binding JWT checked with the holder key in "cnf"$/);
    const text = await jl(['sd-jwt', 'verify', withKb.text, '--key', rfcKey, ...KB]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Signature verified — ES256 signature checked/);
    expect(text.stdout).toContain('Disclosure tree (sha-256)');
    expect(text.stdout).toMatch(/nationalities: \[…\]\s+always visible\n\s+0: "US"\s+disclosed · Disclosure \d · salt [\w-]+ · digest [\w-]{43}\n\s+1 hidden\s+1 undisclosed digest \(withheld elements or decoys\)/);
    expect(text.stdout).toMatch(/✓ nonce\s+"nonce" is "1234567890", as expected/);
  });

  it('`verify` given an SD-JWT prints the same tree and Key Binding checks; `decode` points to `sd-jwt decode`', async () => {
    const r = await jl(['verify', withKb.text, '--key', rfcKey, ...KB]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Disclosure tree (sha-256)');
    expect(r.stdout).toContain('Key Binding JWT (kb+jwt, ES256)');
    expect(r.stdout).toContain('Best practices (RFC 8725)');
    const decoded = await jl(['decode', withKb.text]);
    expect(decoded.code).toBe(0);
    expect(decoded.stdout).toMatch(/^SD-JWT · compact serialization\n/);
    expect(decoded.stdout).toContain('the Key Binding JWT\'s checks: jose-lab sd-jwt decode');
  });

  it('fails on a wrong nonce, a missing Key Binding JWT when required, and another Issuer key (exit 1)', async () => {
    const nonce = await jl(['sd-jwt', 'verify', withKb.text, '--key', rfcKey, '--kb-aud', RFC.keyBinding.aud, '--kb-nonce', 'not-the-nonce', '--now', AT_KB]);
    expect(nonce.code).toBe(1);
    expect(nonce.stdout).toMatch(/^Invalid signature — Key Binding JWT: "nonce" is "1234567890", expected "not-the-nonce"/);
    expect(nonce.stdout).toMatch(/✗ nonce\s+"nonce" is "1234567890", expected "not-the-nonce"/);
    const required = await jl(['sd-jwt', 'verify', withoutKb.text, '--key', rfcKey, '--kb-required', '--now', AT_KB, '--json']);
    expect(required.code).toBe(1);
    expect(json(required)).toMatchObject({ verified: false, error: { code: expect.stringMatching(/^ERR_SDJWT_KB/) } });
    const other = await jl(['sd-jwt', 'verify', withKb.text, '--key', issuerPub, ...KB, '--json']);
    expect(other.code).toBe(1);
    expect(json(other)).toMatchObject({ status: 'Invalid signature', verified: false, claims: withKb.processed });
  });

  it('refuses a Disclosure whose digest is nowhere in the payload, and says which', async () => {
    // A Disclosure of our own making, appended before the Key Binding JWT: no digest refers to it.
    const stray = Buffer.from('["c2FsdHNhbHRzYWx0","given_name","Mallory"]').toString('base64url');
    const r = await jl(['sd-jwt', 'verify', withoutKb.text + stray + '~', '--key', rfcKey, '--now', AT_KB, '--json']);
    expect(r.code).toBe(1);
    expect(json(r).error).toMatchObject({ code: expect.stringMatching(/^ERR_SDJWT_/), message: expect.stringMatching(/digest/i) });
  });

  it('decodes without a key: the tree, each Disclosure, and a warning that the Issuer\'s signature is not checked', async () => {
    const r = await jl(['sd-jwt', 'decode', withoutKb.text]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^SD-JWT · compact serialization · 2 Disclosures\nThe Issuer's signature is not checked here/);
    expect(r.stdout).toMatch(/region: "港区"\s+disclosed · Disclosure \d · salt [\w-]+ · digest [\w-]{43}/);
    expect(r.stdout).toMatch(/\d+ hidden\s+\d+ undisclosed digests \(withheld claims or decoys\)/);
    const doc = json(await jl(['sd-jwt', 'decode', withoutKb.text, '--json']));
    expect(doc).toMatchObject({ kind: 'SD-JWT', verified: false, claims: withoutKb.processed, kb: null });
    expect(doc.disclosures).toHaveLength(2);
  });

  it('says what the text is when it is not an SD-JWT, and asks for a key (exit 2)', async () => {
    const jwt = withKb.text.slice(0, withKb.text.indexOf('~'));
    const plain = await jl(['sd-jwt', 'decode', jwt]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('without Disclosures, not an SD-JWT');
    const noKey = await jl(['sd-jwt', 'verify', withKb.text, '--json']);
    expect(noKey.code).toBe(2);
    expect(json(noKey)).toMatchObject({ status: 'Key required', error: { code: 'ERR_KEY_REQUIRED' } });
    const bad = await jl(['sd-jwt', 'frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('decode, verify, issue or present');
  });
});

describe('sd-jwt issue and present, checked by @sd-jwt/core', () => {
  const CLAIMS = { iss: 'https://issuer.example', iat: 1_700_000_000, exp: 4_000_000_000, vct: 'https://credentials.example/id', given_name: 'Erika', address: { locality: 'Köln', street: 'Main St' }, nationalities: ['DE', 'FR'] };
  const AUD = 'https://verifier.example';
  const NONCE = 'n-0S6_WzA2Mj';
  let issued = '';

  beforeAll(async () => {
    const r = await jl(['sd-jwt', 'issue', '--key', issuerKey, '--alg', 'ES256', '--typ', 'dc+sd-jwt', '--holder-key', holderKey,
      '--disclose', '/given_name', '--disclose', '/address', '--disclose', '/address/locality', '--disclose', '/nationalities/1', '--decoys', '2', '-'], { input: JSON.stringify(CLAIMS) });
    expect(r.code, r.stderr).toBe(0);
    issued = r.stdout.trim();
  }, 60_000);

  it('issues an SD-JWT the reference library reads to the same claims, bound to the holder key', async () => {
    const oracle = sdJwtOracle({ alg: 'ES256', issuerPublic: issuer.pub });
    const theirs = await oracle.verify(issued);
    expect(theirs.payload).toEqual({ ...CLAIMS, cnf: { jwk: { kty: 'EC', crv: 'P-256', x: holder.pub.x, y: holder.pub.y } } });
    expect(issued.split('~')).toHaveLength(1 + 4 + 1); // the JWT, 4 Disclosures, the empty end
  });

  it('presents a chosen Disclosure with a Key Binding JWT the reference library accepts, and the CLI verifies (exit 0)', async () => {
    const p = await jl(['sd-jwt', 'present', '-', '--disclose', '/address/locality', '--holder-key', holderKey, '--aud', AUD, '--nonce', NONCE, '--key', issuerPub], { input: issued });
    expect(p.code, p.stderr).toBe(0);
    const presentation = p.stdout.trim();
    const oracle = sdJwtOracle({ alg: 'ES256', issuerPublic: issuer.pub });
    const theirs = await oracle.verify(presentation, { keyBindingNonce: NONCE });
    expect(theirs.payload).toMatchObject({ address: { locality: 'Köln', street: 'Main St' } });
    expect(theirs.payload).not.toHaveProperty('given_name');
    expect(theirs.kb?.payload).toMatchObject({ aud: AUD, nonce: NONCE });
    const v = await jl(['sd-jwt', 'verify', '-', '--key', issuerPub, '--kb-aud', AUD, '--kb-nonce', NONCE, '--kb-required', '--json'], { input: presentation });
    expect(v.code, v.stdout).toBe(0);
    expect(json(v)).toMatchObject({ verified: true, kind: 'SD-JWT+KB', claims: { address: { locality: 'Köln' } }, profile: { profile: 'dc+sd-jwt' }, profileValid: true });
  });

  it('issues the JWS JSON serialization (RFC 9901 §8) with sha-512 digests, which verify reads as such', async () => {
    const made = await jl(['sd-jwt', 'issue', '--key', issuerKey, '--alg', 'ES256', '--typ', 'dc+sd-jwt', '--serialization', 'general', '--sd-alg', 'sha-512', '--disclose', '/given_name', JSON.stringify(CLAIMS)]);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ payload: expect.any(String), signatures: [{ protected: expect.any(String), signature: expect.any(String) }] });
    const v = await jl(['sd-jwt', 'verify', made.stdout, '--key', issuerPub, '--json']);
    expect(v.code, v.stdout).toBe(0);
    expect(json(v)).toMatchObject({ verified: true, serialization: 'json-general', sdAlg: 'sha-512', claims: CLAIMS, profileValid: true, profile: { profile: 'dc+sd-jwt', part: 'issuer-jwt' } });
  });

  it('presents with --json, and refuses what it cannot do (exit 2)', async () => {
    const all = json(await jl(['sd-jwt', 'present', issued, '--all', '--json']));
    expect(all).toMatchObject({ keyBinding: false, claims: CLAIMS });
    expect(all.disclosed).toEqual(expect.arrayContaining(['/given_name', '/address', '/address/locality', '/nationalities/1']));
    const nothing = await jl(['sd-jwt', 'present', issued]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('--disclose /pointer');
    const noHolder = await jl(['sd-jwt', 'present', issued, '--all', '--aud', AUD]);
    expect(noHolder.code).toBe(2);
    expect(noHolder.stderr).toContain('--holder-key');
    const noAlg = await jl(['sd-jwt', 'issue', '--key', issuerKey, '--alg', 'none', '{}']);
    expect(noAlg.code).toBe(2);
  });
});
