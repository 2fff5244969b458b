import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digest, keyPair } from '../../../test/sd-jwt/craft.ts';
import { JoseError } from '../lib/errors.ts';
import { importKey } from '../jwk/import.ts';
import type { JoseKey } from '../jwk/types.ts';
import { issueSdJwt } from './issue.ts';
import { presentSdJwt } from './present.ts';
import { verifySdJwt } from './verify.ts';

/** presentSdJwt: which Disclosures go, and the KB-JWT, read back with node:crypto where it matters. */
const issuer = keyPair();
const holder = keyPair();
const keyOf = async (jwk: object) => (await importKey(jwk)) as JoseKey;
const CLAIMS = { iss: 'https://issuer.example', sub: 'u1', given_name: 'Erika', address: { street: 'Heidestraße 17', locality: 'Köln' }, place: { city: 'Berlin' }, nationalities: ['DE', 'FR'] };
const names = (text: string) => text.split('~').slice(1, -1).map((d) => (JSON.parse(Buffer.from(d, 'base64url').toString()) as unknown[])[1]); // the name, or an element's value

async function issued(options: object = {}) {
  return issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/given_name', '/address', '/address/locality', '/place', '/nationalities/0', '/nationalities/1'], holderKey: await keyOf(holder.pub), ...options });
}

describe('presentSdJwt', () => {
  it('a nested claim brings the Disclosures above it; a pointer reveals that claim, not its selectively disclosable children', async () => {
    const sdJwt = await issued();
    expect(names(await presentSdJwt(sdJwt, { disclose: ['/address/locality'] })).sort()).toEqual(['address', 'locality']);
    const onlyAddress = await presentSdJwt(sdJwt, { disclose: ['/address'] });
    expect(names(onlyAddress)).toEqual(['address']);
    expect((await verifySdJwt(onlyAddress, await keyOf(issuer.pub))).claims.address).toEqual({ street: 'Heidestraße 17' });
  });

  it('a pointer inside a flat Disclosure reveals that Disclosure; an always-visible claim needs none', async () => {
    const sdJwt = await issued();
    expect(names(await presentSdJwt(sdJwt, { disclose: ['/place/city'] }))).toEqual(['place']);
    expect(names(await presentSdJwt(sdJwt, { disclose: ['/sub', '/iss'] }))).toEqual([]);
    expect(names(await presentSdJwt(sdJwt, { disclose: ['/nationalities/1'] }))).toEqual(['FR']);
    expect(names(await presentSdJwt(sdJwt, { disclose: 'all' }))).toHaveLength(6);
  });

  it('the KB-JWT: typ kb+jwt, iat, aud, nonce, sd_hash over the presentation, signed with the cnf key', async () => {
    const sdJwt = await issued();
    const text = await presentSdJwt(sdJwt, { disclose: ['/given_name'], holderKey: await keyOf(holder.priv), aud: 'https://v.example', nonce: 'abc', iat: 1_750_000_000 });
    const kb = text.slice(text.lastIndexOf('~') + 1);
    const [h, p, s] = kb.split('.');
    expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toEqual({ alg: 'ES256', typ: 'kb+jwt' });
    expect(JSON.parse(Buffer.from(p!, 'base64url').toString())).toEqual({ iat: 1_750_000_000, aud: 'https://v.example', nonce: 'abc', sd_hash: digest(text.slice(0, text.lastIndexOf('~') + 1)) });
    expect(nodeVerify('sha256', Buffer.from(`${h}.${p}`), { key: createPublicKey({ key: holder.pub, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }, Buffer.from(s!, 'base64url'))).toBe(true);
  });

  it('keeps the JSON serialization it was given', async () => {
    const sdJwt = await issued({ serialization: 'json-flattened', header: { kid: 'k1' } });
    const out = JSON.parse(await presentSdJwt(sdJwt, { disclose: ['/given_name'], holderKey: await keyOf(holder.priv), aud: 'a', nonce: 'n' }));
    expect(out.header.disclosures).toHaveLength(1);
    expect(typeof out.header.kb_jwt).toBe('string');
    expect((await verifySdJwt(JSON.stringify(out), await keyOf(issuer.pub), { kb: { required: true, aud: 'a', nonce: 'n' } })).claims.given_name).toBe('Erika');
  });

  it('refuses, with a JoseError, what no verifier would accept', async () => {
    const sdJwt = await issued();
    const code = (p: Promise<unknown>) => p.then(() => 'presented', (e: JoseError) => (e instanceof JoseError ? e.code : `not a JoseError: ${String(e)}`));
    expect(await code(presentSdJwt(sdJwt, { disclose: ['/nope'] }))).toBe('ERR_SDJWT_POINTER');
    expect(await code(presentSdJwt(sdJwt, { disclose: ['/nationalities/2'] }))).toBe('ERR_SDJWT_POINTER');
    expect(await code(presentSdJwt(sdJwt, { disclose: [], holderKey: await keyOf(holder.pub), aud: 'a', nonce: 'n' }))).toBe('ERR_SDJWT_KB_KEY');
    expect(await code(presentSdJwt(sdJwt, { disclose: [], holderKey: await keyOf(keyPair().priv), aud: 'a', nonce: 'n' }))).toBe('ERR_SDJWT_KB_KEY');
    expect(await code(presentSdJwt(sdJwt, { disclose: [], holderKey: await keyOf(holder.priv), nonce: 'n' }))).toBe('ERR_SDJWT_KB_AUD');
    expect(await code(presentSdJwt(sdJwt, { disclose: [], holderKey: await keyOf(holder.priv), aud: 'a' }))).toBe('ERR_SDJWT_KB_NONCE');
    const noCnf = await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256' });
    expect(await code(presentSdJwt(noCnf, { disclose: [], holderKey: await keyOf(holder.priv), aud: 'a', nonce: 'n' }))).toBe('ERR_SDJWT_KB_KEY');
    const withKb = await presentSdJwt(sdJwt, { disclose: [], holderKey: await keyOf(holder.priv), aud: 'a', nonce: 'n' });
    expect(await code(presentSdJwt(withKb, { disclose: [] }))).toBe('ERR_SDJWT_KB_UNEXPECTED');
    expect(await code(presentSdJwt(sdJwt, { disclose: [], issuerKey: await keyOf(keyPair().pub) }))).toBe('ERR_SIGNATURE_INVALID');
    expect(await code(presentSdJwt(sdJwt, { disclose: [], issuerKey: await keyOf(issuer.pub) }))).toBe('presented');
  });
});
