/** Reading --key: a file or the text itself, imported by the engine as a JWK, JWKS, PEM or raw secret. */
import { echo, importKey, isJoseError, type JoseKey, type JoseKeySet, type SecretEncoding } from '../jose/index.ts';
import { str, type Values } from './command.ts';
import { CliError, EXIT, usage } from './errors.ts';
import { readKeyArg } from './io.ts';

const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64', 'base64url', 'hex'];

export const KEY_OPTIONS = {
  key: { type: 'string', short: 'k' },
  encoding: { type: 'string' },
} as const;

export const KEY_HELP = `  -k, --key FILE|TEXT  a key file (PEM, JWK, JWKS, a secret) or the key itself as text
  --encoding ENC       how a raw secret is written: utf8 (default), base64, base64url or hex`;

export function encodingOf(values: Values): SecretEncoding {
  const e = str(values, 'encoding') ?? 'utf8';
  if (!(ENCODINGS as readonly string[]).includes(e)) throw usage(`--encoding must be one of ${ENCODINGS.join(', ')}, not ${JSON.stringify(e)}`);
  return e as SecretEncoding;
}

/** A raw text secret (not JSON, not PEM) given for a PBES2 alg is a password, as on the page. */
function looksLikePassword(text: string, alg: string | undefined, encoding: SecretEncoding): boolean {
  return alg?.startsWith('PBES2') === true && encoding === 'utf8' && !/^\s*(\{|-----BEGIN)/.test(text);
}

export async function loadKey(values: Values, alg?: string): Promise<JoseKey | JoseKeySet> {
  const value = str(values, 'key');
  if (value === undefined) throw new CliError('ERR_KEY_REQUIRED', 'Give the key with --key FILE|TEXT', EXIT.badInput, 'key');
  const encoding = encodingOf(values);
  const { text, from } = readKeyArg(value);
  try {
    return await importKey(text, { encoding, ...(looksLikePassword(text, alg, encoding) ? { password: true } : {}) });
  } catch (error) {
    if (!isJoseError(error)) throw error;
    throw new CliError(error.code, `The key ${from === 'file' ? `in ${value} ` : ''}could not be read: ${error.message}`, EXIT.badInput, 'key');
  }
}

/** One key, not a set: from a JWKS the key with --kid, else the only one. */
export function singleKey(key: JoseKey | JoseKeySet, kid: string | undefined): JoseKey {
  if (key.type !== 'set') return key;
  const found = kid !== undefined ? key.keys.find((k) => k.kid === kid) : key.keys.length === 1 ? key.keys[0] : undefined;
  if (found) return found;
  const kids = key.keys.map((k) => echo(k.kid ?? '(no kid)', 80)).join(', ');
  throw new CliError('ERR_KEY_NOT_FOUND', kid !== undefined ? `No key in the JWKS has kid ${echo(kid)}; it has ${kids}` : `The JWKS has ${key.keys.length} keys (${kids}): choose one with --kid`, EXIT.badInput, 'key');
}
