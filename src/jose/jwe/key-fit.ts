import type { Finding } from '../lib/errors.ts';
import type { JweAlg, JweEnc } from '../lib/registry.ts';
import { assertKeyFits } from '../jwk/fit.ts';
import { flattenKeys, type JoseKey, type KeyInput } from '../jwk/types.ts';

/**
 * With "dir" the key is the CEK, so its JWK "alg" may name the content encryption instead
 * (RFC 7520 §5.6 gives the dir key "alg": "A128GCM"). Seen through this view, such a key fits "dir".
 */
function dirView(key: JoseKey, alg: JweAlg, enc: JweEnc): JoseKey {
  return alg === 'dir' && key.alg === enc ? Object.freeze({ ...key, alg: 'dir' }) : key;
}

export function assertJweKeyFits(key: JoseKey, alg: JweAlg, enc: JweEnc, operation: 'encrypt' | 'decrypt'): Finding[] {
  return assertKeyFits(dirView(key, alg, enc), alg, operation);
}

/** The keys as selectKeys should see them for this alg and enc, with a way back to the originals. */
export function jweKeyPool(keys: KeyInput, alg: JweAlg, enc: JweEnc): { pool: JoseKey[]; original: (k: JoseKey) => JoseKey } {
  const back = new Map<JoseKey, JoseKey>();
  const pool = flattenKeys(keys).map((k) => {
    const view = dirView(k, alg, enc);
    back.set(view, k);
    return view;
  });
  return { pool, original: (k) => back.get(k) ?? k };
}
