import { base64urlDecode } from '../lib/base64url.ts';
import { constantTimeEqual, type Bytes } from '../lib/bytes.ts';
import { JoseError } from '../lib/errors.ts';
import type { JwsAlgInfo } from '../lib/registry.ts';
import { bytesValue, textValue, traceStep, type Trace } from '../lib/trace.ts';
import { cryptoKeyFor, cryptoKeyNow } from '../lib/webcrypto.ts';
import type { JoseKey } from '../jwk/types.ts';
import { keyInSecret } from './confusion.ts';
import { runtimeError, webCrypto, type JwsPrimitive, type VerifyOutcome } from './primitive.ts';

const checked = new WeakMap<JoseKey, string | null>();

function confusion(key: JoseKey): string | null {
  return keyInSecret(base64urlDecode(String(key.jwk.k ?? ''), { allowEmpty: true }));
}

/**
 * Algorithm confusion (SECURITY-NOTES §1 row 2): a "secret" whose bytes are a key in one of the
 * encodings keys travel in (./confusion.ts lists them) is refused: someone is trying to MAC with a
 * public key.
 */
export function assertNotConfusedSecret(key: JoseKey, alg: string): void {
  if (key.kty !== 'oct') return;
  let what = checked.get(key);
  if (what === undefined) {
    what = confusion(key);
    checked.set(key, what);
  }
  if (what) {
    throw new JoseError('ERR_KEY_MISMATCH', `The ${alg} secret is ${what}: using a public key as an HMAC secret is the algorithm-confusion attack; ${alg} needs a shared secret`, {
      segment: 'key',
      details: { alg, confusion: true },
    });
  }
}

/** One import-parameters object per hash, so no object is built per call. */
const PARAMS = new Map<string, HmacImportParams>();
function paramsOf(info: JwsAlgInfo): HmacImportParams {
  let p = PARAMS.get(info.hash!);
  if (!p) PARAMS.set(info.hash!, (p = Object.freeze({ name: 'HMAC', hash: info.hash! })));
  return p;
}

function mac(info: JwsAlgInfo, key: JoseKey, data: Bytes): Promise<Bytes> {
  const params = paramsOf(info);
  // With the key already imported the Web Crypto call starts before the caller's first await.
  const cryptoKey = cryptoKeyNow(key, params, 'sign');
  if (cryptoKey) return macWith(info, cryptoKey, data);
  return cryptoKeyFor(key, params, 'sign').then((k) => macWith(info, k, data));
}

function macWith(info: JwsAlgInfo, cryptoKey: CryptoKey, data: Bytes): Promise<Bytes> {
  return webCrypto(info.alg, 'compute the HMAC', () => crypto.subtle.sign('HMAC', cryptoKey, data)).then((buffer) => new Uint8Array(buffer));
}

/**
 * Web Crypto's own HMAC verify (a constant-time compare inside the runtime): no MAC to bring back
 * and compare in JavaScript. Used when no trace wants to show the computed MAC.
 */
function macMatches(info: JwsAlgInfo, key: JoseKey, data: Bytes, signature: Bytes): Promise<VerifyOutcome> {
  const params = paramsOf(info);
  const cryptoKey = cryptoKeyNow(key, params, 'verify');
  if (cryptoKey) return macMatchesWith(info, cryptoKey, data, signature);
  return cryptoKeyFor(key, params, 'verify').then((k) => macMatchesWith(info, k, data, signature));
}

const VALID: VerifyOutcome = Object.freeze({ valid: true });
const INVALID: VerifyOutcome = Object.freeze({ valid: false });
const outcomeOf = (valid: boolean): VerifyOutcome => (valid ? VALID : INVALID);

/** One rejection handler per alg, made once: the hot path builds no closure per call. */
const FAILURES = new Map<string, (cause: unknown) => never>();
function failureOf(alg: string): (cause: unknown) => never {
  let fail = FAILURES.get(alg);
  if (!fail) {
    fail = (cause) => {
      throw runtimeError(alg, 'verify the HMAC', cause);
    };
    FAILURES.set(alg, fail);
  }
  return fail;
}

/** Web Crypto's promise with one handler (a Web Crypto method rejects, it does not throw). */
function macMatchesWith(info: JwsAlgInfo, cryptoKey: CryptoKey, data: Bytes, signature: Bytes): Promise<VerifyOutcome> {
  return crypto.subtle.verify('HMAC', cryptoKey, signature, data).then(outcomeOf, failureOf(info.alg));
}

const lengthNote = (info: JwsAlgInfo, signature: Bytes) => [{ code: 'MAC_LENGTH' as const, message: `The MAC is ${signature.length} bytes; ${info.alg} requires exactly ${info.signatureLength} (a truncated MAC is refused)`, params: { bytes: signature.length, alg: info.alg, expected: info.signatureLength! } }];

/** HS256 / HS384 / HS512 (RFC 7518 §3.2): the MAC is computed and compared in constant time, both shown in a trace. */
export const hmacPrimitive: JwsPrimitive = {
  async sign(info, key, data, trace) {
    const out = await mac(info, key, data);
    if (trace) traceStep(trace, { id: 'digest', title: `HMAC-${info.hash} of the signing input`, ref: 'RFC 7518 §3.2', values: [textValue('hash', 'Hash', info.hash!), bytesValue('mac', 'HMAC', out)] });
    return out;
  },
  verify(info, key, data, signature, trace) {
    if (trace) return tracedVerify(info, key, data, signature, trace);
    // RFC 7518 §3.2: the whole MAC, exactly; a truncated one is refused before any work.
    if (signature.length !== info.signatureLength) return Promise.resolve({ valid: false, notes: lengthNote(info, signature) });
    return macMatches(info, key, data, signature);
  },
};

/** The MAC computed and compared here, so the trace can show both. */
async function tracedVerify(info: JwsAlgInfo, key: JoseKey, data: Bytes, signature: Bytes, trace: Trace): Promise<VerifyOutcome> {
  const computed = await mac(info, key, data);
  const lengthOk = signature.length === info.signatureLength;
  const valid = lengthOk && constantTimeEqual(computed, signature);
  traceStep(trace, { id: 'digest', title: `HMAC-${info.hash} of the signing input with the key`, ref: 'RFC 7518 §3.2', values: [textValue('hash', 'Hash', info.hash!), bytesValue('mac.computed', 'Computed MAC', computed)] });
  traceStep(trace, {
    id: 'signature',
    title: 'Compare the computed MAC with the received one (constant time)',
    ref: 'RFC 7515 §5.2',
    values: [bytesValue('mac.computed', 'Computed MAC', computed), bytesValue('mac.received', 'Received MAC', signature)],
    status: valid ? 'ok' : 'failed',
    ...(valid ? {} : { error: lengthOk ? 'The MACs differ' : `The received MAC is ${signature.length} bytes; ${info.alg} MACs are ${info.signatureLength} bytes` }),
  });
  return lengthOk ? { valid } : { valid: false, notes: lengthNote(info, signature) };
}
