import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sdJwtOracle } from '../../../test/sd-jwt/oracle.ts';
import { base64urlDecode, base64urlEncode } from '../lib/base64url.ts';
import { JoseError } from '../lib/errors.ts';
import { importKey } from '../jwk/import.ts';
import type { JoseKey } from '../jwk/types.ts';
import type { JwsAlg } from '../lib/registry.ts';
import { issueSdJwt } from './issue.ts';
import { presentSdJwt } from './present.ts';
import { verifySdJwt } from './verify.ts';
import type { SdAlg } from './types.ts';

/**
 * Interop with @sd-jwt/core 0.19 (a devDependency, wired to node:crypto in test/sd-jwt/oracle.ts):
 * what it issues and presents, JOSE Lab verifies to the claims it sees itself; what JOSE Lab issues
 * and presents, it verifies to the claims JOSE Lab sees; tampering is refused with the right code.
 */
type Jwk = Record<string, unknown>;
const pair = (kind: 'ec' | 'ed25519' | 'rsa', curve?: string) => {
  const kp = kind === 'ec' ? generateKeyPairSync('ec', { namedCurve: curve! }) : kind === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519');
  return { priv: kp.privateKey.export({ format: 'jwk' }) as Jwk, pub: kp.publicKey.export({ format: 'jwk' }) as Jwk };
};
const keyOf = async (jwk: Jwk) => (await importKey(jwk)) as JoseKey;

const CLAIMS = {
  iss: 'https://issuer.example',
  iat: 1_700_000_000,
  exp: 4_000_000_000,
  vct: 'https://credentials.example/identity',
  given_name: 'Erika',
  family_name: 'Mustermann',
  address: { street_address: 'Heidestraße 17', locality: 'Köln', country: 'DE' },
  nationalities: ['DE', 'FR', 'IT'],
  age_over: { 18: true, 21: true },
};
const holder = pair('ec', 'P-256');
const issuer = pair('ec', 'P-256');
const AUD = 'https://verifier.example';
const NONCE = 'n-0S6_WzA2Mj';

/** @sd-jwt/core's issuance of CLAIMS: top-level and nested members, array elements, a recursive object, decoys. */
async function theirSdJwt(hashAlg: SdAlg = 'sha-256') {
  const oracle = sdJwtOracle({ alg: 'ES256', issuerPrivate: issuer.priv, issuerPublic: issuer.pub, holderPrivate: holder.priv, hashAlg });
  const payload = { ...CLAIMS, cnf: { jwk: holder.pub } };
  const frame = { _sd: ['given_name', 'family_name', 'address', 'nationalities', 'age_over'], _sd_decoy: 2, address: { _sd: ['street_address', 'locality'] }, nationalities: { _sd: [0, 2] }, age_over: { _sd: ['18', '21'] } };
  const sdJwt = await oracle.issue(payload, frame as never, { header: { typ: 'dc+sd-jwt' } });
  return { oracle, sdJwt, payload };
}

describe('@sd-jwt/core issues, JOSE Lab verifies', () => {
  it.each(['sha-256', 'sha-384', 'sha-512'] as const)('all Disclosures (%s): the same claims as the library sees', async (hashAlg) => {
    const { oracle, sdJwt, payload } = await theirSdJwt(hashAlg);
    const ours = await verifySdJwt(sdJwt, await keyOf(issuer.pub));
    expect(ours.sdAlg).toBe(hashAlg);
    expect(ours.claims).toEqual((await oracle.verify(sdJwt)).payload);
    expect(ours.claims).toEqual(payload);
    expect(ours.tree.hidden).toBe(2); // its two top-level decoys
    expect(ours.vc?.checks.every((c) => c.ok)).toBe(true);
  });

  it('its presentation with a KB-JWT: the same claims, every KB check passed', async () => {
    const { oracle, sdJwt } = await theirSdJwt();
    const presentation = await oracle.present(sdJwt, { given_name: true, address: { locality: true }, nationalities: { 2: true } } as never, { kb: { payload: { iat: Math.floor(Date.now() / 1000), aud: AUD, nonce: NONCE } } });
    const ours = await verifySdJwt(presentation, await keyOf(issuer.pub), { kb: { required: true, aud: AUD, nonce: NONCE, maxAgeSeconds: 60 } });
    const theirs = await oracle.verify(presentation, { keyBindingNonce: NONCE });
    expect(ours.claims).toEqual(theirs.payload);
    expect(ours.claims).toMatchObject({ given_name: 'Erika', address: { locality: 'Köln', country: 'DE' }, nationalities: ['FR', 'IT'] });
    expect(ours.claims).not.toHaveProperty('family_name');
    expect(ours.kb?.verified).toBe(true);
  });

  it('JOSE Lab presents what @sd-jwt/core issued; the library verifies it', async () => {
    const { oracle, sdJwt } = await theirSdJwt();
    const presentation = await presentSdJwt(sdJwt, { disclose: ['/address/street_address', '/age_over/21', '/nationalities/0'], holderKey: await keyOf(holder.priv), aud: AUD, nonce: NONCE });
    const theirs = await oracle.verify(presentation, { keyBindingNonce: NONCE });
    expect(theirs.payload).toMatchObject({ address: { street_address: 'Heidestraße 17', country: 'DE' }, age_over: { 21: true }, nationalities: ['DE', 'FR'] }); // FR is not selectively disclosable
    expect(theirs.payload).not.toHaveProperty('given_name');
    expect((await verifySdJwt(presentation, await keyOf(issuer.pub), { kb: { required: true, aud: AUD, nonce: NONCE } })).claims).toEqual(theirs.payload);
  });
});

const ALGS: { alg: JwsAlg; keys: () => { priv: Jwk; pub: Jwk } }[] = [
  { alg: 'ES256', keys: () => pair('ec', 'P-256') },
  { alg: 'ES384', keys: () => pair('ec', 'P-384') },
  { alg: 'EdDSA', keys: () => pair('ed25519') },
  { alg: 'RS256', keys: () => pair('rsa') },
  { alg: 'PS256', keys: () => pair('rsa') },
];

describe('JOSE Lab issues and presents, @sd-jwt/core verifies', () => {
  it.each(ALGS.map((a) => [a.alg, a] as const))('%s issuer, ES256 holder: the library sees the claims JOSE Lab sees', async (_alg, { alg, keys }) => {
    const k = keys();
    const sdJwt = await issueSdJwt(CLAIMS, await keyOf(k.priv), { alg, disclose: ['/given_name', '/address', '/address/locality', '/nationalities/1', '/age_over/18'], decoys: 1, holderKey: await keyOf(holder.pub), header: { typ: 'dc+sd-jwt' } });
    const presentation = await presentSdJwt(sdJwt, { disclose: ['/address/locality', '/nationalities/1'], holderKey: await keyOf(holder.priv), aud: AUD, nonce: NONCE });
    const oracle = sdJwtOracle({ alg, issuerPublic: k.pub });
    const theirs = await oracle.verify(presentation, { keyBindingNonce: NONCE });
    const ours = await verifySdJwt(presentation, await keyOf(k.pub), { kb: { required: true, aud: AUD, nonce: NONCE } });
    expect(theirs.payload).toEqual(ours.claims);
    expect(ours.claims).toMatchObject({ address: { locality: 'Köln' }, nationalities: ['DE', 'FR', 'IT'], age_over: { 21: true } });
    expect(ours.claims).not.toHaveProperty('given_name');
    expect(theirs.kb?.payload.sd_hash).toBe(ours.kb?.sdHash);
  });

  it.each(['sha-384', 'sha-512'] as const)('_sd_alg %s with an EdDSA holder', async (sdAlg) => {
    const h = pair('ed25519');
    const sdJwt = await issueSdJwt(CLAIMS, await keyOf(issuer.priv), { alg: 'ES256', sdAlg, disclose: ['/family_name', '/nationalities/0'], holderKey: await keyOf(h.pub) });
    const presentation = await presentSdJwt(sdJwt, { disclose: 'all', holderKey: await keyOf(h.priv), aud: AUD, nonce: NONCE });
    const oracle = sdJwtOracle({ alg: 'ES256', issuerPublic: issuer.pub, kbAlg: 'EdDSA' });
    const theirs = await oracle.verify(presentation, { keyBindingNonce: NONCE });
    expect(theirs.payload).toMatchObject({ family_name: 'Mustermann', nationalities: ['DE', 'FR', 'IT'] });
    expect(theirs.payload).not.toHaveProperty('_sd_alg');
    expect(theirs.payload).toEqual((await verifySdJwt(presentation, await keyOf(issuer.pub))).claims);
  });
});

/** A presentation by @sd-jwt/core with three Disclosures and a KB-JWT, to tamper with. */
async function presented() {
  const { oracle, sdJwt } = await theirSdJwt();
  const text = await oracle.present(sdJwt, { given_name: true, family_name: true, nationalities: { 0: true } } as never, { kb: { payload: { iat: Math.floor(Date.now() / 1000), aud: AUD, nonce: NONCE } } });
  return { oracle, sdJwt, text, parts: text.split('~') };
}

async function codeOf(text: string, options = { kb: { required: true, aud: AUD, nonce: NONCE } }): Promise<string> {
  try {
    await verifySdJwt(text, await keyOf(issuer.pub), options);
    return 'verified';
  } catch (error) {
    expect(error).toBeInstanceOf(JoseError);
    return (error as JoseError).code;
  }
}

describe('tampering is refused with the right code', () => {
  it('the untouched presentation verifies (the baseline the cases below break)', async () => {
    const { text } = await presented();
    expect(await codeOf(text)).toBe('verified');
  });

  it('a Disclosure changed: its digest is nowhere (and the library refuses it too)', async () => {
    const { oracle, parts } = await presented();
    const d = JSON.parse(new TextDecoder().decode(base64urlDecode(parts[1]!)));
    d[d.length - 1] = 'Mallory';
    const forged = [parts[0], base64urlEncode(new TextEncoder().encode(JSON.stringify(d))), ...parts.slice(2)].join('~');
    expect(await codeOf(forged)).toBe('ERR_SDJWT_DISCLOSURE_UNREFERENCED');
    await expect(oracle.verify(forged, { keyBindingNonce: NONCE })).rejects.toThrow();
  });

  it('a Disclosure sent twice', async () => {
    const { parts } = await presented();
    expect(await codeOf([parts[0], parts[1], parts[1], ...parts.slice(2)].join('~'))).toBe('ERR_SDJWT_DISCLOSURE_DUPLICATE');
  });

  it('Disclosures reordered or dropped under a KB-JWT: sd_hash no longer matches', async () => {
    const { oracle, parts } = await presented();
    const swapped = [parts[0], parts[2], parts[1], ...parts.slice(3)].join('~');
    expect(await codeOf(swapped)).toBe('ERR_SDJWT_KB_SD_HASH');
    await expect(oracle.verify(swapped, { keyBindingNonce: NONCE })).rejects.toThrow(/sd_hash/);
    expect(await codeOf([parts[0], ...parts.slice(2)].join('~'))).toBe('ERR_SDJWT_KB_SD_HASH');
  });

  it('the KB-JWT moved before the Disclosures, the closing "~" dropped, the Issuer-signed JWT moved last', async () => {
    const { parts } = await presented();
    const kb = parts.at(-1)!;
    expect(await codeOf([parts[0], kb, ...parts.slice(1, -1), ''].join('~'))).toBe('ERR_SDJWT_ORDER');
    expect(await codeOf(parts.slice(0, -1).join('~'))).toBe('ERR_SDJWT_ORDER');
    expect(await codeOf([...parts.slice(1, -1), parts[0], ''].join('~'))).toBe('ERR_SDJWT_ORDER');
  });

  it('the KB-JWT altered, signed by another key, or missing', async () => {
    const { oracle, sdJwt, text, parts } = await presented();
    const [h, p, s] = parts.at(-1)!.split('.');
    const payload = JSON.parse(new TextDecoder().decode(base64urlDecode(p!)));
    const altered = `${h}.${base64urlEncode(new TextEncoder().encode(JSON.stringify({ ...payload, aud: 'https://evil.example' })))}.${s}`;
    expect(await codeOf([...parts.slice(0, -1), altered].join('~'))).toBe('ERR_SDJWT_KB_SIGNATURE');
    const other = pair('ec', 'P-256');
    const thief = sdJwtOracle({ alg: 'ES256', issuerPublic: issuer.pub, holderPrivate: other.priv });
    const stolen = await thief.present(sdJwt, { given_name: true } as never, { kb: { payload: { iat: Math.floor(Date.now() / 1000), aud: AUD, nonce: NONCE } } });
    expect(await codeOf(stolen)).toBe('ERR_SDJWT_KB_SIGNATURE');
    await expect(oracle.verify(stolen, { keyBindingNonce: NONCE })).rejects.toThrow();
    expect(await codeOf(text.slice(0, text.lastIndexOf('~') + 1))).toBe('ERR_SDJWT_KB_REQUIRED');
  });

  it('a valid KB-JWT for another verifier or transaction', async () => {
    const { text } = await presented();
    expect(await codeOf(text, { kb: { required: true, aud: 'https://other.example', nonce: NONCE } })).toBe('ERR_SDJWT_KB_AUD');
    expect(await codeOf(text, { kb: { required: true, aud: AUD, nonce: 'another' } })).toBe('ERR_SDJWT_KB_NONCE');
  });

  it('a KB-JWT lifted onto another presentation of the same SD-JWT', async () => {
    const { sdJwt, parts } = await presented();
    const other = await presentSdJwt(sdJwt, { disclose: ['/family_name'] });
    expect(await codeOf(other + parts.at(-1)!)).toBe('ERR_SDJWT_KB_SD_HASH');
  });

  it('the Issuer-signed payload altered', async () => {
    const { parts } = await presented();
    const [h, p, s] = parts[0]!.split('.');
    const payload = JSON.parse(new TextDecoder().decode(base64urlDecode(p!)));
    payload.given_name = 'Mallory';
    expect(await codeOf([`${h}.${base64urlEncode(new TextEncoder().encode(JSON.stringify(payload)))}.${s}`, ...parts.slice(1)].join('~'))).toBe('ERR_SIGNATURE_INVALID');
  });
});
