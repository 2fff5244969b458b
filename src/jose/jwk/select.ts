import { JoseError, echo, echoList } from '../lib/errors.ts';
import { assertKeyFits, type KeyOperation } from './fit.ts';
import { flattenKeys, type JoseKey, type JoseKeySet, type KeyInput } from './types.ts';

/**
 * The keys of a JWKS (or list) worth trying for a header, best first: an exact "kid" match narrows
 * the set (RFC 7515 §4.1.4); then keys that fit the alg and operation. When nothing fits, the error
 * lists the kids present so the person sees why.
 *
 * @example
 * selectKeys(jwks, { alg: 'RS256', kid: 'a' }, 'verify'); // [the key with kid "a"]
 * selectKeys(jwks, { alg: 'RS256', kid: 'zz' }, 'verify'); // throws JoseError ERR_KEY_NOT_FOUND listing the kids
 */
export function selectKeys(input: KeyInput, header: { kid?: unknown; alg?: unknown }, operation: KeyOperation): JoseKey[] {
  // One key (the common case): nothing to flatten or choose between.
  if (!Array.isArray(input) && (input as JoseKey | JoseKeySet).type !== 'set') return [input as JoseKey];
  const all = flattenKeys(input);
  if (all.length === 0) throw new JoseError('ERR_KEY_REQUIRED', 'No key was given', { segment: 'key' });
  if (all.length === 1) return all;
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  let pool = all;
  if (kid !== undefined) {
    pool = all.filter((k) => k.kid === kid);
    if (pool.length === 0) {
      const kids = all.map((k) => k.kid).filter((k) => k !== undefined);
      throw new JoseError(
        'ERR_KEY_NOT_FOUND',
        `No key has kid ${echo(kid)}; the key set has ${kids.length ? kids.map((k) => echo(k, 60)).join(', ') : 'no kids'}`,
        { segment: 'key', details: { kid, kids } },
      );
    }
  }
  const fitting = pool.filter((k) => {
    try {
      assertKeyFits(k, alg, operation);
      return true;
    } catch {
      return false;
    }
  });
  if (fitting.length === 0) {
    const kids = pool.map((k) => k.kid ?? '(no kid)');
    throw new JoseError('ERR_KEY_NOT_FOUND', `None of the ${pool.length} keys (kids ${echoList(kids)}) fits ${alg ? echo(alg) : 'the token'} for ${operation}`, {
      segment: 'key',
      details: { kids },
    });
  }
  return fitting;
}
