import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sdJwtOracle } from '../../../../test/sd-jwt/oracle.ts';
import { issue, issuerHeader, present } from './sdJwtWork.ts';

/** The encoder panel's issue and present, checked by @sd-jwt/core (never by the app's own engine). */
const pair = () => {
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { priv: kp.privateKey.export({ format: 'jwk' }) as Record<string, unknown>, pub: kp.publicKey.export({ format: 'jwk' }) as Record<string, unknown> };
};
const CLAIMS = { iss: 'https://issuer.example', given_name: 'Erika', address: { locality: 'Köln', country: 'DE' }, nationalities: ['DE', 'FR'] };

describe('the encoder SD-JWT panel: issue, then present', () => {
  it('issues the chosen members as Disclosures, presents a subset with a KB-JWT, and @sd-jwt/core agrees', async () => {
    const issuer = pair();
    const holder = pair();
    const issued = await issue({
      claimsText: JSON.stringify(CLAIMS), headerText: '{"alg":"ES256","typ":"JWT"}', alg: 'ES256', issuerKey: { text: JSON.stringify(issuer.priv), encoding: 'utf8' },
      disclose: ['/given_name', '/address', '/address/locality', '/nationalities/1'], sdAlg: 'sha-512', decoys: 1, holderKeyText: JSON.stringify(holder.priv),
    });
    expect(issued.disclosures.map((d) => d.pointer).sort()).toEqual(['/address', '/address/locality', '/given_name', '/nationalities/1']);
    expect(issued.holderCanSign).toBe(true);
    expect(JSON.parse(issued.decodeKey.keyText)).toMatchObject({ kty: 'EC', x: issuer.pub.x });
    expect(JSON.parse(issued.decodeKey.keyText).d).toBeUndefined();
    const presentation = await present({ token: issued.token, reveal: ['/given_name', '/address'], keyBinding: true, holderKeyText: JSON.stringify(holder.priv), aud: 'https://v.example', nonce: 'n1' });
    const oracle = sdJwtOracle({ alg: 'ES256', issuerPublic: issuer.pub, hashAlg: 'sha-512' });
    const theirs = (await oracle.verify(presentation, { keyBindingNonce: 'n1' })) as { payload: Record<string, unknown>; kb?: { payload: Record<string, unknown> } };
    expect(theirs.payload.given_name).toBe('Erika');
    expect(theirs.payload.address).toEqual({ country: 'DE' });
    expect(theirs.payload.nationalities).toEqual(['DE']);
    expect(theirs.kb?.payload.aud).toBe('https://v.example');
  });

  it('says why nothing is issued: a JWE or none alg, claims that are not an object, a secret as holder key', async () => {
    const base = { claimsText: '{"a":1}', headerText: '{}', issuerKey: { text: 'a shared secret of at least 32 bytes!', encoding: 'utf8' as const }, disclose: [], sdAlg: 'sha-256' as const, decoys: 0, holderKeyText: '' };
    await expect(issue({ ...base, alg: 'none' })).rejects.toThrow(/signing algorithm/);
    await expect(issue({ ...base, alg: 'RSA-OAEP' })).rejects.toThrow(/signing algorithm/);
    await expect(issue({ ...base, alg: 'HS256', claimsText: '[1]' })).rejects.toThrow(/JSON object/);
    await expect(issue({ ...base, alg: 'HS256', holderKeyText: 'secret' })).rejects.toThrow(/holder key/);
    const ok = await issue({ ...base, alg: 'HS256', disclose: ['/a'] });
    expect(ok.decodeKey.keyText).toBe(base.issuerKey.text);
    await expect(present({ token: ok.token, reveal: [], keyBinding: true, holderKeyText: '', aud: '', nonce: '' })).rejects.toThrow(/holder's private key/);
  });

  it('types the Issuer-signed JWT explicitly and never copies "alg" from the header text', () => {
    expect(issuerHeader('{"alg":"HS256","typ":"JWT","kid":"k"}')).toEqual({ typ: 'example+sd-jwt', kid: 'k' });
    expect(issuerHeader('{"typ":"dc+sd-jwt"}')).toEqual({ typ: 'dc+sd-jwt' });
    expect(issuerHeader('not json')).toEqual({ typ: 'example+sd-jwt' });
  });
});
