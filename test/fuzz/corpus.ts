/**
 * The valid material the fuzzer mutates: real keys of every family (node:crypto) and real tokens
 * for every JWS alg and a spread of JWE alg/enc pairs, compact and JSON (flattened and general),
 * made once per process. Each token carries the key that opens it and, for the reference library,
 * that key's JWK (panva `jose` judges every mutated token our engine accepts).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  encrypt, exportPem, importKey, serializeCompact, serializeJson, sign,
  type JoseKey, type JweAlg, type JweEnc, type Jwk, type JwsAlg,
} from '../../src/jose/index.ts';

export interface SeedToken {
  label: string;
  kind: 'JWS' | 'JWE';
  token: string;
  /** The key that verifies or decrypts it (private for JWE). */
  key: JoseKey;
  /** The same key for panva `jose` (a JWK, or the secret / password bytes). */
  reference: Jwk | Uint8Array;
  /** The key as people paste it (JWK JSON text, or the secret in `encoding`). */
  keyText: string;
  encoding: 'utf8' | 'base64url';
}

export interface Corpus {
  tokens: SeedToken[];
  /** Key material as text: JWKs, a JWKS, PEM (SPKI, PKCS#8, PKCS#1, SEC1) and certificates. */
  keyTexts: string[];
  /** JWK objects (public and private) to mutate member by member. */
  jwks: Jwk[];
}

const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');

function pair(type: string, options: object = {}): { publicJwk: Jwk; privateJwk: Jwk } {
  const { publicKey, privateKey } = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
  return { publicJwk: publicKey.export({ format: 'jwk' }) as Jwk, privateJwk: privateKey.export({ format: 'jwk' }) as Jwk };
}

const asKey = async (jwk: Jwk) => (await importKey(jwk)) as JoseKey;

const CLAIMS = { sub: 'fuzz', iss: 'https://issuer.example', aud: ['a', 'b'], iat: 1_700_000_000, exp: 4_102_444_800, nested: { list: [1, 2.5, 'é', null, true] } };

async function jwsTokens(keys: Record<string, { publicJwk: Jwk; privateJwk: Jwk }>): Promise<SeedToken[]> {
  const out: SeedToken[] = [];
  const secret = new Uint8Array(randomBytes(64));
  const secretJwk: Jwk = { kty: 'oct', k: b64u(secret) };
  const cases: [JwsAlg, Jwk, Jwk][] = [
    ['HS256', secretJwk, secretJwk],
    ['HS384', secretJwk, secretJwk],
    ['HS512', secretJwk, secretJwk],
    ['RS256', keys.rsa!.privateJwk, keys.rsa!.publicJwk],
    ['PS384', keys.rsa!.privateJwk, keys.rsa!.publicJwk],
    ['ES256', keys['P-256']!.privateJwk, keys['P-256']!.publicJwk],
    ['ES384', keys['P-384']!.privateJwk, keys['P-384']!.publicJwk],
    ['ES512', keys['P-521']!.privateJwk, keys['P-521']!.publicJwk],
    ['ES256K', keys.secp256k1!.privateJwk, keys.secp256k1!.publicJwk],
    ['EdDSA', keys.Ed25519!.privateJwk, keys.Ed25519!.publicJwk],
    ['EdDSA', keys.Ed448!.privateJwk, keys.Ed448!.publicJwk],
  ];
  for (const [alg, signJwk, verifyJwk] of cases) {
    const signer = await asKey(signJwk);
    const key = await asKey(verifyJwk);
    const keyText = JSON.stringify(verifyJwk);
    const base = { kind: 'JWS' as const, key, reference: verifyJwk, keyText, encoding: 'utf8' as const };
    const header = { typ: 'JWT', kid: `kid-${alg}` };
    out.push({ ...base, label: `${alg} compact`, token: serializeCompact(await sign(CLAIMS, signer, { alg, header })) });
    out.push({ ...base, label: `${alg} flattened JSON`, token: serializeJson(await sign(CLAIMS, signer, { alg, header, unprotected: { note: 'u' } }), { flattened: true }) });
  }
  const hs = await asKey(secretJwk);
  const base = { kind: 'JWS' as const, key: hs, reference: secretJwk, keyText: b64u(secret), encoding: 'base64url' as const };
  out.push({ ...base, label: 'HS256 b64=false compact', token: serializeCompact(await sign('plain text, no dots', hs, { alg: 'HS256', b64: false })) });
  const es = await asKey(keys['P-256']!.privateJwk);
  const general = await sign(CLAIMS, [{ key: hs, alg: 'HS256' }, { key: es, alg: 'ES256', header: { kid: 'ec' } }], { alg: 'HS256' });
  out.push({ ...base, label: 'general JSON, HS256 + ES256', token: serializeJson(general) });
  return out;
}

async function jweTokens(keys: Record<string, { publicJwk: Jwk; privateJwk: Jwk }>): Promise<SeedToken[]> {
  const out: SeedToken[] = [];
  const sym = (bytes: number): Jwk => ({ kty: 'oct', k: b64u(new Uint8Array(randomBytes(bytes))) });
  const cases: [JweAlg, JweEnc, Jwk, Jwk, object?][] = [
    ['dir', 'A128GCM', sym(16), sym(16)],
    ['dir', 'A256CBC-HS512', sym(64), sym(64)],
    ['A128KW', 'A128CBC-HS256', sym(16), sym(16)],
    ['A192KW', 'A192GCM', sym(24), sym(24)],
    ['A256GCMKW', 'A256GCM', sym(32), sym(32)],
    ['ECDH-ES', 'A128GCM', keys['P-256']!.publicJwk, keys['P-256']!.privateJwk],
    ['ECDH-ES+A256KW', 'A256GCM', keys.X25519!.publicJwk, keys.X25519!.privateJwk],
    ['ECDH-ES+A128KW', 'A192CBC-HS384', keys['P-521']!.publicJwk, keys['P-521']!.privateJwk],
    ['RSA-OAEP', 'A256GCM', keys.rsa!.publicJwk, keys.rsa!.privateJwk],
    ['RSA-OAEP-256', 'A128CBC-HS256', keys.rsa!.publicJwk, keys.rsa!.privateJwk, { zip: 'DEF' }],
    ['RSA1_5', 'A128GCM', keys.rsa!.publicJwk, keys.rsa!.privateJwk],
  ];
  for (let i = 0; i < cases.length; i++) {
    const [alg, enc, encryptJwk, decryptJwk, extra] = cases[i]!;
    // Symmetric cases share one key both ways.
    const openJwk = encryptJwk.kty === 'oct' ? encryptJwk : decryptJwk;
    const key = await asKey(openJwk);
    const jwe = await encrypt(CLAIMS, await asKey(encryptJwk), { alg, enc, header: { kid: `kid-${alg}` }, ...(extra ?? {}) });
    const base = { kind: 'JWE' as const, key, reference: openJwk, keyText: JSON.stringify(openJwk), encoding: 'utf8' as const };
    out.push({ ...base, label: `${alg} ${enc} compact`, token: serializeCompact(jwe) });
    if (i % 3 === 0) out.push({ ...base, label: `${alg} ${enc} flattened JSON`, token: serializeJson(jwe, { flattened: true }) });
  }
  const password = 'correct horse battery staple';
  const pbes = await importKey(password, { password: true }) as JoseKey;
  const pbesJwe = await encrypt(CLAIMS, pbes, { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 1000 });
  out.push({ label: 'PBES2 compact', kind: 'JWE', token: serializeCompact(pbesJwe), key: pbes, reference: new TextEncoder().encode(password), keyText: password, encoding: 'utf8' });
  const a = sym(16);
  const generalJwe = await encrypt(CLAIMS, [{ key: await asKey(a), alg: 'A128KW' }, { key: await asKey(keys.rsa!.publicJwk), alg: 'RSA-OAEP-256' }], { enc: 'A128GCM', unprotected: { jku: 'https://example.com/k' } });
  out.push({ label: 'general JSON, A128KW + RSA-OAEP-256', kind: 'JWE', token: serializeJson(generalJwe), key: await asKey(a), reference: a, keyText: JSON.stringify(a), encoding: 'utf8' });
  return out;
}

async function keyTexts(keys: Record<string, { publicJwk: Jwk; privateJwk: Jwk }>): Promise<string[]> {
  const out: string[] = [];
  for (const k of Object.values(keys)) {
    out.push(JSON.stringify(k.publicJwk), JSON.stringify(k.privateJwk));
    for (const jwk of [k.publicJwk, k.privateJwk]) {
      const key = await asKey(jwk);
      for (const format of [undefined, 'pkcs1', 'sec1'] as const) {
        try {
          out.push(exportPem(key, format ? { format } : {}));
        } catch {
          // Not every key has every PEM form (X25519 has no PKCS#1).
        }
      }
    }
  }
  out.push(JSON.stringify({ keys: Object.values(keys).map((k, i) => ({ ...k.publicJwk, kid: String(i) })) }));
  for (const name of ['ec-chain.pem', 'ec-leaf.crt', 'rsa-selfsigned.crt', 'ed25519-utf8.crt']) {
    out.push(readFileSync(new URL(`../keys/fixtures/${name}`, import.meta.url), 'utf8'));
  }
  return out;
}

let building: Promise<Corpus> | undefined;

/** The corpus of this process, built once (RSA generation dominates: about a second). */
export function corpus(): Promise<Corpus> {
  return (building ??= (async () => {
    const keys = {
      rsa: pair('rsa', { modulusLength: 2048 }),
      'P-256': pair('ec', { namedCurve: 'P-256' }),
      'P-384': pair('ec', { namedCurve: 'P-384' }),
      'P-521': pair('ec', { namedCurve: 'P-521' }),
      secp256k1: pair('ec', { namedCurve: 'secp256k1' }),
      Ed25519: pair('ed25519'),
      Ed448: pair('ed448'),
      X25519: pair('x25519'),
      X448: pair('x448'),
    };
    const tokens = [...(await jwsTokens(keys)), ...(await jweTokens(keys))];
    return { tokens, keyTexts: await keyTexts(keys), jwks: Object.values(keys).flatMap((k) => [k.publicJwk, k.privateJwk]) };
  })());
}
