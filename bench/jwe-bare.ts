/**
 * The floor under every JWE row: the Web Crypto calls an alg x enc cannot avoid, with the long-term
 * keys imported once, on pre-decoded bytes, with no JOSE around them (no header to build, parse or
 * check, no base64url). RSA1_5 has no Web Crypto primitive, so it has no bare contender.
 *
 * Decrypt: unwrap or derive the CEK (dir: none), import it, open the content (GCM, or CBC + HMAC).
 * Encrypt: draw a CEK and IV, wrap or derive (ECDH-ES: a fresh ephemeral key, exported for the
 * header), import, seal. The token given to `decrypt` is the engine's own output for the same alg.
 */
import { JWE_ALG_INFO, JWE_ENC_INFO, type JweAlg, type JweEnc } from '../src/jose/lib/registry.ts';

const subtle = crypto.subtle;
type Bytes = Uint8Array<ArrayBuffer>;
const b64 = (s: string): Bytes => new Uint8Array(Buffer.from(s, 'base64url'));
const utf8 = (s: string): Bytes => new TextEncoder().encode(s);

function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const u32 = (n: number) => new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const u64 = (n: number) => concat(u32(Math.floor(n / 2 ** 32)), u32(n >>> 0));

interface ContentKeys {
  gcm?: CryptoKey;
  mac?: CryptoKey;
  aes?: CryptoKey;
  tagBytes: number;
}

async function contentKeys(enc: JweEnc, cek: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<ContentKeys> {
  const info = JWE_ENC_INFO[enc];
  if (info.family !== 'CBC-HS') return { gcm: await subtle.importKey('raw', cek as Bytes, 'AES-GCM', false, [usage]), tagBytes: 16 };
  const half = cek.length / 2;
  const [mac, aes] = await Promise.all([
    subtle.importKey('raw', cek.subarray(0, half) as Bytes, { name: 'HMAC', hash: info.hash! }, false, ['sign']),
    subtle.importKey('raw', cek.subarray(half) as Bytes, 'AES-CBC', false, [usage]),
  ]);
  return { mac, aes, tagBytes: info.tagBytes };
}

async function seal(k: ContentKeys, iv: Bytes, aad: Bytes, plaintext: Bytes): Promise<unknown> {
  if (k.gcm) return subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, k.gcm, plaintext);
  const ciphertext = new Uint8Array(await subtle.encrypt({ name: 'AES-CBC', iv }, k.aes!, plaintext));
  return subtle.sign('HMAC', k.mac!, concat(aad, iv, ciphertext, u64(aad.length * 8)));
}

async function open(k: ContentKeys, p: Parts): Promise<ArrayBuffer> {
  if (k.gcm) return subtle.decrypt({ name: 'AES-GCM', iv: p.iv, additionalData: p.aad }, k.gcm, p.sealed);
  const mac = new Uint8Array(await subtle.sign('HMAC', k.mac!, concat(p.aad, p.iv, p.ciphertext, u64(p.aad.length * 8))));
  for (let i = 0; i < k.tagBytes; i++) if (mac[i] !== p.tag[i]) throw new Error('bare: tag mismatch');
  return subtle.decrypt({ name: 'AES-CBC', iv: p.iv }, k.aes!, p.ciphertext);
}

/** The token's parts as bytes, decoded once before timing. */
interface Parts {
  header: Record<string, unknown>;
  aad: Bytes;
  encryptedKey: Bytes;
  iv: Bytes;
  ciphertext: Bytes;
  tag: Bytes;
  /** ciphertext || tag, as Web Crypto's AES-GCM takes them. */
  sealed: Bytes;
}

function partsOf(token: string): Parts {
  const [h, ek, iv, ct, tag] = token.split('.') as [string, string, string, string, string];
  const ciphertext = b64(ct);
  const t = b64(tag);
  return { header: JSON.parse(Buffer.from(h, 'base64url').toString('utf8')), aad: utf8(h), encryptedKey: b64(ek), iv: b64(iv), ciphertext, tag: t, sealed: concat(ciphertext, t) };
}

/** Concat KDF (RFC 7518 §4.6.2) with SHA-256: one or two digests. */
async function concatKdf(z: Uint8Array, algId: string, bits: number): Promise<Bytes> {
  const other = concat(u32(algId.length), utf8(algId), u32(0), u32(0), u32(bits));
  const out = new Uint8Array(Math.ceil(bits / 256) * 32);
  for (let i = 0; i * 256 < bits; i++) out.set(new Uint8Array(await subtle.digest('SHA-256', concat(u32(i + 1), z, other))), i * 32);
  return out.slice(0, bits / 8);
}

interface Material {
  /** JWKs for RSA and ECDH-ES; the raw secret (or password) for the others. */
  publicJwk?: JsonWebKey;
  privateJwk?: JsonWebKey;
  secret?: Uint8Array;
}

export interface Bare {
  encrypt: () => Promise<unknown>;
  decrypt: () => Promise<ArrayBuffer>;
}

function ecdhParams(jwk: JsonWebKey): EcKeyImportParams | Algorithm {
  return jwk.kty === 'EC' ? { name: 'ECDH', namedCurve: jwk.crv! } : { name: jwk.crv! };
}

const strip = ({ alg: _a, use: _u, key_ops: _k, ...rest }: JsonWebKey & { use?: string }): JsonWebKey => rest;

/** The bare contender for one alg x enc, or undefined where Web Crypto has no primitive (RSA1_5). */
export async function bareJwe(alg: JweAlg, enc: JweEnc, m: Material, token: string, plaintext: Bytes): Promise<Bare | undefined> {
  const info = JWE_ALG_INFO[alg];
  const p = partsOf(token);
  const cekBits = JWE_ENC_INFO[enc].cekBits;
  const ivBytes = JWE_ENC_INFO[enc].ivBytes;
  const fresh = (n: number) => crypto.getRandomValues(new Uint8Array(n));
  const sealWith = async (cek: Uint8Array) => seal(await contentKeys(enc, cek, 'encrypt'), fresh(ivBytes), p.aad, plaintext);
  switch (info.family) {
    case 'RSA1_5':
      return undefined;
    case 'dir': {
      const [encKeys, decKeys] = await Promise.all([contentKeys(enc, m.secret!, 'encrypt'), contentKeys(enc, m.secret!, 'decrypt')]);
      return { encrypt: () => seal(encKeys, fresh(ivBytes), p.aad, plaintext), decrypt: () => open(decKeys, p) };
    }
    case 'AESKW': {
      const kek = await subtle.importKey('raw', m.secret! as Bytes, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
      const carrier = { name: 'HMAC', hash: 'SHA-256' };
      return {
        encrypt: async () => {
          const cek = fresh(cekBits / 8);
          const carried = await subtle.importKey('raw', cek, carrier, true, ['sign']);
          await subtle.wrapKey('raw', carried, kek, 'AES-KW');
          return sealWith(cek);
        },
        decrypt: async () => {
          const key = await subtle.unwrapKey('raw', p.encryptedKey, kek, 'AES-KW', carrier, true, ['sign']);
          return open(await contentKeys(enc, new Uint8Array(await subtle.exportKey('raw', key)), 'decrypt'), p);
        },
      };
    }
    case 'AESGCMKW': {
      const kek = await subtle.importKey('raw', m.secret! as Bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
      const wrapped = concat(p.encryptedKey, b64(String(p.header.tag)));
      const kwIv = b64(String(p.header.iv));
      return {
        encrypt: async () => {
          const cek = fresh(cekBits / 8);
          await subtle.encrypt({ name: 'AES-GCM', iv: fresh(12) }, kek, cek);
          return sealWith(cek);
        },
        decrypt: async () => open(await contentKeys(enc, new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: kwIv }, kek, wrapped)), 'decrypt'), p),
      };
    }
    case 'RSA-OAEP': {
      const params = { name: 'RSA-OAEP', hash: info.hash! };
      const pub = await subtle.importKey('jwk', strip(m.publicJwk!), params, false, ['encrypt']);
      const priv = await subtle.importKey('jwk', strip(m.privateJwk!), params, false, ['decrypt']);
      return {
        encrypt: async () => {
          const cek = fresh(cekBits / 8);
          await subtle.encrypt('RSA-OAEP', pub, cek);
          return sealWith(cek);
        },
        decrypt: async () => open(await contentKeys(enc, new Uint8Array(await subtle.decrypt('RSA-OAEP', priv, p.encryptedKey)), 'decrypt'), p),
      };
    }
    case 'ECDH-ES':
      return bareEcdh(alg, enc, m, p, plaintext);
    case 'PBES2': {
      const pw = await subtle.importKey('raw', m.secret! as Bytes, 'PBKDF2', false, ['deriveBits']);
      const kwBits = info.kekBits!;
      const hash = `SHA-${alg.slice(8, 11)}`;
      const derive = async (p2s: Uint8Array, p2c: number) => {
        const bits = await subtle.deriveBits({ name: 'PBKDF2', hash, salt: concat(utf8(alg), new Uint8Array(1), p2s), iterations: p2c }, pw, kwBits);
        return subtle.importKey('raw', bits, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
      };
      const p2s = b64(String(p.header.p2s));
      const p2c = Number(p.header.p2c);
      const carrier = { name: 'HMAC', hash: 'SHA-256' };
      return {
        encrypt: async () => {
          const kek = await derive(fresh(16), p2c);
          const cek = fresh(cekBits / 8);
          await subtle.wrapKey('raw', await subtle.importKey('raw', cek, carrier, true, ['sign']), kek, 'AES-KW');
          return sealWith(cek);
        },
        decrypt: async () => {
          const key = await subtle.unwrapKey('raw', p.encryptedKey, await derive(p2s, p2c), 'AES-KW', carrier, true, ['sign']);
          return open(await contentKeys(enc, new Uint8Array(await subtle.exportKey('raw', key)), 'decrypt'), p);
        },
      };
    }
  }
}

async function bareEcdh(alg: JweAlg, enc: JweEnc, m: Material, p: Parts, plaintext: Bytes): Promise<Bare> {
  const info = JWE_ALG_INFO[alg];
  const params = ecdhParams(m.publicJwk!);
  const recipient = await subtle.importKey('jwk', strip(m.publicJwk!), params, false, []);
  const priv = await subtle.importKey('jwk', strip(m.privateJwk!), params, false, ['deriveBits']);
  const zBits = m.publicJwk!.crv === 'P-521' ? 528 : m.publicJwk!.crv === 'P-384' ? 384 : m.publicJwk!.crv === 'X448' ? 448 : 256;
  const cekBits = JWE_ENC_INFO[enc].cekBits;
  const keyBits = info.wraps ? info.kekBits! : cekBits;
  const algId = info.wraps ? alg : enc;
  const carrier = { name: 'HMAC', hash: 'SHA-256' };
  const fresh = (n: number) => crypto.getRandomValues(new Uint8Array(n));
  return {
    encrypt: async () => {
      const eph = (await subtle.generateKey(params, true, ['deriveBits'])) as CryptoKeyPair;
      await subtle.exportKey('jwk', eph.publicKey);
      const z = new Uint8Array(await subtle.deriveBits({ name: params.name, public: recipient } as EcdhKeyDeriveParams, eph.privateKey, zBits));
      let cek = await concatKdf(z, algId, keyBits);
      if (info.wraps) {
        const kek = await subtle.importKey('raw', cek, 'AES-KW', false, ['wrapKey']);
        cek = fresh(cekBits / 8);
        await subtle.wrapKey('raw', await subtle.importKey('raw', cek, carrier, true, ['sign']), kek, 'AES-KW');
      }
      return seal(await contentKeys(enc, cek, 'encrypt'), fresh(JWE_ENC_INFO[enc].ivBytes), p.aad, plaintext);
    },
    decrypt: async () => {
      const epk = await subtle.importKey('jwk', p.header.epk as JsonWebKey, params, false, []);
      const z = new Uint8Array(await subtle.deriveBits({ name: params.name, public: epk } as EcdhKeyDeriveParams, priv, zBits));
      let cek = await concatKdf(z, algId, keyBits);
      if (info.wraps) {
        const kek = await subtle.importKey('raw', cek, 'AES-KW', false, ['unwrapKey']);
        cek = new Uint8Array(await subtle.exportKey('raw', await subtle.unwrapKey('raw', p.encryptedKey, kek, 'AES-KW', carrier, true, ['sign'])));
      }
      return open(await contentKeys(enc, cek, 'decrypt'), p);
    },
  };
}
