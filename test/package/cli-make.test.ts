// `jose-lab keys`, `sign`, `encrypt` and `decrypt` as real processes on the built package, for every
// algorithm the engine has. Tokens the CLI makes are checked by panva `jose` where it has the
// algorithm (the CLI never judges itself there), and by `jose-lab verify` / `decrypt` elsewhere.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactDecrypt, compactVerify, importJWK, type JWK } from 'jose';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { beforeAll, describe, expect, it } from 'vitest';
import seeds from '../vectors/seeds.json';
import { exportJwk, generateKey, JWE_ALGS, JWE_ENCS, JWS_ALGS, type Curve, type JweEnc } from '../../src/jose/index.ts';
import { ensureBuilt } from './build.ts';
import { jl, json } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'jose-lab-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(ensureBuilt, 300_000);

interface Generated {
  kid: string | null;
  publicKey?: JWK;
  privateKey: JWK;
  password?: string;
}

/** Keys for the every-alg loops come from the engine in-process (one process less per alg); `keys generate` has its own tests below. */
async function generate(alg: string, options: { crv?: Curve; enc?: JweEnc } = {}): Promise<Generated> {
  const made = await generateKey(alg, options);
  if (made.kind === 'pair') return { kid: made.privateKey.kid ?? null, publicKey: exportJwk(made.publicKey) as JWK, privateKey: exportJwk(made.privateKey, { private: true }) as JWK };
  return { kid: made.secret.kid ?? null, privateKey: exportJwk(made.secret, { private: true }) as JWK, ...(made.password ? { password: made.password } : {}) };
}

async function generateWithCli(alg: string): Promise<Generated> {
  const r = await jl(['keys', 'generate', alg, '--private', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return json<Generated>(r);
}

/** Algs panva jose (the oracle) implements in Node 20; ML-DSA is checked by @noble/post-quantum used directly. */
const ORACLE_JWS = new Set<string>(JWS_ALGS.filter((a) => a !== 'ES256K' && a !== 'Ed448' && !a.startsWith('ML-DSA')));
const ML_DSA = { 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const;
const ORACLE_JWE = new Set<string>(JWE_ALGS.filter((a) => a !== 'RSA1_5'));

describe.concurrent('sign: every JWS alg, checked by panva jose', () => {
  it.each([...JWS_ALGS, 'EdDSA/Ed448'])('%s', async (name) => {
    const [alg, crv] = name.split('/') as [string, string | undefined];
    const key = await generate(alg, crv ? { crv: crv as Curve } : {});
    const keyFile = file(`${name.replace('/', '-')}.jwk`, JSON.stringify(key.privateKey));
    const signed = await jl(['sign', '--alg', alg, '--key', keyFile, '{"sub":"alice", "n": 1}']);
    expect(signed.code, signed.stderr).toBe(0);
    const token = signed.stdout.trim();
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({ alg, kid: key.kid });
    const [h, p, sig] = token.split('.') as [string, string, string];
    if (alg in ML_DSA) {
      const pub = Buffer.from(String(key.publicKey!.pub), 'base64url');
      expect(ML_DSA[alg as keyof typeof ML_DSA].verify(Buffer.from(sig, 'base64url'), new TextEncoder().encode(`${h}.${p}`), pub)).toBe(true);
    } else if (ORACLE_JWS.has(alg) && crv !== 'Ed448') {
      const verifier = await importJWK(key.publicKey ?? key.privateKey, alg);
      const { payload } = await compactVerify(token, verifier);
      expect(new TextDecoder().decode(payload)).toBe('{"sub":"alice","n":1}');
    } else {
      const publicFile = file(`${name.replace('/', '-')}.pub.jwk`, JSON.stringify(key.publicKey));
      const verified = await jl(['verify', token, '--key', publicFile]);
      expect(verified.stdout).toMatch(new RegExp(`^Signature verified — ${alg} signature checked with`));
    }
  });
});

describe.concurrent('encrypt and decrypt: every JWE alg and enc', () => {
  // Every alg once, the encs taken in turn so each of the six is used several times.
  const cases = JWE_ALGS.map((alg, i) => [alg, JWE_ENCS[i % JWE_ENCS.length]!] as const);
  it.each(cases)('%s + %s', async (alg, enc) => {
    const key = await generate(alg, alg === 'dir' ? { enc } : {});
    const secret = key.password ?? file(`${alg}-${enc}.jwk`, JSON.stringify(key.privateKey));
    const to = key.password ?? (key.publicKey ? file(`${alg}-${enc}.pub.jwk`, JSON.stringify(key.publicKey)) : secret);
    // --key=VALUE: a generated password may begin with "-", which parseArgs would take for an option.
    const made = await jl(['encrypt', '--alg', alg, '--enc', enc, `--key=${to}`, '{"sub":"bob"}']);
    expect(made.code, made.stderr).toBe(0);
    const token = made.stdout.trim();
    const opened = await jl(['decrypt', token, `--key=${secret}`]);
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stdout).toBe('{"sub":"bob"}');
    expect(opened.stderr).toMatch(new RegExp(`^Decrypted — ${alg.replace('+', '\\+')} \\+ ${enc} opened with`));
    if (ORACLE_JWE.has(alg)) {
      const k = key.password ? new TextEncoder().encode(key.password) : await importJWK(key.privateKey, alg);
      const { plaintext } = await compactDecrypt(token, k, { keyManagementAlgorithms: [alg] });
      expect(new TextDecoder().decode(plaintext)).toBe('{"sub":"bob"}');
    }
  });
});

describe.concurrent('sign, encrypt, decrypt: exact bytes, stdin, failures, --json', () => {
  it('reproduces the seed token byte for byte with --exact (Minify off) and minifies otherwise', async () => {
    const s = seeds.hs256_password;
    const exact = await jl(['sign', '--exact', '--alg', 'HS256', '--key', s.secret, '--header', s.header, s.claims]);
    expect(exact.stdout.trim()).toBe(s.token);
    const fromStdin = await jl(['sign', '--exact', '--alg', 'HS256', '--key', s.secret, '--header', s.header, '-'], { input: s.claims });
    expect(fromStdin.stdout.trim()).toBe(s.token);
    const minified = await jl(['sign', '--alg', 'HS256', '--key', s.secret, '--json', s.claims]);
    const doc = json<{ token: string; header: unknown }>(minified);
    expect(Buffer.from(doc.token.split('.')[1]!, 'base64url').toString()).toBe('{"iss":"http://www.example.com","sub":42,"exp":1395674427}');
    expect(doc.header).toEqual({ alg: 'HS256' });
  });

  it('says what is wrong with bad claims, a bad alg or a key that does not fit (exit 2)', async () => {
    const badJson = await jl(['sign', '--alg', 'HS256', '--key', 'k', '--json', '{"a": 1,}']);
    expect(badJson.code).toBe(2);
    expect(json(badJson).error).toMatchObject({ code: 'ERR_JSON', message: expect.stringContaining('line 1, column'), segment: 'payload' });
    const badAlg = await jl(['sign', '--alg', 'HS999', '--key', 'k', '{}']);
    expect(badAlg.code).toBe(2);
    expect(badAlg.stderr).toContain('--alg HS999 is not a JWS algorithm');
    const misfit = await jl(['sign', '--alg', 'ES256', '--key', 'just a secret', '{}', '--json']);
    expect(misfit.code).toBe(2);
    expect(json(misfit).error).toMatchObject({ code: 'ERR_KEY_MISMATCH' });
  });

  it('decrypts with a wrong key: exit 1 and the step that failed; a JWS is not decrypted', async () => {
    const made = await jl(['encrypt', '--alg', 'PBES2-HS256+A128KW', '--enc', 'A128GCM', '--key', 'right password', 'hello']);
    const wrong = await jl(['decrypt', made.stdout.trim(), '--key', 'wrong password']);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/^Decryption failed — .*failed while unwrapping the content encryption key; key tried: the password \(14 bytes\)/);
    const asJson = await jl(['decrypt', made.stdout.trim(), '--key', 'right password', '--json']);
    expect(json(asJson)).toMatchObject({ status: 'Decrypted', decrypted: true, text: 'hello', header: { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' } });
    expect(json(asJson).findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'ALG_ACCEPTED_HERE' })]));
    const jws = await jl(['decrypt', seeds.hs256_password.token, '--key', 'password']);
    expect(jws.code).toBe(2);
    expect(jws.stderr).toContain('jose-lab verify');
  });
});

describe.concurrent('keys', () => {
  it('never prints a private key unless --private; --out writes it for the owner alone', async () => {
    const pub = await jl(['keys', 'generate', 'ES256']);
    expect(pub.code).toBe(0);
    const jwk = JSON.parse(pub.stdout) as JWK;
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(jwk.d).toBeUndefined();
    expect(pub.stderr).toContain('add --private');
    const secret = await jl(['keys', 'generate', 'HS256']);
    expect(secret.stdout).toBe('');
    const out = join(dir, 'written.jwk');
    const written = await jl(['keys', 'generate', 'EdDSA', '--out', out]);
    expect(written.stdout).not.toContain('"d"');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ kty: 'OKP', crv: 'Ed25519', d: expect.any(String) });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const shown = await jl(['keys', 'generate', 'HS256', '--private']);
    expect(JSON.parse(shown.stdout)).toMatchObject({ kty: 'oct', k: expect.stringMatching(/^[\w-]{43}$/) });
  });

  it('converts JWK to PEM and back, public unless --private', async () => {
    const key = await generateWithCli('RS256');
    expect(key.privateKey).toMatchObject({ kty: 'RSA', d: expect.any(String), kid: key.kid });
    const jwkFile = file('rsa.jwk', JSON.stringify(key.privateKey));
    const pem = await jl(['keys', 'convert', jwkFile, '--to', 'pem']);
    expect(pem.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const privatePem = await jl(['keys', 'convert', jwkFile, '--to', 'pem', '--private']);
    expect(privatePem.stdout).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const back = await jl(['keys', 'convert', '-', '--to', 'jwk'], { input: pem.stdout });
    expect(JSON.parse(back.stdout)).toEqual({ kty: 'RSA', n: key.publicKey!.n, e: key.publicKey!.e });
    const missing = await jl(['keys', 'convert', join(dir, 'nope.pem'), '--to', 'jwk', '--json']);
    expect(missing.code).toBe(2);
    expect(json(missing).error).toMatchObject({ code: 'ERR_INPUT', message: expect.stringContaining('no such file'), segment: 'key' });
    // RSA generation and five processes in a row: past the 30 s default on a loaded two-core machine.
  }, 90_000);

  it('computes the RFC 7638 thumbprint and its RFC 9278 URI', async () => {
    // RFC 7638 §3.1's example key and thumbprint.
    const rfc = file('rfc7638.jwk', JSON.stringify({
      kty: 'RSA', e: 'AQAB', alg: 'RS256', kid: '2011-04-29',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
    }));
    expect((await jl(['keys', 'thumbprint', rfc])).stdout.trim()).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
    expect(json(await jl(['keys', 'thumbprint', rfc, '--uri', '--json']))).toEqual({ kid: '2011-04-29', thumbprint: 'urn:ietf:params:oauth:jwk-thumbprint:sha-256:NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' });
  });
});
