// `jose-lab verify`'s profile checks, best practices and key provenance, and DER key files, run as
// real processes on the built CLI. The tokens are made by panva `jose` and the keys by node:crypto,
// the hashes (at_hash, thumbprints) computed here: the engine never judges its own output.
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calculateJwkThumbprint, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64, pem, standardChain } from '../profiles/certs.ts';
import { ensureBuilt } from './build.ts';
import { jl, json } from './run.ts';

const SEED =
  'eyJhbGciOiAiSFMyNTYifQ.eyJpc3MiOiAiaHR0cDovL3d3dy5leGFtcGxlLmNvbSIsICJzdWIiOiA0MiwgImV4cCI6IDEzOTU2NzQ0Mjd9.WYApAiwiKd-eDClA1fg7XFrnfHzUTgrmdRQY4M19Vr8';
const ISSUER = 'https://idp.example';
const CLIENT = 'client-1';
const ACCESS_TOKEN = 'dGhpcyBpcyBhbiBhY2Nlc3MgdG9rZW4';
// OpenID Connect Core §3.3.2.11: the left half of SHA-256 of the ASCII access token, base64url.
const AT_HASH = createHash('sha256').update(ACCESS_TOKEN).digest().subarray(0, 16).toString('base64url');
const NOW = Math.floor(Date.now() / 1000);

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
let dir = '';
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
let idToken = '';
let dpopProof = '';
let spkiDer = '';

async function signed(key: KeyObject, alg: string, header: Record<string, unknown>, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg, ...header }).sign(key);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jose-lab-profile-'));
  spkiDer = file('rsa.pub.der', rsa.publicKey.export({ type: 'spki', format: 'der' }));
  idToken = await signed(rsa.privateKey, 'RS256', { typ: 'JWT' }, { iss: ISSUER, sub: 'user-1', aud: CLIENT, iat: NOW - 60, exp: NOW + 3600, nonce: 'n-1', at_hash: AT_HASH });
  const jwk = ec.publicKey.export({ format: 'jwk' });
  dpopProof = await signed(ec.privateKey, 'ES256', { typ: 'dpop+jwt', jwk }, { jti: 'proof-1', htm: 'POST', htu: 'https://rs.example/api', iat: NOW - 5 });
  await ensureBuilt();
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('verify: profile checks and best practices', () => {
  it('checks an ID token against --nonce, --client-id, --iss and --access-token (at_hash): exit 0', async () => {
    const r = await jl(['verify', idToken, '--key', spkiDer, '--iss', ISSUER, '--client-id', CLIENT, '--nonce', 'n-1', '--access-token', ACCESS_TOKEN, '--json']);
    expect(r.code, r.stdout).toBe(0);
    const doc = json<{ profileValid: boolean; profile: { profile: string; detectedBy: string; checks: { id: string; ok: unknown }[] }; bestPractices: unknown[] }>(r);
    expect(doc).toMatchObject({ status: 'Signature verified', verified: true, claimsValid: true, profileValid: true, provenance: { source: 'pasted' } });
    expect(doc.profile).toMatchObject({ profile: 'id_token', detectedBy: 'claims' });
    const ok = Object.fromEntries(doc.profile.checks.map((c) => [c.id, c.ok]));
    expect(ok).toMatchObject({ iss: true, aud: true, nonce: true, at_hash: true });
    expect(doc.bestPractices.length).toBeGreaterThan(10);
  });

  it('fails a good signature whose "must" profile check fails (wrong nonce, another access token): exit 1, said on the last line', async () => {
    const r = await jl(['verify', idToken, '--key', spkiDer, '--client-id', CLIENT, '--nonce', 'n-2', '--access-token', 'another-token']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Signature verified — RS256 signature checked with an RSA 2048-bit public key\nKey: pasted \(given with --key\)/);
    expect(r.stdout).toMatch(/✗ must\s+nonce\s+"nonce" is "n-1"; expected "n-2"/);
    expect(r.stdout).toMatch(/✗ Not valid as id_token: nonce, at_hash failed \(a "must" check\)/);
    const doc = json(await jl(['verify', idToken, '--key', spkiDer, '--nonce', 'n-2', '--json']));
    expect(doc).toMatchObject({ verified: true, claimsValid: true, profileValid: false });
  });

  it('without context, a check it cannot make says which option gives it; --profile checks as asked', async () => {
    const r = await jl(['verify', idToken, '--key', spkiDer]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/– must\s+nonce\s+.*\(give --nonce\)/);
    const asked = json<{ profile: { profile: string; detectedBy: string } }>(await jl(['verify', idToken, '--key', spkiDer, '--profile', 'at+jwt', '--json']));
    expect(asked.profile).toMatchObject({ profile: 'at+jwt', detectedBy: 'context' });
    const wrong = await jl(['verify', idToken, '--key', spkiDer, '--profile', 'id-token']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--profile must be one of id_token');
  });

  it('checks a DPoP proof with the key in its own header (provenance: header-jwk) and the request it came with', async () => {
    const good = await jl(['verify', dpopProof, '--key-source', 'header-jwk', '--dpop-htm', 'POST', '--dpop-htu', 'https://rs.example/api?x=1', '--json']);
    expect(good.code, good.stdout).toBe(0);
    expect(json(good)).toMatchObject({ verified: true, profileValid: true, provenance: { source: 'header-jwk' }, profile: { profile: 'dpop+jwt', detectedBy: 'typ' } });
    const text = await jl(['verify', dpopProof, '--key-source', 'header-jwk', '--dpop-htm', 'GET', '--dpop-htu', 'https://rs.example/api']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/\nKey: from the header's jwk \(untrusted: the token chose its key\)\n/);
    expect(text.stdout).toMatch(/✗ must\s+htm/);
    const jkt = await calculateJwkThumbprint(ec.publicKey.export({ format: 'jwk' }) as JWK);
    const bound = json<{ profile: { checks: { id: string; ok: unknown }[] } }>(await jl(['verify', dpopProof, '--key-source', 'header-jwk', '--dpop-jkt', jkt, '--json']));
    expect(bound.profile.checks.find((c) => c.id === 'jkt')?.ok).toBe(true);
  });

  it('never lets the best-practices checklist change the exit status: the seed token at a time it was valid (exit 0)', async () => {
    const r = await jl(['verify', SEED, '--key', 'password', '--now', '2014-03-24T00:00:00Z', '--json']);
    expect(r.code).toBe(0);
    const rules = json<{ bestPractices: { title: string; ok: unknown }[] }>(r).bestPractices;
    // "password" is 8 bytes: far short of HS256's 256 bits (RFC 7518 §3.2), a failed rule yet not a failed verify.
    expect(rules.find((b) => /Entropy/.test(b.title))?.ok).toBe(false);
  });

  it('keeps option misuse a usage error (exit 2)', async () => {
    const both = await jl(['verify', idToken, '--key', spkiDer, '--key-source', 'header-jwk']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give one of --key, --jwks, --issuer and --key-source');
    const roots = await jl(['verify', idToken, '--key', spkiDer, '--trust-root', spkiDer]);
    expect(roots.code).toBe(2);
    expect(roots.stderr).toContain('--trust-root and --trust-leaf go with --key-source x5c');
  });
});

describe.concurrent('verify --key-source x5c: the leaf key, trusted only up to a --trust-root', () => {
  // RSA root → P-384 intermediate → P-256 leaf, made by node:crypto and checked by X509Certificate (test/profiles/certs.ts).
  const c = standardChain();
  const broken = standardChain({ brokenLeaf: true });
  const x5cToken = (chain: typeof c) => signed(c.leaf.privateKey, 'ES256', { x5c: [b64(chain.leafCert), b64(chain.interCert)] }, { sub: 'x5c', exp: NOW + 600 });

  it('verifies with the leaf when the chain reaches the root given as a DER file, and prints the chain', async () => {
    const root = file('root.der', c.rootCert);
    const r = await jl(['verify', await x5cToken(c), '--key-source', 'x5c', '--trust-root', root]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`Key: from the header's x5c (chain checked up to a pasted root: O=JOSE Lab Test, CN=Test Root)`);
    expect(r.stdout).toMatch(/x5c chain: trusted/);
  });

  it('asks for a root when the chain reaches none (exit 2), uses the leaf with --trust-leaf and says so, fails a broken chain (exit 1)', async () => {
    const token = await x5cToken(c);
    const none = await jl(['verify', token, '--key-source', 'x5c', '--json']);
    expect(none.code).toBe(2);
    expect(json(none)).toMatchObject({ status: 'Key required', verified: false, chain: { status: 'not-anchored' } });
    const leaf = await jl(['verify', token, '--key-source', 'x5c', '--trust-leaf', '--json']);
    expect(leaf.code, leaf.stdout).toBe(0);
    expect(json(leaf)).toMatchObject({ verified: true, provenance: { source: 'x5c', trusted: false } });
    // The root as PEM text on the command line: "-----BEGIN" is a value, not an option.
    const bad = await jl(['verify', await x5cToken(broken), '--key-source', 'x5c', '--trust-root', pem(broken.rootCert), '--json']);
    expect(bad.code, bad.stdout).toBe(1);
    expect(json(bad)).toMatchObject({ verified: false, chain: { status: 'broken' } });
  });
});

describe.concurrent('DER key files', () => {
  it('verifies with an SPKI DER public key file', async () => {
    const r = await jl(['verify', idToken, '--key', spkiDer, '--alg', 'RS256']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('converts PKCS#1 and PKCS#8 DER (a file and stdin) to the JWK node:crypto exports, with the RFC 7638 thumbprint panva jose computes', async () => {
    const expected = rsa.publicKey.export({ format: 'jwk' });
    const pkcs1 = file('rsa.pkcs1.der', rsa.publicKey.export({ type: 'pkcs1', format: 'der' }));
    const r = await jl(['keys', 'convert', pkcs1, '--to', 'jwk']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kty: 'RSA', n: expected.n, e: expected.e });
    const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'der' });
    const t = await jl(['keys', 'thumbprint', '-'], { input: pkcs8 });
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout.trim()).toBe(await calculateJwkThumbprint(expected as JWK));
  });

  it('takes a binary file that is no DER structure as the raw bytes of a secret', async () => {
    // 0xff first: neither UTF-8 text nor a DER SEQUENCE, whatever the random rest.
    const secret = Buffer.concat([Buffer.from([0xff]), randomBytes(31)]);
    const token = await new SignJWT({ sub: 'raw' }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    const r = await jl(['verify', token, '--key', file('secret.bin', secret), '--json']);
    expect(r.code, r.stdout).toBe(0);
    expect(json(r)).toMatchObject({ verified: true, key: expect.stringContaining('32-byte shared secret') });
  });

  it('reads a SEC1 DER EC private key file', async () => {
    const sec1 = file('ec.sec1.der', ec.privateKey.export({ type: 'sec1', format: 'der' }));
    const r = await jl(['verify', dpopProof, '--key', sec1, '--json']);
    expect(r.code, r.stdout).toBe(0);
    expect(json(r)).toMatchObject({ verified: true, key: expect.stringContaining('EC P-256') });
  });
});
