/**
 * A checked key as the parameters a verdict needs. Apart from verdict.ts because choosing the keys
 * of a JWKS brings the key importer: the decoder's worker calls these, the page never does.
 */
import { selectKeys, type JoseKey, type JoseKeySet, type JsonObject } from '../../jose/index.ts';
import type { KeyFacts, TriedFacts } from './verdict-types.ts';

export function keyFacts(key: JoseKey): KeyFacts {
  return {
    kty: key.kty,
    type: key.type,
    bits: key.bits,
    ...(key.crv !== undefined ? { crv: key.crv } : {}),
    ...(key.alg !== undefined ? { alg: key.alg } : {}),
    ...(key.kid !== undefined ? { kid: key.kid } : {}),
    ...(key.format === 'password' ? { password: true } : {}),
  };
}

/** triedKeyWords' choice, as parameters. */
export function triedFacts(key: JoseKey | JoseKeySet, header: JsonObject | undefined, op: 'verify' | 'decrypt'): TriedFacts {
  if (key.type !== 'set') return { keys: [keyFacts(key)] };
  try {
    return { keys: selectKeys(key, header ?? {}, op).map(keyFacts), of: key.keys.length };
  } catch {
    return { jwks: key.keys.length };
  }
}

/** What the engine's describeKey says of a key ("an EC P-256 private key"), as parameters for keyText. */
export function describedKeyFacts(key: JoseKey): KeyFacts {
  const { kid: _kid, password: _password, ...facts } = keyFacts(key);
  return facts;
}
