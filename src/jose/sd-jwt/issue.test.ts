import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { digest, keyPair } from '../../../test/sd-jwt/craft.ts';
import { JoseError } from '../lib/errors.ts';
import { importKey } from '../jwk/import.ts';
import type { JoseKey } from '../jwk/types.ts';
import { issueSdJwt } from './issue.ts';
import { verifySdJwt } from './verify.ts';

/**
 * What issueSdJwt writes, read back WITHOUT the engine (Buffer, JSON.parse, node:crypto): the
 * signature, each Disclosure's digest in the right "_sd" or array slot, sorted digests, decoys, salts.
 */
const issuer = keyPair();
const holder = keyPair();
const keyOf = async (jwk: object) => (await importKey(jwk)) as JoseKey;

function read(text: string) {
  const parts = text.split('~');
  const [h, p, s] = parts[0]!.split('.');
  const ok = nodeVerify('sha256', Buffer.from(`${h}.${p}`), { key: createPublicKey({ key: issuer.pub, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }, Buffer.from(s!, 'base64url'));
  return {
    signed: ok,
    header: JSON.parse(Buffer.from(h!, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(p!, 'base64url').toString()),
    disclosures: parts.slice(1, -1).map((d) => ({ text: d, digest: digest(d), content: JSON.parse(Buffer.from(d, 'base64url').toString()) as unknown[] })),
    tail: parts.at(-1),
  };
}

const CLAIMS = { iss: 'https://issuer.example', given_name: 'Erika', address: { locality: 'Köln', country: 'DE' }, nationalities: ['DE', 'FR'] };

describe('issueSdJwt', () => {
  it('replaces each named member and element by its digest; the signature and digests check out with node:crypto', async () => {
    const text = await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/given_name', '/address/locality', '/nationalities/1'] });
    const r = read(text);
    expect(r.signed).toBe(true);
    expect(r.tail).toBe('');
    expect(r.payload).toEqual({
      _sd: [r.disclosures.find((d) => d.content[1] === 'given_name')!.digest],
      iss: 'https://issuer.example',
      address: { _sd: [r.disclosures.find((d) => d.content[1] === 'locality')!.digest], country: 'DE' },
      nationalities: ['DE', { '...': r.disclosures.find((d) => d.content.length === 2)!.digest }],
      _sd_alg: 'sha-256',
    });
    expect(r.disclosures.map((d) => d.content.slice(1))).toEqual(expect.arrayContaining([['given_name', 'Erika'], ['locality', 'Köln'], ['FR']]));
  });

  it('salts: 128 bits from the CSPRNG, base64url, never repeated; or from the salt option', async () => {
    const text = await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/given_name', '/address', '/address/locality', '/address/country', '/nationalities/0', '/nationalities/1'] });
    const salts = read(text).disclosures.map((d) => d.content[0] as string);
    expect(salts).toHaveLength(6);
    for (const s of salts) expect(Buffer.from(s, 'base64url')).toHaveLength(16);
    expect(new Set(salts).size).toBe(6);
    let n = 0;
    const fixed = await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/given_name'], salt: () => `salt-${n++}` });
    expect(read(fixed).disclosures[0]!.text).toBe(Buffer.from(JSON.stringify(['salt-0', 'given_name', 'Erika'])).toString('base64url'));
  });

  it('digests are sorted, so their order says nothing of the claims; decoys pad "_sd" and arrays', async () => {
    const claims = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`claim${i}`, i]));
    const text = await issueSdJwt({ ...claims, list: [1, 2, 3] }, await keyOf(issuer.priv), { alg: 'ES256', disclose: Object.keys(claims).map((k) => `/${k}`), decoys: { '': 4, '/list': 2 } });
    const r = read(text);
    expect(r.payload._sd).toHaveLength(16);
    expect(r.payload._sd).toEqual([...r.payload._sd].sort());
    expect(r.disclosures).toHaveLength(12);
    expect(r.payload.list).toHaveLength(5);
    expect(r.payload.list.filter((x: unknown) => typeof x === 'object')).toHaveLength(2);
    const verified = await verifySdJwt(text, await keyOf(issuer.pub));
    expect(verified.claims.list).toEqual([1, 2, 3]);
    expect(verified.tree.hidden).toBe(4);
    const each = read(await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/given_name', '/address/locality'], decoys: 3 }));
    expect(each.payload._sd).toHaveLength(4);
    expect(each.payload.address._sd).toHaveLength(4);
  });

  it('a pointer below another makes a recursive Disclosure', async () => {
    const r = read(await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/address', '/address/locality'] }));
    const address = r.disclosures.find((d) => d.content[1] === 'address')!;
    const locality = r.disclosures.find((d) => d.content[1] === 'locality')!;
    expect(address.content[2]).toEqual({ _sd: [locality.digest], country: 'DE' });
    expect(r.payload._sd).toEqual([address.digest]);
    expect(r.payload).not.toHaveProperty('address');
  });

  it('holderKey: its public key, and only the members that make it (its RFC 7638 members), goes into cnf.jwk', async () => {
    const r = read(await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', holderKey: await keyOf({ ...holder.priv, kid: 'h1', use: 'sig' }) }));
    expect(r.payload.cnf).toEqual({ jwk: { crv: 'P-256', kty: 'EC', x: holder.pub.x, y: holder.pub.y } });
    expect(r.payload).not.toHaveProperty('_sd_alg');
    // An ML-DSA (AKP) holder key keeps "alg": RFC 9964 needs it to read "pub".
    const seed = new Uint8Array(32).fill(7);
    const pub = Buffer.from(ml_dsa44.keygen(seed).publicKey).toString('base64url');
    const akp = read(await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', holderKey: await keyOf({ kty: 'AKP', alg: 'ML-DSA-44', pub, priv: Buffer.from(seed).toString('base64url') }) }));
    expect(akp.payload.cnf).toEqual({ jwk: { alg: 'ML-DSA-44', kty: 'AKP', pub } });
  });

  it('the JSON serializations put the Disclosures in the (first) unprotected header', async () => {
    const flat = JSON.parse(await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/given_name'], serialization: 'json-flattened' }));
    expect(flat.header.disclosures).toHaveLength(1);
    const second = keyPair();
    const general = JSON.parse(await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/given_name'], serialization: 'json-general', header: { kid: 'a' }, signers: [{ key: await keyOf(second.priv), alg: 'ES256', header: { kid: 'b' } }] }));
    expect(general.signatures).toHaveLength(2);
    expect(general.signatures[0].header.disclosures).toHaveLength(1);
    expect(general.signatures[1]).not.toHaveProperty('header');
    expect((await verifySdJwt(JSON.stringify(general), await keyOf(second.pub))).signatureIndex).toBe(1);
  });

  it('keeps a "__proto__" claim as data and leaves the prototype alone', async () => {
    const claims = JSON.parse('{"__proto__": {"admin": true}, "sub": "x"}');
    const text = await issueSdJwt(claims, await keyOf(issuer.priv), { alg: 'ES256', disclose: ['/__proto__'] });
    const r = await verifySdJwt(text, await keyOf(issuer.pub));
    expect(Object.prototype.hasOwnProperty.call(r.claims, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(r.disclosures[0]).toMatchObject({ name: '__proto__', pointer: '/__proto__' });
  });

  it('refuses what it cannot issue, with a JoseError naming it', async () => {
    const key = await keyOf(issuer.priv);
    const code = async (claims: object, options: object) => issueSdJwt(claims as never, key, { alg: 'ES256', ...options }).then(() => 'issued', (e: JoseError) => (e instanceof JoseError ? e.code : `not a JoseError: ${String(e)}`));
    expect(await code({ a: { _sd: [] } }, {})).toBe('ERR_SDJWT_RESERVED_NAME');
    expect(await code({ list: [{ '...': 'x' }] }, {})).toBe('ERR_SDJWT_RESERVED_NAME');
    expect(await code({ _sd_alg: 'sha-256' }, {})).toBe('ERR_SDJWT_RESERVED_NAME');
    expect(await code(CLAIMS, { disclose: ['/nope'] })).toBe('ERR_SDJWT_POINTER');
    expect(await code(CLAIMS, { disclose: ['/nationalities/2'] })).toBe('ERR_SDJWT_POINTER');
    expect(await code(CLAIMS, { disclose: [''] })).toBe('ERR_SDJWT_POINTER');
    expect(await code(CLAIMS, { disclose: ['given_name'] })).toBe('ERR_SDJWT_POINTER');
    expect(await code(CLAIMS, { decoys: { '/given_name': 1 } })).toBe('ERR_SDJWT_POINTER');
    expect(await code(CLAIMS, { sdAlg: 'md5' })).toBe('ERR_SDJWT_SD_ALG');
    expect(await code({ ...CLAIMS, cnf: {} }, { holderKey: await keyOf(holder.pub) })).toBe('ERR_SDJWT_KB_KEY');
    expect(await code(CLAIMS, { holderKey: await keyOf({ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMy' }) })).toBe('ERR_SDJWT_KB_KEY');
    expect(await code(CLAIMS, { header: { typ: 'dc+sd-jwt' } })).toBe('ERR_SDJWT_VC_INVALID');
    expect(await code({ ...CLAIMS, vct: 'urn:x' }, { header: { typ: 'dc+sd-jwt' }, disclose: ['/iss'] })).toBe('ERR_SDJWT_VC_INVALID');
    expect(await code({ ...CLAIMS, vct: 'urn:x' }, { header: { typ: 'dc+sd-jwt' }, disclose: ['/given_name'] })).toBe('issued');
  });
});
