import { describe, expect, it } from 'vitest';
import seeds from '../../../test/vectors/seeds.json';
import { importKey } from '../jwk/import.ts';
import { verify } from '../jws/verify.ts';
import { sign } from '../jws/sign.ts';
import { encrypt } from '../jwe/encrypt.ts';
import { decrypt } from '../jwe/decrypt.ts';
import { serializeCompact } from '../serialize/compact.ts';
import { timeCaveat } from './caveats.ts';
import { decryptedVerdict, verifiedVerdict } from './outcome.ts';
import { triedKeyWords } from './keys.ts';
import { keyNeeded, statusLine, unsecured } from './words.ts';
import { JWE_ALGS, JWS_ALGS } from '../lib/registry.ts';

const EXPIRY = 1395674427; // the first seed token's "exp": 2014-03-24 15:20:27 UTC

describe('verdicts shared by the Decode screen and the CLI', () => {
  it('puts the time caveat first when the signature is good but the token expired', async () => {
    const r = await verify(seeds.hs256_password.token, await importKey('password'));
    expect(statusLine(verifiedVerdict(r, { now: EXPIRY - 60 }))).toBe('Signature verified — HS256 signature checked with an 8-byte shared secret');
    expect(statusLine(verifiedVerdict(r, { now: EXPIRY + 3600 * 3 }))).toBe(
      'Signature verified — but it expired 3 hours ago; HS256 signature checked with an 8-byte shared secret',
    );
    // exp is the last second of validity's end: at exp itself the token has expired (RFC 7519 §4.1.4).
    expect(timeCaveat({ exp: EXPIRY }, { now: EXPIRY })).toBe('but it expired now');
    expect(timeCaveat({ exp: EXPIRY }, { now: EXPIRY + 30, clockTolerance: 60 })).toBeUndefined();
  });

  it('says when a not-yet-valid token becomes valid', () => {
    expect(timeCaveat({ nbf: 1_700_000_000 + 7200 }, { now: 1_700_000_000 })).toBe('but it is not valid until 2023-11-15 00:13:20 UTC (in 2 hours)');
    expect(timeCaveat({ nbf: 'soon', exp: 'later' }, { now: 1 })).toBeUndefined();
    expect(timeCaveat(undefined)).toBeUndefined();
  });

  it('names the recipient and the key of a decrypted JWE', async () => {
    const secret = await importKey(new Uint8Array(16).fill(7));
    if (secret.type === 'set') throw new Error('one key expected');
    const jwe = serializeCompact(await encrypt('{"exp":1}', secret, { alg: 'dir', enc: 'A128GCM' }));
    const r = await decrypt(jwe, secret);
    expect(decryptedVerdict(r, { now: 2 })).toEqual({ status: 'Decrypted', reason: 'but it expired 1 second ago; dir + A128GCM opened with a 16-byte shared secret' });
    expect(decryptedVerdict(r, { now: 0, json: true }).reason).toBe('dir + A128GCM (recipient 1) opened with a 16-byte shared secret');
  });

  it('names the keys of a JWKS that the header points at', async () => {
    const a = await importKey({ kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', kid: 'a' });
    const set = await importKey(JSON.stringify({ keys: [a.type === 'set' ? {} : a.jwk, { kty: 'oct', k: 'AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', kid: 'b' }] }));
    expect(triedKeyWords(set, { alg: 'HS256', kid: 'b' }, 'verify')).toBe('a 32-byte shared secret (kid "b") (of the 2 in the JWKS)');
    expect(triedKeyWords(set, { alg: 'HS256', kid: 'zzz' }, 'verify')).toBe('the JWKS (2 keys)');
  });

  it('names the key each alg needs, the fully-specified and post-quantum ones included', () => {
    expect(keyNeeded('JWS', { alg: 'Ed448' })).toBe("Ed448 needs the signer's Ed448 public key (PEM, certificate, JWK or JWKS) to verify the signature");
    expect(keyNeeded('JWS', { alg: 'ML-DSA-65' })).toContain("ML-DSA-65 needs the signer's ML-DSA-65 public key (an AKP JWK");
  });

  it('reads what each alg needs from the registry: every registered alg gets its own sentence', () => {
    for (const alg of JWS_ALGS) expect(keyNeeded('JWS', { alg })).toMatch(new RegExp(`^${alg} needs the (signer's|shared secret)`));
    for (const alg of JWE_ALGS) expect(keyNeeded('JWE', { alg, enc: 'A256GCM' })).toMatch(/needs the .* to decrypt$/);
    expect(keyNeeded('JWS', { alg: 'ES256K' })).toBe("ES256K needs the signer's EC secp256k1 public key (PEM, certificate, JWK or JWKS) to verify the signature");
    expect(keyNeeded('JWS', { alg: 'EdDSA' })).toContain("the signer's Ed25519 or Ed448 public key");
    expect(keyNeeded('JWE', { alg: 'A192GCMKW' })).toBe('A192GCMKW needs the shared 192-bit AES key (24 bytes: hex, base64 or a JWK) to decrypt');
    expect(keyNeeded('JWE', { alg: 'dir', enc: 'A128CBC-HS256' })).toBe('"dir" needs the content encryption key itself (256 bits for A128CBC-HS256) to decrypt');
    expect(keyNeeded('JWS', { alg: 'HS999' })).toBe('Paste the key that verifies "HS999" in Key');
  });

  it('never calls an Unsecured JWS verified', async () => {
    expect(statusLine(unsecured())).toBe('Unsecured JWS — there is no signature to check');
    const jws = serializeCompact(await sign('{}', null, { alg: 'none', allowNone: true }));
    await expect(verify(jws, await importKey('k'))).rejects.toMatchObject({ code: 'ERR_ALG_NOT_ALLOWED' });
  });
});
