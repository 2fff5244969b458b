/**
 * New keys for any JWS or JWE algorithm: RSA and NIST curves from Web Crypto, Ed25519/Ed448/X25519/X448
 * from Web Crypto where the runtime has them (else @noble/curves), secp256k1 from @noble/curves, ML-DSA
 * seeds whose public key comes from Web Crypto or @noble/post-quantum, and random secrets and
 * passwords. Every key gets its RFC 7638 thumbprint as "kid".
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { base64urlEncode } from '../lib/base64url.ts';
import { randomBytes } from '../lib/bytes.ts';
import { JoseError, echo } from '../lib/errors.ts';
import { JWE_ALG_INFO, JWE_ENC_INFO, JWS_ALG_INFO, isJweAlg, isJweEnc, isJwsAlg, type Curve, type EcCurve, type JweEnc, type MlDsaAlg, type OkpCurve } from '../lib/registry.ts';
import { runtimeSupports } from '../lib/webcrypto.ts';
import { mlDsaPair } from './akp.ts';
import { MONTGOMERY_EDWARDS } from './curves.ts';
import { keyFromJwk } from './import.ts';
import { publicJwk } from './public.ts';
import { thumbprint } from './thumbprint.ts';
import type { JoseKey, Jwk } from './types.ts';

/** Options of generateKey. */
export interface GenerateKeyOptions {
  /** RSA modulus size; 2048 by default, never less. */
  modulusLength?: 2048 | 3072 | 4096;
  /** EdDSA: Ed25519 (default) or Ed448 (the algs Ed25519 and Ed448 name theirs). ECDH-ES*: P-256 (default), P-384, P-521, X25519 or X448. */
  crv?: Curve;
  /** dir: the content encryption the key is for (its CEK size); A256GCM by default. */
  enc?: JweEnc;
  /** Set "kid" to the RFC 7638 thumbprint (default true; never for a PBES2 password). */
  kid?: boolean;
  /** Set "alg" and "use" on the JWK (default true), binding the key to the alg it was made for. */
  bind?: boolean;
}

/** What generateKey returns: a key pair, or a secret (with the password text for PBES2). */
export type GeneratedKey =
  | { kind: 'pair'; alg: string; privateKey: JoseKey; publicKey: JoseKey }
  | { kind: 'secret'; alg: string; secret: JoseKey; /** PBES2 only: the password as text. */ password?: string };

const RSA_SIZES = [2048, 3072, 4096];
const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.~!';

/**
 * A random password from a 62-character alphabet without look-alikes: 24 characters, about 143 bits.
 *
 * @example
 * randomPassword();   // e.g. 'q7Hk2-mXw~Rt9pLc!aZ3vE4n'
 * randomPassword(32); // 32 characters
 */
export function randomPassword(length = 24): string {
  const n = PASSWORD_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      // Rejection sampling keeps every character equally likely.
      if (b < limit && out.length < length) out += PASSWORD_ALPHABET[b % n];
    }
  }
  return out;
}

function strip(jwk: JsonWebKey): Jwk {
  const { alg: _alg, key_ops: _ops, ext: _ext, ...rest } = jwk as JsonWebKey & Record<string, unknown>;
  return rest as Jwk;
}

async function webCryptoPair(params: RsaHashedKeyGenParams | EcKeyGenParams | AlgorithmIdentifier, usages: KeyUsage[]): Promise<Jwk> {
  try {
    const pair = (await crypto.subtle.generateKey(params, true, usages)) as CryptoKeyPair;
    return strip(await crypto.subtle.exportKey('jwk', pair.privateKey));
  } catch (cause) {
    const name = typeof params === 'string' ? params : params.name;
    throw new JoseError('ERR_RUNTIME_UNSUPPORTED', `This runtime could not generate a ${name} key: ${(cause as Error).message}`, { cause });
  }
}

async function okpPair(crv: OkpCurve): Promise<Jwk> {
  if (await runtimeSupports(crv)) return webCryptoPair({ name: crv }, crv.startsWith('Ed') ? ['sign', 'verify'] : ['deriveBits']);
  const curve = MONTGOMERY_EDWARDS[crv];
  const d = curve.utils.randomSecretKey();
  return { kty: 'OKP', crv, x: base64urlEncode(curve.getPublicKey(d)), d: base64urlEncode(d) };
}

async function ecPair(crv: EcCurve): Promise<Jwk> {
  if (crv !== 'secp256k1') return webCryptoPair({ name: 'ECDSA', namedCurve: crv }, ['sign', 'verify']);
  const d = secp256k1.utils.randomSecretKey();
  const point = secp256k1.getPublicKey(d, false);
  return { kty: 'EC', crv, x: base64urlEncode(point.slice(1, 33)), y: base64urlEncode(point.slice(33)), d: base64urlEncode(d) };
}

function unsupported(alg: string, why: string): never {
  throw new JoseError('ERR_ALG_UNSUPPORTED', `Cannot generate a key for ${echo(alg)}: ${why}`, { details: { alg } });
}

/** What to make for an alg: a key pair's material, or a secret of so many bytes. */
async function material(alg: string, options: GenerateKeyOptions): Promise<{ jwk: Jwk } | { bytes: number; password?: boolean }> {
  if (isJwsAlg(alg)) {
    const info = JWS_ALG_INFO[alg];
    switch (info.family) {
      case 'HMAC':
        return { bytes: info.minKeyBits! / 8 };
      case 'RSASSA-PKCS1-v1_5':
      case 'RSA-PSS':
        return { jwk: await rsaPair(options) };
      case 'ECDSA':
        return { jwk: await ecPair(info.curves![0] as EcCurve) };
      case 'EdDSA': {
        // RFC 9864's "Ed25519" and "Ed448" name one curve; the polymorphic "EdDSA" takes either.
        const crv = options.crv ?? info.curves![0]!;
        if (!info.curves!.includes(crv)) unsupported(alg, `${alg} keys are ${info.curves!.join(' or ')}, not ${crv}`);
        return { jwk: await okpPair(crv as OkpCurve) };
      }
      case 'ML-DSA':
        return { jwk: await mlDsaPair(alg as MlDsaAlg) };
    }
  }
  if (isJweAlg(alg)) {
    const info = JWE_ALG_INFO[alg];
    switch (info.family) {
      case 'RSA1_5':
      case 'RSA-OAEP':
        return { jwk: await rsaPair(options) };
      case 'AESKW':
      case 'AESGCMKW':
        return { bytes: info.kekBits! / 8 };
      case 'dir':
        return { bytes: JWE_ENC_INFO[options.enc ?? 'A256GCM'].cekBits / 8 };
      case 'PBES2':
        return { bytes: 0, password: true };
      case 'ECDH-ES': {
        const crv = options.crv ?? 'P-256';
        if (!info.curves!.includes(crv)) unsupported(alg, `ECDH-ES keys are on P-256, P-384, P-521, X25519 or X448, not ${crv}`);
        return { jwk: crv === 'X25519' || crv === 'X448' ? await okpPair(crv) : await ecPair(crv as EcCurve) };
      }
    }
  }
  if (isJweEnc(alg)) return { bytes: JWE_ENC_INFO[alg].cekBits / 8 };
  return unsupported(alg, alg === 'none' ? '"none" takes no key' : 'not a JWS alg, JWE alg or JWE enc');
}

async function rsaPair(options: GenerateKeyOptions): Promise<Jwk> {
  const bits = options.modulusLength ?? 2048;
  if (!RSA_SIZES.includes(bits)) throw new JoseError('ERR_KEY_INVALID', `RSA keys are generated with 2048, 3072 or 4096 bits, not ${bits}`, { segment: 'key' });
  return webCryptoPair({ name: 'RSASSA-PKCS1-v1_5', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, ['sign', 'verify']);
}

/**
 * A new key for a JWS alg, a JWE alg or a JWE enc: a key pair (private and public JoseKey) or a secret
 * of exactly the right size; for PBES2 a strong random password. "kid" is the RFC 7638 thumbprint.
 * RSA generation takes a moment (hundreds of ms for 4096 bits): the app runs it in a worker.
 *
 * @example
 * const { privateKey, publicKey } = await generateKey('ES256') as Extract<GeneratedKey, { kind: 'pair' }>;
 * const hs = await generateKey('HS256');            // { kind: 'secret', secret } (32 random bytes)
 * const pw = await generateKey('PBES2-HS256+A128KW'); // { kind: 'secret', secret, password }
 */
export async function generateKey(alg: string, options: GenerateKeyOptions = {}): Promise<GeneratedKey> {
  const made = await material(alg, options);
  const bind = options.bind ?? true;
  const isEncOnly = isJweEnc(alg);
  const meta: Partial<Jwk> = bind ? { use: isJwsAlg(alg) ? 'sig' : 'enc', ...(isEncOnly ? {} : { alg }) } : {};
  if ('jwk' in made) {
    const kid = options.kid === false ? {} : { kid: await thumbprint(publicJwk(made.jwk)) };
    const privateKey = keyFromJwk({ ...made.jwk, ...kid, ...meta } as Jwk, 'generated');
    const publicKey = keyFromJwk(publicJwk(privateKey.jwk), 'generated');
    return { kind: 'pair', alg, privateKey, publicKey };
  }
  if (made.password) {
    const password = randomPassword();
    const secret = keyFromJwk({ kty: 'oct', k: base64urlEncode(new TextEncoder().encode(password)), ...meta } as Jwk, 'password');
    return { kind: 'secret', alg, secret, password };
  }
  const jwk: Jwk = { kty: 'oct', k: base64urlEncode(randomBytes(made.bytes)) };
  const kid = options.kid === false ? {} : { kid: await thumbprint(jwk) };
  return { kind: 'secret', alg, secret: keyFromJwk({ ...jwk, ...kid, ...meta } as Jwk, 'generated') };
}
