import { describe, expect, it } from 'vitest';
import { importKey } from '../jwk/import.ts';
import { verify } from '../jws/verify.ts';
import { sign } from '../jws/sign.ts';
import { serializeCompact } from '../serialize/compact.ts';
import { kidCaveat, withCaveats } from './caveats.ts';
import { verifiedVerdict } from './outcome.ts';
import { statusLine, unsecured } from './words.ts';

describe('caveats of a good check', () => {
  it('a one-key JWK under another kid: verified, "but" the kids differ', async () => {
    const key = await importKey({ kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', kid: 'key-kid' });
    if (key.type === 'set') throw new Error('one key expected');
    const token = serializeCompact(await sign('{"exp":100}', key, { alg: 'HS256', header: { alg: 'HS256', kid: 'token-kid' } }));
    const r = await verify(token, key, { now: 0 });
    expect(statusLine(verifiedVerdict(r, { now: 0 }))).toBe(`Signature verified — but the key's kid "key-kid" is not the token's kid "token-kid"; HS256 signature checked with a 32-byte shared secret (kid "key-kid")`);
    expect(verifiedVerdict(r, { now: 160 }).reason).toMatch(/^but it expired 1 minute ago, and the key's kid "key-kid" is not the token's kid "token-kid"; HS256/);
    // A screen with its own clock asks for the bare reason and adds the caveats itself.
    expect(verifiedVerdict(r, { now: 160, caveats: false }).reason).toBe('HS256 signature checked with a 32-byte shared secret (kid "key-kid")');
  });

  it('no caveat when the kids agree or one is missing; caveats join in one clause', () => {
    expect(kidCaveat({ kid: 'a' }, { kid: 'a' })).toBeUndefined();
    expect(kidCaveat({ kid: 'a' }, {})).toBeUndefined();
    expect(kidCaveat({}, { kid: 'a' })).toBeUndefined();
    expect(withCaveats([undefined], 'x')).toBe('x');
    expect(withCaveats(['but one', 'but two'], 'x')).toBe('but one, and two; x');
  });

  it('a megabyte kid is echoed in 200 characters, not whole', () => {
    const caveat = kidCaveat({ kid: 't'.repeat(1_000_000) }, { kid: 'k'.repeat(1_000_000) })!;
    expect(caveat.length).toBeLessThan(600);
    expect(caveat).toContain('(1000000 characters)');
  });

  it('names a case variant of "none"', () => {
    expect(statusLine(unsecured('none'))).toBe('Unsecured JWS — there is no signature to check');
    expect(unsecured('NONE').reason).toBe('there is no signature to check ("alg" is "NONE", a case variant of "none")');
  });
});
