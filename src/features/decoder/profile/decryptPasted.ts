/**
 * The best-practice checklist of a JWE needs what decrypting showed (the key that opened it, the
 * claims inside, a nested token), not only the key: the Key input's key decrypts it here, in the
 * worker, the way the Result's check does.
 */
import { problemOf } from './problem.ts';
import { JWE_ALGS, decrypt, importKey, type DecryptResult, type JoseKey } from '../../../jose/index.ts';
import { DEFAULT_MAX_PBES2_COUNT } from '../logic/limits.ts';
import { keyImportOptions } from '../../../lib/keyImport.ts';
import type { PracticesRequest, ProvenanceView } from './protocol.ts';

/** A decryption with the pasted key, or why it did not open (the key alone still feeds the key rules). */
export async function decryptPasted(req: PracticesRequest): Promise<{ result?: DecryptResult; key?: JoseKey; provenance?: ProvenanceView }> {
  const alg = typeof req.header?.alg === 'string' ? req.header.alg : '';
  let key;
  try {
    key = await importKey(req.keyText, keyImportOptions(alg, req.keyText, req.encoding));
  } catch {
    return {};
  }
  try {
    // The page may raise the PBES2 cap for its Result; the checklist keeps the default and falls back to the key alone.
    const result = await decrypt(req.token, key, { algorithms: JWE_ALGS, maxPbes2Count: DEFAULT_MAX_PBES2_COUNT });
    return { result, key: result.key, provenance: { source: 'pasted', label: 'pasted', words: { said: 'pasted' }, trusted: true, verified: true } };
  } catch (error) {
    return { ...(key.type !== 'set' ? { key } : {}), provenance: { source: 'pasted', label: 'pasted', words: { said: 'pasted' }, trusted: true, verified: false, ...problemOf(error) } };
  }
}
