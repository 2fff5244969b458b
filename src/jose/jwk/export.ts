/** A key out again: JWK (public, or with its private members when asked) and PEM (SPKI, PKCS#8, PKCS#1, SEC1). */
import { JoseError } from '../lib/errors.ts';
import { encodePem } from './pem.ts';
import { writePkcs8 } from './pkcs8.ts';
import { writeRsaPrivateKey, writeRsaPublicKey } from './pkcs1.ts';
import { publicJwk } from './public.ts';
import { writeEcPrivateKey } from './sec1.ts';
import { writeSpki } from './spki.ts';
import type { JoseKey, JoseKeySet, Jwk } from './types.ts';

/** Options of exportJwk. */
export interface ExportJwkOptions {
  /** Include the private members (d, p, q, ...) or a secret's "k". Default false. */
  private?: boolean;
}

const ORDER: Record<string, string[]> = {
  RSA: ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'],
  EC: ['kty', 'crv', 'x', 'y', 'd'],
  OKP: ['kty', 'crv', 'x', 'd'],
  AKP: ['kty', 'alg', 'pub', 'priv'],
  oct: ['kty', 'k'],
};
const META = ['kid', 'use', 'key_ops', 'alg'];

function ordered(jwk: Jwk): Jwk {
  const out: Record<string, unknown> = {};
  for (const m of [...(ORDER[String(jwk.kty)] ?? ['kty']), ...META]) if (jwk[m] !== undefined) out[m] = jwk[m];
  for (const [m, v] of Object.entries(jwk)) if (!(m in out)) out[m] = v;
  return out as Jwk;
}

/**
 * The key as a JWK (a key set as a JWKS), key type members first. Private members only when asked:
 * a shared secret is all private, so exporting one needs `{ private: true }`.
 *
 * @example
 * const key = await importKey(pemText);
 * exportJwk(key);                    // { kty: 'EC', crv: 'P-256', x, y }
 * exportJwk(key, { private: true }); // ... and d
 */
export function exportJwk(key: JoseKey, options?: ExportJwkOptions): Jwk;
export function exportJwk(key: JoseKeySet, options?: ExportJwkOptions): { keys: Jwk[] };
export function exportJwk(key: JoseKey | JoseKeySet, options: ExportJwkOptions = {}): Jwk | { keys: Jwk[] } {
  if (key.type === 'set') return { keys: key.keys.map((k) => exportJwk(k, options)) };
  if (options.private) return ordered({ ...key.jwk } as Jwk);
  if (key.type === 'secret') {
    throw new JoseError('ERR_KEY_INVALID', 'A shared secret has no public form; export it with { private: true } to show the secret', { segment: 'key' });
  }
  return ordered(key.type === 'private' ? publicJwk(key.jwk) : ({ ...key.jwk } as Jwk));
}

/** Options of exportPem. */
export interface ExportPemOptions {
  /**
   * spki / pkcs8 (the default: SPKI for a public key, PKCS#8 for a private one), or the older
   * pkcs1 (RSA PUBLIC KEY / RSA PRIVATE KEY) and sec1 (EC PRIVATE KEY).
   */
  format?: 'spki' | 'pkcs8' | 'pkcs1' | 'sec1';
  /** Export the public key of a private key. */
  public?: boolean;
}

/**
 * The key in PEM: "PUBLIC KEY" (SPKI) for a public key, "PRIVATE KEY" (PKCS#8) for a private key.
 *
 * @example
 * exportPem(await importKey(jwk));                    // -----BEGIN PRIVATE KEY----- ...
 * exportPem(privateKey, { public: true });            // -----BEGIN PUBLIC KEY----- ...
 * exportPem(rsaPrivateKey, { format: 'pkcs1' });      // -----BEGIN RSA PRIVATE KEY----- ...
 */
export function exportPem(key: JoseKey, options: ExportPemOptions = {}): string {
  if (key.kty === 'oct') throw new JoseError('ERR_KEY_INVALID', 'A shared secret has no PEM form; only RSA, EC, OKP and ML-DSA keys do', { segment: 'key' });
  const isPrivate = key.type === 'private' && !options.public;
  const jwk = key.jwk as Jwk;
  const format = options.format ?? (isPrivate ? 'pkcs8' : 'spki');
  const needPrivate = (what: string) => {
    if (!isPrivate) throw new JoseError('ERR_KEY_INVALID', `${what} holds a private key; this is a public key`, { segment: 'key' });
  };
  switch (format) {
    case 'spki':
      return encodePem('PUBLIC KEY', writeSpki(key.type === 'private' ? publicJwk(jwk) : jwk));
    case 'pkcs8':
      needPrivate('PKCS#8');
      return encodePem('PRIVATE KEY', writePkcs8(jwk));
    case 'pkcs1':
      if (key.kty !== 'RSA') throw new JoseError('ERR_KEY_INVALID', `PKCS#1 is for RSA keys; this is ${key.kty === 'EC' ? 'an EC' : `an ${key.crv ?? key.alg ?? key.kty}`} key`, { segment: 'key' });
      return isPrivate ? encodePem('RSA PRIVATE KEY', writeRsaPrivateKey(jwk)) : encodePem('RSA PUBLIC KEY', writeRsaPublicKey(jwk));
    case 'sec1':
      if (key.kty !== 'EC') throw new JoseError('ERR_KEY_INVALID', 'SEC1 (EC PRIVATE KEY) is for EC keys', { segment: 'key' });
      needPrivate('SEC1 (EC PRIVATE KEY)');
      return encodePem('EC PRIVATE KEY', writeEcPrivateKey(jwk, true));
  }
}

