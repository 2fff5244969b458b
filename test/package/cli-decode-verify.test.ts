// `jose-lab decode` and `jose-lab verify` as real processes on the built package: exit statuses,
// stdout, stderr and --json shapes, and the verdicts in the very words of the Decode screen.
import { beforeAll, describe, expect, it } from 'vitest';
import seeds from '../vectors/seeds.json';
import { checkToken } from '../../src/features/decoder/logic/check.ts';
import { verdict } from '../../src/features/decoder/logic/result.ts';
import { decodeView } from '../../src/features/decoder/logic/view.ts';
import { statusLine } from '../../src/jose/index.ts';
import { ensureBuilt } from './build.ts';
import { jl, json } from './run.ts';

const SEED = seeds.hs256_password.token;
const VALID_THEN = '2014-03-24T00:00:00Z';

beforeAll(ensureBuilt, 300_000);

describe.concurrent('jose-lab and its help', () => {
  it('lists the commands and the seed example; no command is a usage error', async () => {
    const help = await jl(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['decode', 'verify', 'sign', 'encrypt', 'decrypt', 'keys']) expect(help.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(help.stdout).toContain(`jose-lab verify ${SEED} --key password`);
    const none = await jl([]);
    expect(none.code).toBe(2);
    const unknown = await jl(['frobnicate', '--json']);
    expect(unknown.code).toBe(2);
    expect(json(unknown)).toEqual({ error: { code: 'ERR_USAGE', message: expect.stringContaining('Unknown command "frobnicate"'), segment: null, offset: null } });
    expect((await jl(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('gives every command its own --help with examples', async () => {
    for (const c of ['decode', 'verify', 'sign', 'encrypt', 'decrypt', 'keys']) {
      const r = await jl([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(new RegExp(`^Usage: jose-lab ${c}`));
      expect(r.stdout, c).toContain('Examples:');
    }
    expect((await jl(['help', 'verify'])).stdout).toContain('--jwks URL');
  });

  it('refuses an unknown option with exit 2 and the command in the message', async () => {
    const r = await jl(['verify', SEED, '--kye', 'password']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jose-lab verify: Unknown option '--kye'/);
  });
});

describe.concurrent('decode', () => {
  it('says what the token is and why, decodes every segment and explains the times', async () => {
    const r = await jl(['decode', SEED, '--now', '2026-03-24T15:20:27Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^JWS · compact serialization\n/);
    expect(r.stdout).toContain('"alg" is HS256, a digital signature or MAC algorithm, and there is no "enc" (RFC 7516 §9)');
    expect(r.stdout).toContain('{\n  "iss": "http://www.example.com",\n  "sub": 42,\n  "exp": 1395674427\n}');
    expect(r.stdout).toContain('exp  2014-03-24 15:20:27 UTC — expired 12 years ago');
    expect(r.stdout).toContain('"sub" must be a string');
    expect(r.stderr).toBe('');
  });

  it('reads stdin with "-", removes "Bearer " and whitespace, and prints one JSON document', async () => {
    const r = await jl(['decode', '-', '--json', '--now', '1395674427'], { input: `  Authorization: Bearer ${SEED}\n\n` });
    expect(r.code).toBe(0);
    const doc = json<{ kind: string; segments: { name: string; start: number }[]; claims: unknown; times: { claim: string; phrase: string }[]; notices: { code: string }[] }>(r);
    expect(doc.kind).toBe('JWS');
    expect(doc.segments.map((s) => s.name)).toEqual(['header', 'payload', 'signature']);
    expect(doc.segments[0]!.start).toBe(24);
    expect(doc.claims).toEqual({ iss: 'http://www.example.com', sub: 42, exp: 1395674427 });
    expect(doc.times).toEqual([expect.objectContaining({ claim: 'exp', phrase: 'expired now' })]);
    expect(doc.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['TRIMMED_AUTHORIZATION', 'TRIMMED_BEARER']));
  });

  it('exits 2 for text that is not a token, saying where (segment and offset)', async () => {
    const bad = `${SEED.slice(0, 40)}*${SEED.slice(41)}`;
    const r = await jl(['decode', bad, '--json']);
    expect(r.code).toBe(2);
    expect(json(r).error).toEqual({ code: 'BASE64URL', message: expect.stringContaining('base64url'), segment: 'payload', offset: 40 });
    const text = await jl(['decode', bad]);
    expect(text.stdout).toMatch(/Problems\n {2}✗ .*\(payload, at offset 40\)/);
  });

  it('colours segments only for a terminal: FORCE_COLOR on, NO_COLOR and pipes off', async () => {
    const header = SEED.split('.')[0]!;
    expect((await jl(['decode', SEED])).stdout).not.toContain('\u001b[');
    expect((await jl(['decode', SEED], { env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await jl(['decode', SEED], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`\u001b[31m${header}\u001b[0m`);
    expect((await jl(['decode', SEED], { env: { FORCE_COLOR: '0' } })).stdout).not.toContain('\u001b[');
  });
});

describe.concurrent('verify', () => {
  it('verifies the seed token with "password", and fails it as expired today, in the words of the page', async () => {
    const then = await jl(['verify', SEED, '--key', 'password', '--now', VALID_THEN]);
    expect(then.code).toBe(0);
    expect(then.stdout.split('\n')[0]).toBe('Signature verified — HS256 signature checked with an 8-byte shared secret');
    const now = await jl(['verify', SEED, '--key', 'password']);
    expect(now.code).toBe(1);
    // The page checks in its worker, then adds the caveats against its own clock (src/features/decoder/logic/result.ts).
    const outcome = await checkToken({ token: SEED, kind: 'JWS', header: { alg: 'HS256' }, keyText: 'password', encoding: 'utf8', maxPbes2Count: 10_000 });
    const view = decodeView(SEED);
    const page = verdict({ view, stale: false, hasKey: true, check: { pending: false, outcome }, ...(view.claims ? { claims: view.claims } : {}), now: Date.now() / 1000 });
    expect(now.stdout.split('\n')[0]).toBe(statusLine(page as { status: 'Signature verified'; reason: string }));
    expect(now.stdout).toMatch(/^Signature verified — but it expired \d+ years ago; HS256 signature checked with an 8-byte shared secret/);
  });

  it('verifies the second seed token with "notsosecret" and says why a wrong secret fails, as the page does', async () => {
    const t = seeds.hs256_notsosecret.token;
    expect((await jl(['verify', t, '--key', 'notsosecret', '--now', '1470354000'])).code).toBe(0);
    const wrong = await jl(['verify', t, '--key', 'notsosecreT', '--now', '1470354000']);
    expect(wrong.code).toBe(1);
    const page = await checkToken({ token: t, kind: 'JWS', header: { alg: 'HS256' }, keyText: 'notsosecreT', encoding: 'utf8', maxPbes2Count: 10_000 });
    expect(wrong.stdout.split('\n')[0]).toBe(statusLine(page));
    expect(wrong.stdout).toContain('Invalid signature — ');
    expect(wrong.stdout).toContain('key tried: an 11-byte shared secret');
  });

  it('never verifies an Unsecured JWS, and asks for the key it needs', async () => {
    const none = await jl(['verify', seeds.unsecured.token, '--key', 'x']);
    expect(none.code).toBe(1);
    expect(none.stdout.split('\n')[0]).toBe('Unsecured JWS — there is no signature to check');
    const noKey = await jl(['verify', SEED]);
    expect(noKey.code).toBe(2);
    expect(noKey.stdout).toContain('Key required — HS256 needs the shared secret');
  });

  it('exits 2 for a malformed token with the offset, and for a JWE', async () => {
    const r = await jl(['verify', `${SEED.slice(0, 30)}!${SEED.slice(31)}`, '--key', 'password']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^Malformed token — .*\(at offset 30\)/);
    const jwe = await jl(['verify', seeds.rsa_oaep_jwe.token, '--key', 'x', '--json']);
    expect(jwe.code).toBe(2);
    expect(json(jwe).error).toMatchObject({ code: 'ERR_USAGE', message: expect.stringContaining('jose-lab decrypt') });
  });

  it('prints one JSON document for scripts: verified, failed and refused', async () => {
    const ok = json(await jl(['verify', SEED, '--key', 'password', '--now', VALID_THEN, '--json']));
    expect(ok).toMatchObject({ status: 'Signature verified', verified: true, claimsValid: true, alg: 'HS256', header: { alg: 'HS256' }, claims: { sub: 42 } });
    expect(ok.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'WEAK_HMAC_SECRET' })]));
    const expired = json(await jl(['verify', SEED, '--key', 'password', '--json']));
    expect(expired).toMatchObject({ verified: true, claimsValid: false });
    const bad = await jl(['verify', SEED, '--key', 'passw0rd', '--json']);
    expect(bad.code).toBe(1);
    expect(json(bad)).toMatchObject({ status: 'Invalid signature', verified: false, error: { code: 'ERR_SIGNATURE_INVALID', segment: 'signature' } });
    const refused = await jl(['verify', SEED, '--key', 'password', '--alg', 'RS256,ES256', '--json']);
    expect(refused.code).toBe(1);
    expect(json(refused)).toMatchObject({ error: { code: 'ERR_ALG_NOT_ALLOWED' } });
    expect(refused.stderr).toBe('');
  });

  it('checks the audience when asked', async () => {
    const r = await jl(['verify', seeds.hs256_notsosecret.token, '--key', 'notsosecret', '--now', '1470354000', '--aud', 'my-api']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Signature verified — but "aud" does not contain "my-api"/);
  });
});
