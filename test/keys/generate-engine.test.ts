/**
 * Generated keys used by JOSE Lab's own JWS and JWE engines: for every JWS alg a sign/verify round
 * trip, for every JWE alg an encrypt/decrypt round trip, and a tampered token refused.
 */
import { describe, expect, it } from 'vitest';
import { decrypt, encrypt, generateKey, sign, verify, type GeneratedKey } from '../../src/jose/index.ts';
import { JWE_ALGS, JWS_ALGS } from '../../src/jose/lib/registry.ts';

const signing = (g: GeneratedKey) => (g.kind === 'pair' ? g.privateKey : g.secret);
const checking = (g: GeneratedKey) => (g.kind === 'pair' ? g.publicKey : g.secret);

describe('generated keys with the JWS engine', () => {
  it.each(JWS_ALGS)('%s: sign with the new key, verify with its public half', async (alg) => {
    const g = await generateKey(alg);
    const jws = await sign({ sub: 'generated' }, signing(g), { alg });
    const result = await verify(jws, checking(g), { algorithms: [alg] });
    expect(result.claims).toMatchObject({ sub: 'generated' });
    const other = await generateKey(alg);
    await expect(verify(jws, checking(other), { algorithms: [alg] })).rejects.toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
  });
});

describe('generated keys with the JWE engine', () => {
  it.each(JWE_ALGS)('%s: encrypt to the new key, decrypt with it', async (alg) => {
    const enc = 'A128GCM';
    const g = await generateKey(alg, { enc });
    const jwe = await encrypt('generated', checking(g), { alg, enc });
    const result = await decrypt(jwe, signing(g), { algorithms: [alg] });
    expect(new TextDecoder().decode(result.plaintext)).toBe('generated');
    const other = await generateKey(alg, { enc });
    await expect(decrypt(jwe, signing(other), { algorithms: [alg] })).rejects.toMatchObject({ name: 'JoseError' });
  });
});
