/** Reading --key: a file or the text itself, imported by the engine as a JWK, JWKS, PEM or raw secret. */
import { echo, importKey, isJoseError, type JoseKey, type JoseKeySet, type SecretEncoding } from '../jose/index.ts';
import { str, type Values } from './command.ts';
import { CliError, EXIT, usage } from './errors.ts';
import { readKeyArg, type KeyText } from './io.ts';

const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64', 'base64url', 'hex'];

export const KEY_OPTIONS = {
  key: { type: 'string', short: 'k' },
  encoding: { type: 'string' },
} as const;

export const KEY_HELP = `  -k, --key FILE|TEXT  a key file (PEM, DER, JWK, JWKS, a secret) or the key itself as text
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

/** Imports key text read by readKeyArg / readFileArg; a failure names where the key came from. */
export async function importKeyText(read: KeyText, where: string, options: { encoding?: SecretEncoding; alg?: string | undefined } = {}): Promise<JoseKey | JoseKeySet> {
  // A binary file that is no DER key structure is a raw secret: its bytes, whatever --encoding says.
  const encoding = read.encoding ?? options.encoding ?? 'utf8';
  try {
    return await importKey(read.text, { encoding, ...(looksLikePassword(read.text, options.alg, encoding) ? { password: true } : {}) });
  } catch (error) {
    if (!isJoseError(error)) throw error;
    const from = read.from === 'file' ? ` in ${where}` : read.from === 'stdin' ? ' on stdin' : '';
    const der = read.der ? ` (read as DER: ${read.der.name})` : '';
    throw new CliError(error.code, `The key${from}${der} could not be read: ${error.message}`, EXIT.badInput, 'key');
  }
}

/** A key option's value (--key, --holder-key...): a file or the key itself as text. */
export async function loadKeyOption(values: Values, option: string, alg?: string): Promise<JoseKey | JoseKeySet | undefined> {
  const value = str(values, option);
  if (value === undefined) return undefined;
  return importKeyText(readKeyArg(value), value, { encoding: encodingOf(values), alg });
}

export async function loadKey(values: Values, alg?: string): Promise<JoseKey | JoseKeySet> {
  const key = await loadKeyOption(values, 'key', alg);
  if (key === undefined) throw new CliError('ERR_KEY_REQUIRED', 'Give the key with --key FILE|TEXT', EXIT.badInput, 'key');
  return key;
}

/** One key, not a set: from a JWKS the key with --kid, else the only one. */
export function singleKey(key: JoseKey | JoseKeySet, kid: string | undefined): JoseKey {
  if (key.type !== 'set') return key;
  const found = kid !== undefined ? key.keys.find((k) => k.kid === kid) : key.keys.length === 1 ? key.keys[0] : undefined;
  if (found) return found;
  const kids = key.keys.map((k) => echo(k.kid ?? '(no kid)', 80)).join(', ');
  throw new CliError('ERR_KEY_NOT_FOUND', kid !== undefined ? `No key in the JWKS has kid ${echo(kid)}; it has ${kids}` : `The JWKS has ${key.keys.length} keys (${kids}): choose one with --kid`, EXIT.badInput, 'key');
}
