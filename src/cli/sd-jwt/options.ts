/** The verifier's Key Binding policy on the command line (RFC 9901 §7.3): shared by `verify` and `sd-jwt verify` / `decode`. */
import { derivePublicKey, type JoseKey, type JoseKeySet, type KeyBindingPolicy } from '../../jose/index.ts';
import { list, str, type Values } from '../command.ts';
import { usage } from '../errors.ts';
import { loadKeyOption } from '../key-input.ts';

export const KB_OPTIONS = {
  'kb-aud': { type: 'string' },
  'kb-nonce': { type: 'string' },
  'kb-required': { type: 'boolean' },
  'kb-max-age': { type: 'string' },
  'kb-alg': { type: 'string', multiple: true },
  'holder-key': { type: 'string' },
} as const;

export const KB_HELP = `  --kb-aud AUD         the Key Binding JWT's "aud" must be this (you, the verifier)
  --kb-nonce N         its "nonce" must be this (the value you gave the holder)
  --kb-required        refuse an SD-JWT without a Key Binding JWT
  --kb-max-age S       how old its "iat" may be, in seconds
  --kb-alg ALG[,ALG]   the algorithms accepted for it (repeatable)
  --holder-key FILE|TEXT  the holder's key, when "cnf" names it by "jkt" or "kid" rather than carrying it`;

/** A private key stands for its public half: a verifier checks with public keys. */
export function publicHalf(key: JoseKey | JoseKeySet): JoseKey | JoseKeySet {
  return key.type === 'private' ? derivePublicKey(key) : key;
}

export async function kbPolicy(values: Values): Promise<KeyBindingPolicy> {
  const maxAge = str(values, 'kb-max-age');
  if (maxAge !== undefined && !(Number(maxAge) >= 0)) throw usage('--kb-max-age must be a number of seconds');
  const holder = await loadKeyOption(values, 'holder-key');
  const algorithms = list(values, 'kb-alg');
  return {
    ...(values['kb-required'] ? { required: true } : {}),
    ...(str(values, 'kb-aud') !== undefined ? { aud: str(values, 'kb-aud')! } : {}),
    ...(str(values, 'kb-nonce') !== undefined ? { nonce: str(values, 'kb-nonce')! } : {}),
    ...(maxAge !== undefined ? { maxAgeSeconds: Number(maxAge) } : {}),
    ...(algorithms ? { algorithms } : {}),
    ...(holder ? { holderKey: publicHalf(holder) } : {}),
  };
}
