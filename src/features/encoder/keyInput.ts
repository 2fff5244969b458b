/**
 * Reading the "Encoding key" field: anything the Keys screen reads (a raw secret in its encoding,
 * PEM, a certificate, a JWK, a JWKS with a chosen kid), or a PBES2 password.
 */
import {
  assertKeyFits, derivePublicKey, describeKey, exportJwk, importKey, isJoseError, isJweAlg,
  type Finding, type JoseKey, type SecretEncoding,
} from '../../jose/index.ts';
import { isRawSecret, keyImportOptions } from '../../lib/keyImport.ts';
import type { EncoderAlg } from './algorithms.ts';
import { errorLike, words, type WordValue, type Words } from '../../lib/i18n/words.ts';
import { describedKeyFacts } from '../../lib/i18n/verdict-facts.ts';

export interface KeyEntry {
  text: string;
  encoding: SecretEncoding;
  /** The chosen kid when the text is a JWKS. */
  kid?: string;
}

export interface KeyRead {
  key: JoseKey;
  /** The kids of a JWKS (the picker's options); undefined for a single key. */
  kids?: string[];
  /** "an EC P-256 private key", "a 8-byte shared secret"... */
  description: string;
  /** The same, as parameters for the person's language. */
  descriptionWords: Words;
  /** Whether the text is a raw secret (the encoding picker applies). */
  raw: boolean;
  findings: Finding[];
}

/** Why nothing can be produced, in the words the status shows. */
export class EncodeProblem extends Error {
  /** Nothing is wrong yet: an input is still empty (the status then prompts instead of alarming). */
  readonly waiting: boolean;
  /** The message as parameters, for the person's language. */
  readonly words: WordValue | undefined;
  constructor(message: string, options: { waiting?: boolean; words?: WordValue } = {}) {
    super(message);
    this.waiting = options.waiting ?? false;
    this.words = options.words;
  }
}

/** An engine error (or anything thrown) as a sentence value. */
export function errorWords(error: unknown): WordValue {
  return isJoseError(error) ? { error: errorLike(error) } : String(error);
}

/** A key field's English name ("Encoding key", "Signing key", "Key 2") in the person's language. */
export function labelWords(label: string): WordValue {
  const nth = /^Key (\d+)$/.exec(label)?.[1];
  if (nth) return { words: words('encode.key.nth', { n: nth }) };
  return label === 'Signing key' ? { words: words('encode.key.signing') } : { words: words('encode.key.encoding') };
}

/**
 * The key to sign or encrypt with: from a JWKS the chosen kid, else the header's kid, else the first
 * key that fits. Throws EncodeProblem with the reason (no key, cannot read it, does not fit the alg).
 */
export async function readKey(entry: KeyEntry, alg: EncoderAlg, headerKid: unknown, label = 'Encoding key'): Promise<KeyRead> {
  if (entry.text.trim() === '') throw new EncodeProblem(`No key: paste one in ${label}, or press Generate key`, { waiting: true, words: { words: words('encode.problem.noKey', { label: labelWords(label) }) } });
  const raw = isRawSecret(entry.text);
  let material;
  try {
    material = await importKey(entry.text, keyImportOptions(alg, entry.text, entry.encoding));
  } catch (error) {
    throw new EncodeProblem(`The key cannot be read: ${isJoseError(error) ? error.message : String(error)}`, { words: { words: words('encode.problem.keyUnreadable', { error: errorWords(error) }) } });
  }
  if (material.type !== 'set') return { key: material, description: describeKey(material), descriptionWords: words('encode.using', { key: { key: describedKeyFacts(material) } }), raw, findings: [...material.findings] };
  const kids = material.keys.map((k) => k.kid).filter((k): k is string => typeof k === 'string');
  const wanted = entry.kid ?? (typeof headerKid === 'string' ? headerKid : undefined);
  let key = wanted !== undefined ? material.keys.find((k) => k.kid === wanted) : undefined;
  if (!key) key = material.keys.find((k) => fits(k, alg)) ?? material.keys[0];
  if (!key) throw new EncodeProblem('The key set is empty', { words: { words: words('encode.problem.emptySet') } });
  const fromSet = words('encode.keyFromSet', { key: { key: describedKeyFacts(key) } });
  return { key, kids, description: `${describeKey(key)} from the key set`, descriptionWords: words('encode.using', { key: { words: fromSet } }), raw, findings: [...material.findings, ...key.findings] };
}

function operationFor(alg: EncoderAlg): 'sign' | 'encrypt' {
  return isJweAlg(alg) ? 'encrypt' : 'sign';
}

function fits(key: JoseKey, alg: EncoderAlg): boolean {
  try {
    assertKeyFits(operationFor(alg) === 'encrypt' && key.type === 'private' ? derivePublicKey(key) : key, alg, operationFor(alg));
    return true;
  } catch {
    return false;
  }
}

/**
 * The fit check with the reason in plain words; returns the engine's soft findings (short HMAC secret,
 * small RSA key). For encryption a private key stands for its public half.
 */
export function checkFit(key: JoseKey, alg: EncoderAlg): { key: JoseKey; findings: Finding[] } {
  if (alg === 'none') return { key, findings: [] };
  const operation = operationFor(alg);
  const used = operation === 'encrypt' && key.type === 'private' ? derivePublicKey(key) : key;
  try {
    return { key: used, findings: assertKeyFits(used, alg, operation) };
  } catch (error) {
    throw new EncodeProblem(`The key does not fit ${alg}: ${isJoseError(error) ? error.message : String(error)}`, { words: { words: words('encode.problem.keyMisfit', { alg, error: errorWords(error) }) } });
  }
}

/** JSON text of a key as the decoder should get it (public for verifying, private for decrypting). */
export function jwkText(key: JoseKey, which: 'public' | 'private'): string {
  if (which === 'public' && key.type !== 'secret') return JSON.stringify(exportJwk(derivePublicKey(key)), null, 2);
  return JSON.stringify(exportJwk(key, { private: true }), null, 2);
}
