/**
 * A verdict for each signature of a JWS, or each recipient of a JWE, in a JSON serialization with
 * several: which one the key verified or opened, which failed and why, which it could not try.
 * Runs in the token session worker beside checkToken. Each is checked on its own (the engine's verify and
 * decrypt stop at the first that succeeds, as RFC 7515 §5.2 allows).
 */
import { base64urlDecode, decrypt, deserializeJson, isJoseError, JWE_ALGS, keyWords, utf8Decode, verify, type JoseKey, type JoseKeySet } from '../../../jose/index.ts';
import { isUnsecuredAlg } from './result.ts';
import { keyFacts } from '../../../lib/i18n/verdict-facts.ts';
import type { KeyFacts } from '../../../lib/i18n/verdict-types.ts';
import { errorLike } from '../../../lib/i18n/words.ts';
import type { ErrorLike } from '../../../lib/i18n/content/engine-messages.ts';

export type PartyState = 'verified' | 'invalid' | 'decrypted' | 'failed' | 'not-checked' | 'unsecured';

export interface PartyVerdict {
  index: number;
  state: PartyState;
  /** "checked with an EC P-256 public key (kid "b")", "the signature does not match the signing input"... */
  reason: string;
  /** What the reason is made of, so the page can word it in the person's language. */
  words: PartyWords;
}

/** The facts of a party's reason: the key that verified or opened it, no signature, or the engine's error. */
export type PartyWords = { checkedWith: KeyFacts } | { openedWith: KeyFacts } | { unsecured: true } | { error: ErrorLike };

/** Engine codes that mean the key was not tried on this party at all. */
const NOT_TRIED = new Set(['ERR_KEY_MISMATCH', 'ERR_KEY_NOT_FOUND', 'ERR_KEY_REQUIRED', 'ERR_ALG_UNSUPPORTED', 'ERR_ALG_NOT_ALLOWED']);

function failed(kind: 'JWS' | 'JWE', index: number, alg: unknown, error: unknown): PartyVerdict {
  const message = (isJoseError(error) || error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  if (kind === 'JWS' && isUnsecuredAlg(alg)) return { index, state: 'unsecured', reason: 'alg "none": there is no signature to check', words: { unsecured: true } };
  const words = { error: isJoseError(error) ? errorLike(error) : { code: 'ERR_UNEXPECTED', message } };
  if (isJoseError(error) && NOT_TRIED.has(error.code)) return { index, state: 'not-checked', reason: message, words };
  return { index, state: kind === 'JWS' ? 'invalid' : 'failed', reason: message, words };
}

/**
 * One verdict per party, or undefined for a token with a single signature or recipient (its verdict
 * is the Result itself). Never throws.
 */
export async function partyVerdicts(token: string, key: JoseKey | JoseKeySet, maxPbes2Count: number): Promise<PartyVerdict[] | undefined> {
  if (!token.trimStart().startsWith('{')) return undefined;
  let parsed;
  try {
    parsed = deserializeJson(token);
  } catch {
    return undefined;
  }
  if (parsed.kind === 'JWS') {
    const jws = parsed;
    if (jws.signatures.length < 2) return undefined;
    return Promise.all(
      jws.signatures.map(async (sig, index): Promise<PartyVerdict> => {
        try {
          const r = await verify({ ...jws, signatures: [sig] }, key);
          return { index, state: 'verified', reason: `checked with ${keyWords(r.key)}`, words: { checkedWith: keyFacts(r.key) } };
        } catch (error) {
          return failed('JWS', index, sig.header?.alg ?? protectedAlg(sig.protected), error);
        }
      }),
    );
  }
  const jwe = parsed;
  if (jwe.recipients.length < 2) return undefined;
  const verdicts: PartyVerdict[] = [];
  // One after the other: a PBES2 recipient is deliberately slow, and they share the worker.
  for (const [index, recipient] of jwe.recipients.entries()) {
    try {
      const r = await decrypt({ ...jwe, recipients: [recipient] }, key, { algorithms: JWE_ALGS, maxPbes2Count });
      verdicts.push({ index, state: 'decrypted', reason: `opened with ${keyWords(r.key)}`, words: { openedWith: keyFacts(r.key) } });
    } catch (error) {
      verdicts.push(failed('JWE', index, undefined, error));
    }
  }
  return verdicts;
}

function protectedAlg(encoded: string | undefined): unknown {
  if (!encoded) return undefined;
  try {
    return (JSON.parse(utf8Decode(base64urlDecode(encoded))) as { alg?: unknown }).alg;
  } catch {
    return undefined;
  }
}
