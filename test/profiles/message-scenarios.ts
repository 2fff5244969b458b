/**
 * Tokens and contexts for the message test (messages.test.ts): every profile and best-practice
 * branch this file can reach, so each check's code + params are compared with its English message.
 * Tokens are made by panva `jose`, node:crypto or by hand (headers the rules read), never by the engine.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CompactEncrypt, CompactSign, EncryptJWT, FlattenedSign } from 'jose';
import { importKey } from '../../src/jose/jwk/import.ts';
import type { JoseKey } from '../../src/jose/jwk/types.ts';
import { verify } from '../../src/jose/jws/verify.ts';
import { decrypt } from '../../src/jose/jwe/decrypt.ts';
import { headerJwkProvenance, jwksProvenance } from '../../src/jose/jwk/provenance.ts';
import type { BestPracticesInput } from '../../src/jose/profiles/best-practices-types.ts';
import type { ProfileContext } from '../../src/jose/profiles/types.ts';
import { fakeJwe, hs256, jkt, jws, nodeHalfHash, NOW, pair, sha256b64u, unsecured } from './helpers.ts';

const SECRET = randomBytes(32);
const secretKey = async (bytes: Uint8Array, alg?: string) => (await importKey({ kty: 'oct', k: Buffer.from(bytes).toString('base64url'), ...(alg ? { alg } : {}) })) as JoseKey;
const GOOD = { iss: 'https://issuer.example', aud: 'https://rs.example', sub: 'u1', exp: NOW + 600, iat: NOW - 10 };

export interface Scenario {
  name: string;
  token: string;
  result?: BestPracticesInput;
}

/** Tokens checked by bestPractices (with their result) and by checkProfile as every profile. */
export async function scenarios(): Promise<Scenario[]> {
  const ec = pair('P-256');
  const rsa = pair('rsa');
  const seed = (JSON.parse(readFileSync(new URL('../vectors/seeds.json', import.meta.url), 'utf8')) as Record<string, { token: string; secret?: string }>).hs256_password!;
  const good = hs256({ alg: 'HS256', typ: 'JWT' }, GOOD, SECRET);
  const weak = Buffer.from('password');
  const weakToken = hs256({ alg: 'HS256' }, GOOD, weak);
  const cek = randomBytes(32);
  const dirKey = await secretKey(cek, 'dir');
  const nested = await new CompactEncrypt(new TextEncoder().encode(good)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT' }).encrypt(cek);
  const dpopLike = await new EncryptJWT({ htm: 'POST', htu: 'https://rs.example/', iat: NOW, jti: 'x' }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(cek);
  const ecdh = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(GOOD))).setProtectedHeader({ alg: 'ECDH-ES', enc: 'A128GCM' }).encrypt(ec.publicKey);
  const withJwk = await jws({ alg: 'ES256', typ: 'dpop+jwt', jwk: ec.publicJwk }, { htm: 'POST', htu: 'https://rs.example/api?x=1', iat: NOW - 5, jti: 'j1', ath: sha256b64u('at'), nonce: 'n1' }, ec.privateKey);
  const withIss = await jws({ alg: 'ES256', jwk: ec.publicJwk }, GOOD, ec.privateKey);
  const ecKey = (await importKey({ ...ec.publicJwk, alg: 'ES256' })) as JoseKey;
  const rsa1024 = (await importKey({ kty: 'RSA', n: Buffer.alloc(128, 0xc5).toString('base64url'), e: 'AQAB', alg: 'RS256' })) as JoseKey;
  const idToken = await jws({ alg: 'RS256', kid: 'k1' }, { ...GOOD, aud: ['client1', 'other'], azp: 'client1', nonce: 'n0', auth_time: NOW - 100, at_hash: nodeHalfHash('at', 'sha256'), c_hash: 'x', s_hash: 1 }, rsa.privateKey);
  const flat = await new FlattenedSign(new TextEncoder().encode('$02')).setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] }).sign(SECRET);
  const json = JSON.stringify(await new FlattenedSign(new TextEncoder().encode(JSON.stringify(GOOD))).setProtectedHeader({ alg: 'HS256' }).sign(SECRET));
  const list: Scenario[] = [
    { name: 'good HS256, key without alg', token: good, result: await verify(good, await secretKey(SECRET), { now: NOW }) },
    { name: 'good HS256, key with alg', token: good, result: await verify(good, await secretKey(SECRET, 'HS256'), { now: NOW }) },
    { name: 'good HS256 unverified', token: good },
    { name: 'weak secret', token: weakToken, result: await verify(weakToken, await secretKey(weak, 'HS256'), { now: NOW }) },
    { name: 'seed hs256_password', token: seed.token, result: await verify(seed.token, await secretKey(Buffer.from(seed.secret!)), { now: NOW, clockTolerance: 1e10 }) },
    { name: 'short secret, no finding', token: good, result: { key: await secretKey(randomBytes(20), 'HS256'), alg: 'HS256' } },
    { name: 'RSA 1024', token: await jws({ alg: 'RS256' }, GOOD, rsa.privateKey), result: { key: rsa1024, alg: 'RS256' } },
    { name: 'RSA key as HMAC', token: good, result: { key: rsa1024, alg: 'HS256' } },
    { name: 'PBES2 key', token: fakeJwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdHNhbHQ', p2c: 600_000 }), result: { key: await secretKey(weak), alg: 'PBES2-HS256+A128KW' } },
    { name: 'none', token: unsecured({ alg: 'none' }, GOOD) },
    { name: 'nOnE', token: unsecured({ alg: 'nOnE', typ: 7 }, { ...GOOD, exp: 'soon', iat: NOW + 9999, aud: 5 }) },
    { name: 'no alg', token: unsecured({ typ: 'application/at+jwt' }, { exp: NOW - 100, iat: 'x' }) },
    { name: 'unknown alg', token: unsecured({ alg: 'XX256', typ: 'foo+jwt' }, {}) },
    { name: 'expired + typ JWT', token: hs256({ alg: 'HS256', typ: 'JWT' }, { ...GOOD, exp: NOW - 100 }, SECRET) },
    { name: 'typ vc+sd-jwt', token: hs256({ alg: 'HS256', typ: 'vc+sd-jwt' }, GOOD, SECRET) },
    { name: 'typ dpop+jwt, HMAC', token: hs256({ alg: 'HS256', typ: 'dpop+jwt' }, GOOD, SECRET) },
    { name: 'typ at+jwt', token: hs256({ alg: 'HS256', typ: 'at+jwt' }, { ...GOOD, client_id: 'c', jti: 'j', cnf: { jkt: 'abc' } }, SECRET) },
    { name: 'typ client-authentication+jwt', token: hs256({ alg: 'HS256', typ: 'client-authentication+jwt' }, { iss: 'c', sub: 'c', aud: 'https://as.example', exp: NOW + 60, jti: 'j' }, SECRET) },
    { name: 'DPoP proof, jwk from header', token: withJwk, result: await verify(withJwk, ecKey, { now: NOW, provenance: headerJwkProvenance() }) },
    { name: 'DPoP proof, pasted key', token: withJwk, result: await verify(withJwk, ecKey, { now: NOW }) },
    { name: 'DPoP proof unverified', token: withJwk },
    { name: 'issuer token, jwk from header', token: withIss, result: await verify(withIss, ecKey, { now: NOW, provenance: headerJwkProvenance() }) },
    { name: 'jwks-url key', token: idToken, result: { key: (await importKey({ ...rsa.publicJwk, alg: 'RS256' })) as JoseKey, alg: 'RS256', provenance: jwksProvenance('https://op.example/jwks', 'k1') } },
    { name: 'ID token', token: idToken },
    { name: 'KB-JWT', token: hs256({ alg: 'HS256', typ: 'kb+jwt' }, { iat: NOW, aud: 'v', nonce: 'n0', sd_hash: 'h1' }, SECRET) },
    { name: 'SD-JWT VC, cnf.jwk', token: hs256({ alg: 'HS256', typ: 'dc+sd-jwt' }, { ...GOOD, vct: 'https://vct.example', cnf: { jwk: ec.publicJwk } }, SECRET) },
    { name: 'SD-JWT VC, cnf.kid', token: hs256({ alg: 'HS256', typ: 'dc+sd-jwt' }, { ...GOOD, vct: '', cnf: { kid: 'k' } }, SECRET) },
    { name: 'SD-JWT VC, cnf.jkt', token: hs256({ alg: 'HS256', typ: 'dc+sd-jwt' }, { ...GOOD, vct: 'v', cnf: { jkt: 'abc' } }, SECRET) },
    { name: 'SD-JWT VC, bad cnf', token: hs256({ alg: 'HS256', typ: 'dc+sd-jwt' }, { ...GOOD, vct: 'v', cnf: 3 }, SECRET) },
    { name: 'logout token', token: hs256({ alg: 'HS256', typ: 'logout+jwt' }, { ...GOOD, sid: 's1', jti: 'j', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } }, SECRET) },
    { name: 'logout token, sid only, bad event value', token: hs256({ alg: 'HS256' }, { ...GOOD, sub: 5, sid: 's1', nonce: 'n', events: { 'http://schemas.openid.net/event/backchannel-logout': 1 } }, SECRET) },
    { name: 'logout token, other event', token: hs256({ alg: 'HS256' }, { ...GOOD, events: { 'urn:x': {} } }, SECRET) },
    { name: 'SET, several events', token: hs256({ alg: 'HS256', typ: 'secevent+jwt' }, { iss: 'i', iat: NOW, jti: 'j', events: { 'urn:a': {}, 'urn:b': {} } }, SECRET) },
    { name: 'SET, bad events', token: hs256({ alg: 'HS256', typ: 'secevent+jwt' }, { iss: 'i', iat: NOW, jti: 'j', events: { a: {}, b: {} } }, SECRET) },
    { name: 'SET, bad event values', token: hs256({ alg: 'HS256', typ: 'secevent+jwt' }, { iss: 'i', iat: NOW, jti: 'j', events: { 'urn:a': 1 } }, SECRET) },
    { name: 'SET, empty events', token: hs256({ alg: 'HS256', typ: 'secevent+jwt' }, { iss: 'i', iat: NOW, jti: 'j', events: {} }, SECRET) },
    { name: 'client assertion, client1', token: hs256({ alg: 'HS256', typ: 'client-authentication+jwt' }, { iss: 'client1', sub: 'client1', aud: ['a', 'b'], exp: NOW + 60 }, SECRET) },
    { name: 'cnf not an object', token: hs256({ alg: 'HS256', typ: 'at+jwt' }, { ...GOOD, cnf: 'x' }, SECRET) },
    { name: 'cnf.jkt not a string', token: hs256({ alg: 'HS256', typ: 'at+jwt' }, { ...GOOD, cnf: { jkt: 5 } }, SECRET) },
    { name: 'cnf x5t#S256', token: hs256({ alg: 'HS256', typ: 'at+jwt' }, { ...GOOD, cnf: { 'x5t#S256': 'a' } }, SECRET) },
    { name: 'htu relative', token: await jws({ alg: 'ES256', typ: 'dpop+jwt', jwk: ec.publicJwk }, { htm: 'POST', htu: '/api', iat: NOW, jti: 'j2' }, ec.privateKey) },
    { name: 'ID token, odd members', token: unsecured({ alg: 'none' }, { ...GOOD, sub: 'é'.repeat(3), azp: 5, auth_time: 'x', at_hash: 'x' }) },
    { name: 'ID token, two audiences, no azp', token: hs256({ alg: 'HS256' }, { ...GOOD, sub: '', aud: ['a', 'b'], nonce: 'n0' }, SECRET) },
    { name: 'kid suspicious', token: hs256({ alg: 'HS256', kid: '../../../dev/null' }, GOOD, SECRET) },
    { name: 'jku', token: hs256({ alg: 'HS256', jku: 'https://attacker.example/jwks' }, GOOD, SECRET) },
    { name: 'HMAC with jwk', token: hs256({ alg: 'HS256', jwk: rsa.publicJwk }, GOOD, SECRET) },
    { name: 'claims of a DPoP proof untyped', token: await jws({ alg: 'ES256' }, { htm: 'POST', htu: 'https://rs.example/', iat: NOW, jti: 'x' }, ec.privateKey) },
    { name: 'claims fit several kinds', token: hs256({ alg: 'HS256' }, { iss: 'c', sub: 'c', aud: 'https://as.example', exp: NOW + 60, sd_hash: 'h' }, SECRET) },
    { name: 'no iss, no aud', token: hs256({ alg: 'HS256' }, { sub: 'x' }, SECRET) },
    { name: 'not UTF-8', token: await new CompactSign(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])).setProtectedHeader({ alg: 'HS256' }).sign(SECRET) },
    { name: 'crit exp', token: hs256({ alg: 'HS256', crit: ['exp'], exp: 1 }, GOOD, SECRET) },
    { name: 'crit b64', token: `${flat.protected}.${flat.payload}.${flat.signature}` },
    { name: 'JSON serialization', token: json },
    { name: 'ECDH-ES', token: ecdh },
    { name: 'ECDH-ES private epk', token: fakeJwe({ alg: 'ECDH-ES', enc: 'A128GCM', epk: ec.privateJwk }) },
    { name: 'ECDH-ES no epk', token: fakeJwe({ alg: 'ECDH-ES+A128KW', enc: 'A128GCM', crit: ['x'] }) },
    { name: 'RSA1_5', token: fakeJwe({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }) },
    { name: 'unknown JWE alg', token: fakeJwe({ alg: 'FOO', enc: 'A128GCM' }) },
    { name: 'unknown enc', token: fakeJwe({ alg: 'dir', enc: 'A999' }) },
    { name: 'zip DEF', token: fakeJwe({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' }) },
    { name: 'zip GZIP', token: fakeJwe({ alg: 'dir', enc: 'A128GCM', zip: 'GZIP' }) },
    { name: 'nested, decrypted', token: nested, result: await decrypt(nested, dirKey) },
    { name: 'nested', token: nested },
    { name: 'DPoP claims decrypted', token: dpopLike, result: await decrypt(dpopLike, dirKey) },
    { name: 'dir unverified', token: dpopLike },
  ];
  for (const [p2c, p2s] of [[600_000, 'c2FsdHNhbHQ'], [2_000_000, 'c2FsdHNhbHQ'], [5000, 'c2FsdHNhbHQ'], ['x', 'c2FsdHNhbHQ'], [1000, 'c2FsdA'], [1000, 'AA'], [1000, undefined], [1000, 42], [1000, 'not+base64url']] as const) {
    list.push({ name: `PBES2 p2c ${String(p2c)} p2s ${String(p2s)}`, token: fakeJwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c, ...(p2s === undefined ? {} : { p2s }) }) });
  }
  return list;
}

/** Contexts: none, one that matches the scenario tokens, one that does not, one with the DPoP key's thumbprint. */
export const contexts = async (): Promise<ProfileContext[]> => [...CONTEXTS, { now: NOW, dpop: { jkt: await jkt(pair('P-256').publicJwk) } }];

const CONTEXTS: ProfileContext[] = [
  { now: NOW },
  { now: NOW, issuer: 'https://issuer.example', audience: 'https://rs.example', clientId: 'client1', nonce: 'n0', accessToken: 'at', code: 'code', state: 'st', dpop: { htm: 'POST', htu: 'https://rs.example/api', accessToken: 'at', nonce: 'n1' } },
  { now: NOW, issuer: 'https://other.example', audience: 'other', clientId: 'other', nonce: 'n9', accessToken: 'zz', code: 'c9', state: 's9', dpop: { htm: 'GET', htu: 'https://other.example/x', accessToken: 'zz', nonce: 'n9', jkt: 'abc', maxAgeSeconds: 1 } },
  { now: NOW, dpop: { htu: 'not a url' }, sdHash: 'h1' },
  { now: NOW, sdHash: 'h2' },
];
