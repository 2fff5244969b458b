import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JoseKey, Jwk } from '../../src/jose/jwk/types.ts';
import { JWE_ALG_INFO, JWE_ENC_INFO, type JweAlg, type JweEnc } from '../../src/jose/lib/registry.ts';
import { jwk, password } from './helpers.ts';

/**
 * Keys for every alg, generated once per test file with node:crypto (RSA generation is the slow
 * part: one 2048-bit key serves every RSA alg).
 */
export type EcdhCurve = 'P-256' | 'P-384' | 'P-521' | 'X25519' | 'X448';
export const ECDH_CURVES: EcdhCurve[] = ['P-256', 'P-384', 'P-521', 'X25519', 'X448'];

export interface KeyPairJwk {
  publicJwk: Jwk;
  privateJwk: Jwk;
}

function pair(kind: 'rsa' | 'ec' | 'x25519' | 'x448', curve?: string): KeyPairJwk {
  const options = kind === 'rsa' ? { modulusLength: 2048 } : kind === 'ec' ? { namedCurve: curve! } : {};
  const { publicKey, privateKey } = generateKeyPairSync(kind as 'rsa', options as { modulusLength: number });
  return { publicJwk: publicKey.export({ format: 'jwk' }) as Jwk, privateJwk: privateKey.export({ format: 'jwk' }) as Jwk };
}

let rsa: KeyPairJwk | undefined;
const curves = new Map<EcdhCurve, KeyPairJwk>();

export function rsaPair(): KeyPairJwk {
  return (rsa ??= pair('rsa'));
}

export function curvePair(crv: EcdhCurve): KeyPairJwk {
  let p = curves.get(crv);
  if (!p) {
    p = crv === 'X25519' ? pair('x25519') : crv === 'X448' ? pair('x448') : pair('ec', crv);
    curves.set(crv, p);
  }
  return p;
}

export const PASSWORD = 'correct horse battery staple';

/** The raw secret an alg needs (or the password for PBES2): what a symmetric recipient holds. */
export function secretFor(alg: JweAlg, enc: JweEnc): Uint8Array {
  const info = JWE_ALG_INFO[alg];
  if (info.family === 'PBES2') return new TextEncoder().encode(PASSWORD);
  if (info.family === 'dir') return new Uint8Array(randomBytes(JWE_ENC_INFO[enc].cekBits / 8));
  return new Uint8Array(randomBytes(info.kekBits! / 8));
}

export interface Fixture {
  alg: JweAlg;
  enc: JweEnc;
  crv?: EcdhCurve;
  /** Raw material, for other libraries. */
  encryptJwk: Jwk;
  decryptJwk: Jwk;
  encryptKey: JoseKey;
  decryptKey: JoseKey;
}

export async function fixture(alg: JweAlg, enc: JweEnc, crv: EcdhCurve = 'P-256'): Promise<Fixture> {
  const info = JWE_ALG_INFO[alg];
  if (info.kty === 'RSA') {
    const p = rsaPair();
    return { alg, enc, encryptJwk: p.publicJwk, decryptJwk: p.privateJwk, encryptKey: await jwk(p.publicJwk), decryptKey: await jwk(p.privateJwk) };
  }
  if (info.family === 'ECDH-ES') {
    const p = curvePair(crv);
    return { alg, enc, crv, encryptJwk: p.publicJwk, decryptJwk: p.privateJwk, encryptKey: await jwk(p.publicJwk), decryptKey: await jwk(p.privateJwk) };
  }
  const secret = secretFor(alg, enc);
  const k: Jwk = { kty: 'oct', k: Buffer.from(secret).toString('base64url') };
  const key = info.family === 'PBES2' ? await password(PASSWORD) : await jwk(k);
  return { alg, enc, encryptJwk: k, decryptJwk: k, encryptKey: key, decryptKey: key };
}

/** Every (alg, enc, curve) combination: 19 algs x 6 encs, ECDH-ES on all five curves. */
export function combinations(): { alg: JweAlg; enc: JweEnc; crv?: EcdhCurve }[] {
  const out: { alg: JweAlg; enc: JweEnc; crv?: EcdhCurve }[] = [];
  for (const alg of Object.keys(JWE_ALG_INFO) as JweAlg[]) {
    for (const enc of Object.keys(JWE_ENC_INFO) as JweEnc[]) {
      if (JWE_ALG_INFO[alg].family === 'ECDH-ES') for (const crv of ECDH_CURVES) out.push({ alg, enc, crv });
      else out.push({ alg, enc });
    }
  }
  return out;
}
