/**
 * Which half of a key goes to which screen. The decoder verifies (needs the public key) or decrypts
 * (needs the private key); the encoder signs (private) or encrypts (public). Only what the operation
 * needs is handed over, so a private key does not travel where the public one does the job.
 */
import { isJweAlg, isJweEnc, isJwsAlg, type JoseKey } from '../../jose/index.ts';
import type { KeyView } from './keyReport.ts';

export type Purpose = 'sig' | 'enc' | 'unknown';
export type Target = 'decode' | 'encode';

export interface Handoff {
  keyText: string;
  keyEncoding: 'utf8';
  /** Which form was handed over, for the screen to say. */
  form: 'public key' | 'private key' | 'shared secret' | 'password' | 'key set';
}

/** What a key is for: its alg (the generated one, or the JWK's), else its "use", else the curve. */
export function purposeOf(key: JoseKey, alg?: string): Purpose {
  const a = alg ?? key.alg;
  if (a !== undefined) {
    if (isJwsAlg(a)) return 'sig';
    if (isJweAlg(a) || isJweEnc(a)) return 'enc';
  }
  if (key.use === 'sig' || key.use === 'enc') return key.use;
  if (key.crv === 'Ed25519' || key.crv === 'Ed448') return 'sig';
  if (key.crv === 'X25519' || key.crv === 'X448') return 'enc';
  return 'unknown';
}

/**
 * The key text to hand to the decoder or the encoder. A private key whose purpose is unknown goes to
 * the decoder whole (it can both verify and decrypt with it) and to the encoder whole (to sign).
 *
 * @example
 * handoffFor(view, 'decode', 'ES256'); // { keyText: '{"kty":"EC",...}' (public), form: 'public key' }
 */
export function handoffFor(view: KeyView, target: Target, alg?: string, password?: string): Handoff {
  const { key } = view;
  if (password !== undefined) return { keyText: password, keyEncoding: 'utf8', form: 'password' };
  if (key.type === 'secret') return { keyText: view.privateJwk!, keyEncoding: 'utf8', form: 'shared secret' };
  if (key.type === 'public') return { keyText: view.publicJwk!, keyEncoding: 'utf8', form: 'public key' };
  const purpose = purposeOf(key, alg);
  const wantsPublic = (target === 'decode' && purpose === 'sig') || (target === 'encode' && purpose === 'enc');
  return wantsPublic
    ? { keyText: view.publicJwk!, keyEncoding: 'utf8', form: 'public key' }
    : { keyText: view.privateJwk!, keyEncoding: 'utf8', form: 'private key' };
}
