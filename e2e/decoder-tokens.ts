/**
 * Tokens for the decoder's e2e tests, made in the test process (Node) with the reference library
 * `jose` and fixed keys from test/vectors, so every run checks the same bytes.
 */
import { createPublicKey } from 'node:crypto';
import * as jose from 'jose';
import adversarialKeys from '../test/vectors/adversarial/adversarial_keys.json' with { type: 'json' };
import es256 from '../test/vectors/rfc-appendix/rfc7515-A.3-ES256.json' with { type: 'json' };
import rs256 from '../test/vectors/rfc-appendix/rfc7515-A.2-RS256.json' with { type: 'json' };
import bilbo from '../test/vectors/rfc7520/jwk/3_4.rsa_private_key.json' with { type: 'json' };
import ecdh from '../test/vectors/rfc7520/jwe/5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-gcm.json' with { type: 'json' };

type Jwk = Record<string, unknown>;
const PRIVATE = ['d', 'p', 'q', 'dp', 'dq', 'qi'];
export const publicJwk = (jwk: Jwk): Jwk => Object.fromEntries(Object.entries(jwk).filter(([k]) => !PRIVATE.includes(k)));
export const pretty = (jwk: unknown) => JSON.stringify(jwk, null, 2);

export const KEYS = {
  es256: es256.key as Jwk,
  /** A different P-256 key: the wrong key for the ES256 token. */
  otherEc: adversarialKeys.EC_PUB as Jwk,
  /** RFC 7520's "bilbo" RSA key (2048 bits). */
  bilbo: bilbo as Jwk,
  /** RFC 7515 A.2's RSA key (2048 bits). */
  rsaA2: rs256.key as Jwk,
  /** RFC 7520 §5.4's P-384 key ("peregrin"). */
  peregrin: ecdh.input.key as Jwk,
  dir256: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
  /** 24 bytes in hex: a 192-bit AES key. */
  aes192Hex: '000102030405060708090a0b0c0d0e0f1011121314151617',
  password: 'correct horse battery staple',
};

export function spkiPem(jwk: Jwk): string {
  return createPublicKey({ key: publicJwk(jwk) as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
}

const CLAIMS = { iss: 'https://issuer.example', sub: 'user-42', aud: 'jose-lab', iat: 1_700_000_000, exp: 4_102_444_800 };

async function sign(alg: string, jwk: Jwk, header: Record<string, unknown> = {}, claims: Record<string, unknown> = CLAIMS): Promise<string> {
  const key = await jose.importJWK(jwk as jose.JWK, alg);
  return new jose.CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg, ...header }).sign(key);
}

async function encrypt(alg: string, enc: string, key: jose.CryptoKey | Uint8Array, header: Record<string, unknown> = {}, plaintext = JSON.stringify(CLAIMS)): Promise<string> {
  return new jose.CompactEncrypt(new TextEncoder().encode(plaintext)).setProtectedHeader({ alg, enc, ...header }).encrypt(key);
}

export interface TestTokens {
  es256: string;
  rs256: string;
  rs256Kid: string;
  rsaOaep256: string;
  ecdhEsA128kw: string;
  dir: string;
  pbes2: string;
  a192kw: string;
  nested: string;
  large: string;
  largeSecret: string;
}

export async function makeTokens(): Promise<TestTokens> {
  const rsaOaepKey = await jose.importJWK(publicJwk(KEYS.rsaA2) as jose.JWK, 'RSA-OAEP-256');
  const ecdhKey = await jose.importJWK(publicJwk(KEYS.peregrin) as jose.JWK, 'ECDH-ES+A128KW');
  const inner = await sign('ES256', KEYS.es256, { typ: 'JWT' });
  const largeSecret = 'a-long-enough-secret-for-hs256-32b!';
  const big = { sub: 'big', exp: 4_102_444_800, data: 'x'.repeat(760_000) };
  return {
    es256: await sign('ES256', KEYS.es256, { typ: 'JWT' }),
    rs256: await sign('RS256', KEYS.bilbo),
    rs256Kid: await sign('RS256', KEYS.rsaA2, { kid: 'rsa-a2' }),
    rsaOaep256: await encrypt('RSA-OAEP-256', 'A256GCM', rsaOaepKey),
    ecdhEsA128kw: await encrypt('ECDH-ES+A128KW', 'A128GCM', ecdhKey),
    dir: await encrypt('dir', 'A128CBC-HS256', jose.base64url.decode(KEYS.dir256)),
    pbes2: await encrypt('PBES2-HS256+A128KW', 'A128GCM', new TextEncoder().encode(KEYS.password), { p2c: 2000 }),
    a192kw: await encrypt('A192KW', 'A192GCM', Buffer.from(KEYS.aes192Hex, 'hex')),
    nested: await encrypt('dir', 'A128CBC-HS256', jose.base64url.decode(KEYS.dir256), { cty: 'JWT' }, inner),
    large: await sign('HS256', { kty: 'oct', k: jose.base64url.encode(largeSecret) }, { typ: 'JWT' }, big),
    largeSecret,
  };
}
