import { constants, createCipheriv, createDecipheriv, createHash, createHmac, createPrivateKey, createPublicKey, diffieHellman, privateDecrypt, publicEncrypt, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { encrypt } from '../../src/jose/jwe/encrypt.ts';
import { createTrace } from '../../src/jose/lib/trace.ts';
import { serializeCompact } from '../../src/jose/serialize/compact.ts';
import { curvePair, fixture, rsaPair } from './fixtures.ts';
import { jwk, traced } from './helpers.ts';

/**
 * What panva jose lacks (RSA1_5, X448) and zip built by hand: independent implementations on
 * node:crypto / node:zlib, so neither side is checked against itself.
 */
const u = (s: string) => Buffer.from(s, 'base64url');
const b = (x: Uint8Array) => Buffer.from(x).toString('base64url');

function al(aad: Buffer): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(BigInt(aad.length * 8));
  return out;
}

/** A128CBC-HS256 the RFC 7518 §5.2 way, with node:crypto. */
function cbcHs256(cek: Buffer, iv: Buffer, plaintext: Buffer, aad: Buffer) {
  const cipher = createCipheriv('aes-128-cbc', cek.subarray(16), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const tag = createHmac('sha256', cek.subarray(0, 16)).update(Buffer.concat([aad, iv, ciphertext, al(aad)])).digest().subarray(0, 16);
  return { ciphertext, tag };
}

test('RSA1_5: a token hand-built with node:crypto (PKCS#1 v1.5 publicEncrypt) decrypts', async () => {
  const pair = rsaPair();
  const cek = randomBytes(32);
  const iv = randomBytes(16);
  const header = b(Buffer.from(JSON.stringify({ alg: 'RSA1_5', enc: 'A128CBC-HS256' })));
  const ek = publicEncrypt({ key: createPublicKey({ key: pair.publicJwk as never, format: 'jwk' }), padding: constants.RSA_PKCS1_PADDING }, cek);
  const { ciphertext, tag } = cbcHs256(cek, iv, Buffer.from('legacy'), Buffer.from(header));
  const token = [header, b(ek), b(iv), b(ciphertext), b(tag)].join('.');
  const out = await decrypt(token, await jwk(pair.privateJwk), { algorithms: ['RSA1_5'] });
  expect(out.text).toBe('legacy');
});

test('RSA1_5: this engine’s encrypted key is a valid PKCS#1 v1.5 block under node:crypto', async () => {
  const pair = rsaPair();
  const trace = createTrace('encrypt');
  const jwe = await encrypt('legacy', await jwk(pair.publicJwk), { alg: 'RSA1_5', enc: 'A128CBC-HS256', trace });
  const raw = privateDecrypt({ key: createPrivateKey({ key: pair.privateJwk as never, format: 'jwk' }), padding: constants.RSA_NO_PADDING }, u(jwe.recipients[0]!.encrypted_key!));
  expect([raw[0], raw[1]]).toEqual([0, 2]);
  const sep = raw.indexOf(0, 2);
  expect(sep).toBeGreaterThanOrEqual(10);
  expect(raw.subarray(2, sep).includes(0)).toBe(false);
  const cek = raw.subarray(sep + 1);
  expect(b(cek)).toBe(b(traced(trace, 'cek', 'cek')!));
  const decipher = createDecipheriv('aes-128-cbc', cek.subarray(16), u(jwe.iv));
  expect(Buffer.concat([decipher.update(u(jwe.ciphertext)), decipher.final()]).toString()).toBe('legacy');
});

function concatKdf(z: Buffer, bits: number, algId: string): Buffer {
  const u32 = (n: number) => {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(n);
    return out;
  };
  const field = (x: Buffer) => Buffer.concat([u32(x.length), x]);
  const supp = u32(bits);
  const otherInfo = Buffer.concat([field(Buffer.from(algId)), field(Buffer.alloc(0)), field(Buffer.alloc(0)), supp]);
  let out = Buffer.alloc(0);
  for (let i = 1; out.length < bits / 8; i++) {
    out = Buffer.concat([out, createHash('sha256').update(Buffer.concat([u32(i), z, otherInfo])).digest()]);
  }
  return out.subarray(0, bits / 8);
}

test('X448 ECDH-ES+A256KW + A256GCM: this engine’s token opens with node:crypto alone', async () => {
  const pair = curvePair('X448');
  const jwe = await encrypt('four four eight', await jwk(pair.publicJwk), { alg: 'ECDH-ES+A256KW', enc: 'A256GCM' });
  const header = JSON.parse(u(jwe.protected!).toString()) as { epk: object };
  const z = diffieHellman({ privateKey: createPrivateKey({ key: pair.privateJwk as never, format: 'jwk' }), publicKey: createPublicKey({ key: header.epk as never, format: 'jwk' }) });
  const kek = concatKdf(z, 256, 'ECDH-ES+A256KW');
  const unwrap = createDecipheriv('id-aes256-wrap', kek, Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
  const cek = Buffer.concat([unwrap.update(u(jwe.recipients[0]!.encrypted_key!)), unwrap.final()]);
  const gcm = createDecipheriv('aes-256-gcm', cek, u(jwe.iv));
  gcm.setAAD(Buffer.from(jwe.protected!));
  gcm.setAuthTag(u(jwe.tag));
  expect(Buffer.concat([gcm.update(u(jwe.ciphertext)), gcm.final()]).toString()).toBe('four four eight');
});

test('X448 ECDH-ES (direct) + A128CBC-HS256: a token built with node:crypto decrypts', async () => {
  const pair = curvePair('X448');
  const eph = curvePair('X448'); // a second X448 pair stands in as the sender's ephemeral key
  const ephemeral = { ...eph.publicJwk };
  const z = diffieHellman({ privateKey: createPrivateKey({ key: eph.privateJwk as never, format: 'jwk' }), publicKey: createPublicKey({ key: pair.publicJwk as never, format: 'jwk' }) });
  const cek = concatKdf(z, 256, 'A128CBC-HS256');
  const header = b(Buffer.from(JSON.stringify({ alg: 'ECDH-ES', enc: 'A128CBC-HS256', epk: ephemeral })));
  const iv = randomBytes(16);
  const { ciphertext, tag } = cbcHs256(cek, iv, Buffer.from('hand made'), Buffer.from(header));
  const out = await decrypt([header, '', b(iv), b(ciphertext), b(tag)].join('.'), await jwk(pair.privateJwk));
  expect(out.text).toBe('hand made');
});

test('zip "DEF": node:zlib output decrypts, and this engine’s deflate inflates with node:zlib', async () => {
  const f = await fixture('dir', 'A128GCM');
  const cek = u(f.decryptJwk.k!);
  const plaintext = 'hand deflated '.repeat(300);
  const header = b(Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' })));
  const iv = randomBytes(12);
  const gcm = createCipheriv('aes-128-gcm', cek, iv);
  gcm.setAAD(Buffer.from(header));
  const ciphertext = Buffer.concat([gcm.update(deflateRawSync(plaintext)), gcm.final()]);
  const token = [header, '', b(iv), b(ciphertext), b(gcm.getAuthTag())].join('.');
  expect((await decrypt(token, f.decryptKey)).text).toBe(plaintext);

  const ours = await encrypt(plaintext, f.encryptKey, { alg: 'dir', enc: 'A128GCM', zip: 'DEF' });
  const d = createDecipheriv('aes-128-gcm', cek, u(ours.iv));
  d.setAAD(Buffer.from(ours.protected!));
  d.setAuthTag(u(ours.tag));
  expect(inflateRawSync(Buffer.concat([d.update(u(ours.ciphertext)), d.final()])).toString()).toBe(plaintext);
  expect(serializeCompact(ours).split('.')[1]).toBe('');
});
