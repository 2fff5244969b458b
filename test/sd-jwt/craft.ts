/**
 * Hand-made SD-JWTs for the negative tests, built with node:crypto only: whatever the engine would
 * refuse to issue (duplicate digests, Disclosures of the wrong kind, odd KB-JWTs) is written here
 * byte by byte, so the engine under test never produces its own test input.
 */
import { createHash, createPrivateKey, generateKeyPairSync, sign, type JsonWebKey } from 'node:crypto';

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export function keyPair(): { priv: JsonWebKey; pub: JsonWebKey } {
  const kp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { priv: kp.privateKey.export({ format: 'jwk' }), pub: kp.publicKey.export({ format: 'jwk' }) };
}

/** A compact ES256 JWS over exactly these header and payload texts (objects are JSON.stringify'd). */
export function jws(header: object | string, payload: object | string, privateJwk: JsonWebKey): string {
  const input = `${b64(typeof header === 'string' ? header : JSON.stringify(header))}.${b64(typeof payload === 'string' ? payload : JSON.stringify(payload))}`;
  const signature = sign('sha256', Buffer.from(input), { key: createPrivateKey({ key: privateJwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/** A Disclosure: base64url of the JSON text of the array (or of any text). */
export function disclosure(content: unknown[] | string): string {
  return b64(typeof content === 'string' ? content : JSON.stringify(content));
}

/** base64url(hash(ASCII(text))), as RFC 9901 §4.2.3 defines the digest. */
export function digest(text: string, alg: 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
  return createHash(alg).update(text, 'ascii').digest('base64url');
}

/** A KB-JWT over `<jwt>~<disclosures>~` (sd_hash computed unless the payload says otherwise). */
export function kbJwt(hashed: string, holderPrivate: JsonWebKey, payload: Record<string, unknown> = {}, header: object = { alg: 'ES256', typ: 'kb+jwt' }): string {
  return jws(header, { iat: Math.floor(Date.now() / 1000), aud: 'https://verifier.example', nonce: 'n1', sd_hash: digest(hashed), ...payload }, holderPrivate);
}
