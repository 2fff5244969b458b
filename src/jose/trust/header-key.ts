/** The public key a token carries in its own "jwk" header (RFC 7515 §4.1.3), refused when it is anything else. */
import { isJoseError, JoseError } from '../lib/errors.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';
import { importKey } from '../jwk/import.ts';
import type { JoseKey, Jwk } from '../jwk/types.ts';

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/**
 * The header's "jwk" as a public JoseKey. Throws ERR_KEY_NOT_FOUND when there is none and
 * ERR_KEY_INVALID when it is a secret, holds private members (a leaked private key) or is unusable.
 */
export async function headerPublicKey(header: JsonObject): Promise<JoseKey> {
  const jwk = header.jwk;
  if (jwk === undefined) throw new JoseError('ERR_KEY_NOT_FOUND', 'The header has no "jwk"', { segment: 'header' });
  if (!isJsonObject(jwk)) throw new JoseError('ERR_KEY_INVALID', '"jwk" must be a JSON object', { segment: 'header' });
  if (jwk.kty === 'oct') throw new JoseError('ERR_KEY_INVALID', '"jwk" is a shared secret (kty "oct"); only a public key may be embedded', { segment: 'header' });
  const leaked = PRIVATE_MEMBERS.filter((m) => Object.prototype.hasOwnProperty.call(jwk, m));
  if (leaked.length) {
    throw new JoseError('ERR_KEY_INVALID', `"jwk" contains the private key member${leaked.length > 1 ? 's' : ''} ${leaked.map((m) => `"${m}"`).join(', ')}: the private key has leaked into the token`, { segment: 'header', details: { members: leaked } });
  }
  let key;
  try {
    key = await importKey(jwk as unknown as Jwk);
  } catch (error) {
    if (!isJoseError(error)) throw error;
    throw new JoseError('ERR_KEY_INVALID', `"jwk" is not a usable key: ${error.message}`, { segment: 'header', cause: error });
  }
  if (key.type !== 'public') throw new JoseError('ERR_KEY_INVALID', '"jwk" is not one public key', { segment: 'header' });
  return key;
}
