import {
  JWE_ALGS, JWE_ENCS, JWS_ALGS, base64urlDecode, createTrace, decrypt, describeKey, importKey, isJoseError, verify, verifySdJwt,
  type JoseKey, type JoseKeySet, type SecretEncoding, type Trace,
} from '../../jose/index.ts';
import { inspectedToken, tokenForCrypto } from '../../lib/token-session/session.ts';
import { describedKeyFacts } from '../../lib/i18n/verdict-facts.ts';
import { errorLike } from '../../lib/i18n/words.ts';
import type { KeyFacts } from '../../lib/i18n/verdict-types.ts';
import type { ErrorLike } from '../../lib/i18n/content/engine-messages.ts';

/** The outcome of tracing the verify or decrypt of a token with a key, for the Steps list. */
export interface LearnRun {
  trace: Trace;
  ok: boolean;
  /** The error that stopped the operation, in the engine's words. */
  error?: { code: string; message: string };
  /** What the key is ("RSA private key, 2048 bits, kid ..."), to say which key did not fit. */
  keyDescription?: string;
  /** What a failed step tells the person: the key's facts and the whole error, to word them in their language. */
  failure?: StepFailure;
}

/** The key used and the error that stopped the operation, as parameters. */
export interface StepFailure {
  key?: KeyFacts;
  error?: ErrorLike;
}

export interface LearnInput {
  token: string;
  keyText: string;
  keyEncoding: SecretEncoding;
}

async function readKey(text: string, encoding: SecretEncoding): Promise<JoseKey | JoseKeySet | undefined> {
  if (text.trim() === '') return undefined;
  return importKey(text, { encoding });
}

/**
 * Verifies a JWS or decrypts a JWE with a trace, never throwing: a failure is part of the lesson.
 * Every algorithm is allowed (RSA1_5 and PBES2 included): this screen shows, it does not accept.
 */
export async function runTrace({ token, keyText, keyEncoding }: LearnInput): Promise<LearnRun> {
  const kind = inspectedToken(token).kind;
  // A teaching view: the RSA1_5 step may say whether its padding check failed (explanations.ts says
  // why no real decrypter may); library callers never get that.
  const trace = createTrace(kind === 'JWE' ? 'decrypt' : 'verify', { revealPaddingChecks: true });
  let keyDescription: string | undefined;
  let keyFacts: KeyFacts | undefined;
  let key0: JoseKey | JoseKeySet | undefined;
  try {
    const key = (key0 = await readKey(keyText, keyEncoding));
    if (key && 'kty' in key) {
      keyDescription = describeKey(key);
      keyFacts = describedKeyFacts(key);
    }
    const keys = key ?? [];
    if (kind === 'JWE') await decrypt(tokenForCrypto(token), keys, { trace, algorithms: JWE_ALGS, encryptions: JWE_ENCS });
    else if (kind === 'SD-JWT') await verifySdJwt(token, keys, { trace, algorithms: JWS_ALGS });
    else await verify(tokenForCrypto(token), keys, { trace, algorithms: JWS_ALGS });
    return { trace, ok: true, ...(keyDescription ? { keyDescription } : {}) };
  } catch (error) {
    const e = isJoseError(error) ? { code: error.code, message: error.message } : { code: 'ERR_INTERNAL', message: String((error as Error)?.message ?? error) };
    if (key0 && 'kty' in key0) explainUnwrapFailure(trace, key0, token);
    if (!trace.steps.some((s) => s.status === 'failed')) {
      trace.steps.push({ id: e.code === 'ERR_KEY_INVALID' ? 'key' : 'verdict', title: e.code === 'ERR_KEY_INVALID' ? 'Read the key' : 'Verdict', values: [], status: 'failed', error: e.message });
    }
    const failure: StepFailure = { ...(keyFacts ? { key: keyFacts } : {}), ...(isJoseError(error) ? { error: errorLike(error) } : {}) };
    return { trace, ok: false, error: e, failure, ...(keyDescription ? { keyDescription } : {}) };
  }
}

/**
 * A key that did not unwrap the CEK: the engine marks the step; the lesson also shows what was tried,
 * the JWE Encrypted Key and, for a symmetric key, the key-wrapping key itself.
 */
function explainUnwrapFailure(trace: Trace, key: JoseKey, token: string): void {
  const failed = trace.steps.find((s) => s.id === 'key-wrap' && s.status === 'failed');
  if (!failed || failed.values.length > 0) return;
  const encryptedKey = inspectedToken(token).segments.find((s) => s.part === 'encrypted_key')?.bytes;
  if (encryptedKey?.length) failed.values.push({ name: 'encryptedKey', label: 'JWE Encrypted Key', bytes: encryptedKey });
  if (key.kty === 'oct' && typeof key.jwk.k === 'string') {
    failed.values.push({ name: 'kek', label: 'The key tried (it did not unwrap the CEK)', bytes: base64urlDecode(key.jwk.k, { allowEmpty: true }) });
  }
}
