/**
 * bestPractices: every RFC 8725 (and rfc8725bis) rule passes on one token and fails on another.
 * Tokens come from panva `jose`, or are assembled by hand with node:crypto where jose refuses to
 * make them (unknown crit, zip, RSA1_5, a huge p2c) — the rules read only their headers.
 */
import { randomBytes } from 'node:crypto';
import { CompactEncrypt, CompactSign, EncryptJWT, FlattenedSign, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { importKey } from '../../src/jose/jwk/import.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';
import { verify } from '../../src/jose/jws/verify.ts';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { bestPractices } from '../../src/jose/profiles/best-practices.ts';
import type { BestPracticeRule, BestPracticesInput } from '../../src/jose/profiles/best-practices-types.ts';
import { headerJwkProvenance } from '../../src/jose/jwk/provenance.ts';
import { byId, fakeJwe, hs256, jws, NOW, pair, unsecured } from './helpers.ts';

const SECRET = randomBytes(32);
const GOOD_CLAIMS = { iss: 'https://issuer.example', aud: 'https://rs.example', sub: 'u1', exp: NOW + 600 };

const rule = (rules: BestPracticeRule[], id: string) => byId(rules, id) as BestPracticeRule;
const secretKey = async (bytes: Uint8Array, alg?: string) => (await importKey({ kty: 'oct', k: Buffer.from(bytes).toString('base64url'), ...(alg ? { alg } : {}) })) as JoseKey;

async function verified(token: string, key: JoseKey): Promise<BestPracticesInput> {
  return verify(token, key, { now: NOW });
}

describe('bestPractices', () => {
  it('a well-made token verified with an alg-bound key passes every rule that applies', async () => {
    const p = pair('P-256');
    const key = (await importKey({ ...p.publicJwk, alg: 'ES256', use: 'sig' })) as JoseKey;
    const token = await jws({ alg: 'ES256', typ: 'at+jwt' }, { ...GOOD_CLAIMS, client_id: 'c', iat: NOW, jti: 'j' }, p.privateKey);
    const rules = bestPractices(token, await verified(token, key));
    expect(rules.map((r) => r.id)).toEqual([
      'alg_allowlist', 'appropriate_algorithms', 'key_fits_alg', 'no_alg_confusion', 'validate_crypto', 'validate_inputs', 'key_strength', 'no_compression', 'utf8',
      'iss', 'aud', 'untrusted_headers', 'explicit_typing', 'mutually_exclusive', 'p2c_limit', 'compact_format', 'decompression_limit', 'crit',
    ]);
    for (const r of rules) expect(r.ok, `${r.id}: ${r.message}`).not.toBe(false);
    expect(rules.filter((r) => r.ok === true).map((r) => r.id)).toEqual([
      'alg_allowlist', 'appropriate_algorithms', 'key_fits_alg', 'no_alg_confusion', 'validate_crypto', 'key_strength', 'utf8', 'iss', 'aud', 'untrusted_headers', 'explicit_typing', 'mutually_exclusive', 'compact_format',
    ]);
    expect(rule(rules, 'alg_allowlist')).toMatchObject({ section: 'RFC 8725 §3.1', title: 'Perform Algorithm Verification' });
    expect(rule(rules, 'compact_format').section).toBe('draft-ietf-oauth-rfc8725bis §3.14');
  });

  it('without a verify result, the key rules say what they need', async () => {
    const rules = bestPractices(await jws({ alg: 'ES256' }, GOOD_CLAIMS, pair('P-256').privateKey));
    for (const id of ['key_fits_alg', 'no_alg_confusion', 'validate_crypto', 'key_strength']) expect(rule(rules, id)).toMatchObject({ ok: 'n/a', needs: ['result'] });
  });

  const failing: [string, () => Promise<{ token: string; result?: BestPracticesInput }>][] = [
    ['alg_allowlist', async () => ({ token: unsecured({ alg: 'nOnE' }, GOOD_CLAIMS) })],
    ['appropriate_algorithms', async () => ({ token: fakeJwe({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }) })],
    ['key_fits_alg', async () => {
      const token = hs256({ alg: 'HS256' }, GOOD_CLAIMS, SECRET);
      return { token, result: await verified(token, await secretKey(SECRET)) };
    }],
    ['no_alg_confusion', async () => ({ token: hs256({ alg: 'HS256', jwk: pair('rsa').publicJwk }, GOOD_CLAIMS, SECRET) })],
    ['validate_crypto', async () => ({ token: unsecured({ alg: 'none' }, GOOD_CLAIMS) })],
    ['validate_inputs', async () => ({ token: fakeJwe({ alg: 'ECDH-ES', enc: 'A128GCM', epk: pair('P-256').privateJwk }) })],
    ['key_strength', async () => {
      const weak = Buffer.from('password');
      const token = hs256({ alg: 'HS256' }, GOOD_CLAIMS, weak);
      return { token, result: await verified(token, await secretKey(weak, 'HS256')) };
    }],
    ['no_compression', async () => ({ token: fakeJwe({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' }) })],
    ['utf8', async () => ({ token: await new CompactSign(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])).setProtectedHeader({ alg: 'HS256' }).sign(SECRET) })],
    ['iss', async () => ({ token: hs256({ alg: 'HS256' }, { aud: 'x' }, SECRET) })],
    ['aud', async () => ({ token: hs256({ alg: 'HS256' }, { iss: 'x' }, SECRET) })],
    ['untrusted_headers', async () => ({ token: hs256({ alg: 'HS256', jku: 'https://attacker.example/jwks' }, GOOD_CLAIMS, SECRET) })],
    ['explicit_typing', async () => ({ token: await jws({ alg: 'ES256' }, { htm: 'POST', htu: 'https://rs.example/', iat: NOW, jti: 'x' }, pair('P-256').privateKey) })],
    ['mutually_exclusive', async () => ({ token: hs256({ alg: 'HS256' }, { iss: 'c', sub: 'c', aud: 'https://as.example', exp: NOW + 60, sd_hash: 'h' }, SECRET) })],
    ['p2c_limit', async () => ({ token: fakeJwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdHNhbHQ', p2c: 2_000_000 }) })],
    ['compact_format', async () => ({ token: JSON.stringify(await new FlattenedSign(new TextEncoder().encode(JSON.stringify(GOOD_CLAIMS))).setProtectedHeader({ alg: 'HS256' }).sign(SECRET)) })],
    ['decompression_limit', async () => ({ token: fakeJwe({ alg: 'dir', enc: 'A128GCM', zip: 'GZIP' }) })],
    ['crit', async () => ({ token: hs256({ alg: 'HS256', crit: ['exp'], exp: 1 }, GOOD_CLAIMS, SECRET) })],
  ];
  for (const [id, make] of failing) {
    it(`fails "${id}"`, async () => {
      const { token, result } = await make();
      const r = rule(bestPractices(token, result), id);
      expect(r.ok, r.message).toBe(false);
      expect(r.section).toMatch(/^(RFC \d+|draft-ietf-oauth-rfc8725bis) §/);
    });
  }

  it('passes the rules that only apply to JWEs on good JWEs made by jose', async () => {
    const p = pair('P-256');
    const ecdh = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(GOOD_CLAIMS))).setProtectedHeader({ alg: 'ECDH-ES', enc: 'A128GCM' }).encrypt(p.publicKey);
    const rules = bestPractices(ecdh);
    expect(rule(rules, 'validate_inputs').ok).toBe(true);
    expect(rule(rules, 'no_compression').ok).toBe(true);
    // Encrypted to a public key with no inner signature: anyone could have made it.
    expect(rule(rules, 'validate_crypto')).toMatchObject({ ok: false, level: 'should' });
    const pbes2 = fakeJwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdHNhbHQ', p2c: 600_000 });
    expect(rule(bestPractices(pbes2), 'p2c_limit')).toMatchObject({ ok: true, message: expect.stringContaining('refuses more than 10000') });
    expect(rule(bestPractices(fakeJwe({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' })), 'decompression_limit').ok).toBe(true);
  });

  it('judges a decrypted JWE on its claims, where the encrypted one can only say n/a', async () => {
    const cek = randomBytes(32);
    const key = await secretKey(cek, 'dir');
    const make = (claims: Record<string, unknown>, typ?: string) => new EncryptJWT(claims).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', ...(typ ? { typ } : {}) }).encrypt(cek);
    const good = await make(GOOD_CLAIMS);
    for (const id of ['iss', 'aud', 'mutually_exclusive']) expect(rule(bestPractices(good), id)).toMatchObject({ ok: 'n/a', message: 'The claims are encrypted' });
    const opened = bestPractices(good, await decrypt(good, key));
    for (const id of ['iss', 'aud', 'mutually_exclusive', 'validate_crypto', 'key_fits_alg', 'key_strength']) expect(rule(opened, id).ok, id).toBe(true);
    const noAud = await make({ iss: 'https://issuer.example', sub: 'u1' });
    expect(rule(bestPractices(noAud, await decrypt(noAud, key)), 'aud')).toMatchObject({ ok: false, level: 'should' });
    // DPoP-proof claims inside a JWE without "typ": explicit typing fails once they can be read.
    const dpopLike = await make({ htm: 'POST', htu: 'https://rs.example/', iat: NOW, jti: 'x' });
    expect(rule(bestPractices(dpopLike), 'explicit_typing').ok).toBe('n/a');
    expect(rule(bestPractices(dpopLike, await decrypt(dpopLike, key)), 'explicit_typing')).toMatchObject({ ok: false, level: 'must' });
    // A verify result's claims are a JWS's own: they never stand in for a JWE's.
    expect(rule(bestPractices(good, { claims: { aud: 'x' } }), 'aud').ok).toBe('n/a');
  });

  it('p2c_limit also holds PBES2 to a salt of at least 8 octets (RFC 7518 §4.8.1.1)', () => {
    const pbes2 = (extra: Record<string, unknown>) => fakeJwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 600_000, ...extra });
    expect(rule(bestPractices(pbes2({ p2s: 'c2FsdHNhbHQ' })), 'p2c_limit').ok).toBe(true);
    for (const p2s of ['c2FsdA', undefined, 42, 'not+base64url']) {
      const r = rule(bestPractices(pbes2(p2s === undefined ? {} : { p2s })), 'p2c_limit');
      expect(r, String(p2s)).toMatchObject({ ok: false, level: 'must', section: 'RFC 7518 §4.8.1.1' });
    }
    expect(rule(bestPractices(pbes2({ p2s: 'c2FsdA' })), 'p2c_limit').message).toMatch(/^"p2s" is 4 octets/);
  });

  it('judges header keys by where the verifying key came from', async () => {
    const p = pair('P-256');
    const token = await new SignJWT(GOOD_CLAIMS).setProtectedHeader({ alg: 'ES256', jwk: p.publicJwk }).sign(p.privateKey);
    const key = (await importKey({ ...p.publicJwk, alg: 'ES256' })) as JoseKey;
    const pasted = await verify(token, key, { now: NOW });
    expect(rule(bestPractices(token, pasted), 'untrusted_headers').ok).toBe(true);
    const fromHeader = await verify(token, key, { now: NOW, provenance: headerJwkProvenance() });
    expect(rule(bestPractices(token, fromHeader), 'untrusted_headers')).toMatchObject({ ok: false, level: 'must' });
    expect(rule(bestPractices(token, fromHeader), 'iss')).toMatchObject({ ok: false, level: 'must' });
    expect(rule(bestPractices(token), 'untrusted_headers')).toMatchObject({ ok: false, level: 'should' });
    const kid = hs256({ alg: 'HS256', kid: '../../../dev/null' }, GOOD_CLAIMS, SECRET);
    expect(rule(bestPractices(kid), 'untrusted_headers').ok).toBe(false);
  });

  it('passes crit b64 (understood), and the key rules with a strong secret bound to its alg', async () => {
    const flat = await new FlattenedSign(new TextEncoder().encode('$02')).setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] }).sign(SECRET);
    const b64false = `${flat.protected}.${flat.payload}.${flat.signature}`;
    expect(rule(bestPractices(b64false), 'crit').ok).toBe(true);
    const token = hs256({ alg: 'HS256' }, GOOD_CLAIMS, SECRET);
    const rules = bestPractices(token, await verified(token, await secretKey(SECRET, 'HS256')));
    for (const id of ['key_fits_alg', 'no_alg_confusion', 'key_strength']) expect(rule(rules, id).ok, id).toBe(true);
    const rsa1024 = (await importKey({ kty: 'RSA', n: Buffer.alloc(128, 0xc5).toString('base64url'), e: 'AQAB', alg: 'RS256' })) as JoseKey;
    expect(rule(bestPractices(await jws({ alg: 'RS256' }, GOOD_CLAIMS, pair('rsa').privateKey), { key: rsa1024, alg: 'RS256' }), 'key_strength').ok).toBe(false);
    expect(rule(bestPractices(token, { key: rsa1024, alg: 'HS256' }), 'no_alg_confusion').ok).toBe(false);
  });
});
