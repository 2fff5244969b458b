import { describe, expect, it } from 'vitest';
import { generateKey, importKey, type GeneratedKey, type JoseKey } from '../../jose/index.ts';
import { handoffFor, purposeOf } from './handoff.ts';
import { keyView } from './keyReport.ts';

async function pair(alg: string) {
  const made = (await generateKey(alg)) as Extract<GeneratedKey, { kind: 'pair' }>;
  return keyView(made.privateKey);
}

describe('handoffFor', () => {
  it('a JWS pair: the decoder gets the public key, the encoder the private key', async () => {
    const view = await pair('ES256');
    const decode = handoffFor(view, 'decode', 'ES256');
    expect(decode.form).toBe('public key');
    expect(JSON.parse(decode.keyText)).not.toHaveProperty('d');
    const encode = handoffFor(view, 'encode', 'ES256');
    expect(encode.form).toBe('private key');
    expect(JSON.parse(encode.keyText)).toHaveProperty('d');
  });

  it('a JWE pair: the decoder gets the private key, the encoder the public key', async () => {
    const view = await pair('ECDH-ES+A128KW');
    expect(handoffFor(view, 'decode', 'ECDH-ES+A128KW').form).toBe('private key');
    expect(handoffFor(view, 'encode', 'ECDH-ES+A128KW').form).toBe('public key');
  });

  it('without an alg, the JWK\'s own alg or use decides; unknown keeps the private key', async () => {
    const view = await pair('RSA-OAEP-256'); // the JWK carries alg and use "enc"
    expect(handoffFor(view, 'decode').form).toBe('private key');
    const bare = (await importKey({ ...view.key.jwk, alg: undefined, use: undefined, kid: undefined })) as JoseKey;
    expect(purposeOf(bare)).toBe('unknown');
    expect(handoffFor(await keyView(bare), 'decode').form).toBe('private key');
    expect(handoffFor(await keyView(bare), 'encode').form).toBe('private key');
  });

  it('a public key and a secret go as they are; a password as its text', async () => {
    const pub = await keyView(((await generateKey('EdDSA')) as Extract<GeneratedKey, { kind: 'pair' }>).publicKey);
    expect(handoffFor(pub, 'encode')).toMatchObject({ form: 'public key' });
    const hs = (await generateKey('HS256')) as Extract<GeneratedKey, { kind: 'secret' }>;
    const secret = handoffFor(await keyView(hs.secret), 'decode', 'HS256');
    expect(secret.form).toBe('shared secret');
    expect(JSON.parse(secret.keyText).k).toBe(hs.secret.jwk.k);
    const pw = (await generateKey('PBES2-HS256+A128KW')) as Extract<GeneratedKey, { kind: 'secret' }>;
    expect(handoffFor(await keyView(pw.secret), 'decode', pw.alg, pw.password)).toEqual({ keyText: pw.password, keyEncoding: 'utf8', form: 'password' });
  });

  it('purpose from curves: Ed25519 signs, X25519 agrees keys', async () => {
    expect(purposeOf((await importKey({ kty: 'OKP', crv: 'X25519', x: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' })) as JoseKey)).toBe('enc');
    expect(purposeOf((await importKey({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' })) as JoseKey)).toBe('sig');
  });
});
